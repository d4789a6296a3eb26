// A batch as it runs: finished files above (Ink's <Static>, printed once), and one live line with
// files done / total, rate, time left and failures.
import { Box, Static, Text } from 'ink';
import type { FormResult } from '../audit/result.js';

export interface AuditProgressProps {
  total: number;
  finished: { result: FormResult; cached: boolean }[];
  elapsedMs: number;
}

const duration = (s: number) => (s >= 60 ? `${Math.floor(s / 60)}m ${Math.round(s % 60)}s` : `${Math.round(s)}s`);

export function AuditProgress({ total, finished, elapsedMs }: AuditProgressProps) {
  const done = finished.length;
  const failed = finished.filter((f) => f.result.status === 'failed').length;
  const rate = elapsedMs > 0 ? (1000 * done) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : 0;
  return (
    <Box flexDirection="column">
      <Static items={finished}>
        {({ result: f, cached }) => (
          <Text key={f.file}>
            {f.status === 'audited' ? <Text color="green">✓</Text> : <Text color="red">✗</Text>} {f.file}
            {f.status === 'failed' ? <Text color="red"> {f.error?.code}</Text> : <Text dimColor> {f.pseudonym}{cached ? ' (unchanged)' : ''}</Text>}
          </Text>
        )}
      </Static>
      <Text>
        {done}/{total} files · {rate.toFixed(1)}/s · {done < total ? `about ${duration(left)} left` : `done in ${duration(elapsedMs / 1000)}`}
        {failed ? <Text color="red"> · {failed} failed</Text> : ''}
      </Text>
    </Box>
  );
}
