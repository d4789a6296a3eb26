import { userInfo } from 'node:os';
import { loadConfig } from '../audit/config.js';
import { agreementSoFar } from '../audit/moderation.js';
import { interactive, terminalWidth } from './interactive.js';
import { openAudit } from './store-access.js';

export async function runModerate(name: string | undefined, opts: { store: string; as?: string }): Promise<number> {
  const opened = openAudit(opts.store, name);
  if (!opened) return 2;
  const { store, audit, ruleset } = opened;
  try {
    const rules = loadConfig({ rules: ruleset }).rules;
    const forms = store.forms(audit).filter((f) => f.status === 'audited');
    const summary = () => {
      const s = agreementSoFar(forms, rules, store.decisions(audit));
      const aspects = s.rubric.filter((r) => r.n).map((r) => `${r.id} ${Math.round(100 * r.agreement)}% κw ${r.kappa?.toFixed(2)} (${r.n})`).join(', ');
      return `${s.moderatedForms}/${s.total} forms moderated in "${audit}". Agreement with cafqa: ${aspects || 'no decisions yet'}.\n`;
    };
    if (!interactive()) {
      process.stderr.write('cafqa: moderate needs a terminal. Agreement so far:\n');
      process.stdout.write(summary());
      return forms.length ? 0 : 2;
    }
    if (!forms.length) {
      process.stderr.write(`cafqa: audit "${audit}" has no audited forms to moderate.\n`);
      return 2;
    }
    const [{ render }, React, { ModerateApp }] = await Promise.all([import('ink'), import('react'), import('../ui/ModerateApp.js')]);
    const app = render(
      React.createElement(ModerateApp, { audit, forms, rules, decisions: store.decisions(audit), who: opts.as ?? userInfo().username, onDecide: (d) => store.decide(d), width: terminalWidth() }),
    );
    await app.waitUntilExit();
    process.stdout.write(summary());
    return 0;
  } finally {
    store.close();
  }
}
