import { auditFile } from '../audit/audit-file.js';
import { loadConfig } from '../audit/config.js';
import { formDetail } from '../report/text.js';
import { interactive, terminalWidth } from './interactive.js';

export async function runCheck(file: string, opts: { rules: string }): Promise<number> {
  let config;
  try {
    config = loadConfig({ rules: opts.rules });
  } catch (e) {
    process.stderr.write(`cafqa: ${(e as Error).message}\n`);
    return 2;
  }
  // Ink loads while the form is read, so the first frame is not kept waiting for both in turn.
  const ui = interactive() ? Promise.all([import('ink'), import('react'), import('../ui/CheckApp.js')]) : null;
  const form = await auditFile(file, config);
  if (!ui) {
    process.stdout.write(`${formDetail(form, config.rules)}\n`);
    return form.status === 'audited' ? 0 : 1;
  }
  const [{ render }, React, { CheckApp }] = await ui;
  const app = render(React.createElement(CheckApp, { form, rules: config.rules, width: terminalWidth() }));
  await app.waitUntilExit();
  return form.status === 'audited' ? 0 : 1;
}
