import { interactive, terminalWidth } from './interactive.js';

export async function runCheck(file: string, opts: { rules: string }): Promise<number> {
  // A person at a terminal sees a frame as soon as the UI is loaded, then the form once read.
  const ui = interactive() ? await Promise.all([import('ink'), import('react'), import('../ui/CheckApp.js')]) : null;
  const app = ui ? ui[0].render(ui[1].createElement(ui[2].Reading, { file })) : null;
  const [{ auditFile }, { loadConfig }] = await Promise.all([import('../audit/audit-file.js'), import('../audit/config.js')]);
  let config;
  try {
    config = loadConfig({ rules: opts.rules });
  } catch (e) {
    app?.unmount();
    process.stderr.write(`cafqa: ${(e as Error).message}\n`);
    return 2;
  }
  const form = await auditFile(file, config);
  if (!ui || !app) {
    const { formDetail } = await import('../report/text.js');
    process.stdout.write(`${formDetail(form, config.rules)}\n`);
    return form.status === 'audited' ? 0 : 1;
  }
  app.rerender(ui[1].createElement(ui[2].CheckApp, { form, rules: config.rules, width: terminalWidth() }));
  await app.waitUntilExit();
  return form.status === 'audited' ? 0 : 1;
}
