import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Word lists the text checks use. Lists find candidates; the checks decide by context. */
export const LexiconsSchema = z.object({
  version: z.literal(1),
  sources: z.array(z.string()),
  childWords: z.array(z.string()),
  parentWords: z.array(z.string()),
  impact: z.array(z.string()),
  measures: z.array(z.string()),
  timescales: z.array(z.string()),
  services: z.array(z.string()),
  generic: z.array(z.string()),
  blankish: z.array(z.string()),
  outputs: z.array(z.string()),
  judgemental: z.array(z.string()),
  subjective: z.array(z.string()),
  examples: z.array(z.string()),
  parentNeeds: z.array(z.string()),
  serviceLed: z.array(z.string()),
});
export type Lexicons = z.infer<typeof LexiconsSchema>;

export function loadLexicons(path: string): Lexicons {
  return LexiconsSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}
