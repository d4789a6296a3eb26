#!/usr/bin/env node
// cafqa's command line. Commands import their modules only when run, so --help stays instant.
import { Command, InvalidArgumentError } from 'commander';

/** Where audits are kept unless --store says otherwise. */
const STORE = '.cafqa/audit.sqlite';

const positiveNumber = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a positive number');
  return n;
};

// pdf.js can leave an internal promise unhandled on a damaged file (its own FormatError); the
// awaited read reports the file as damaged, so the stray rejection must not end the batch.
process.on('unhandledRejection', (reason) => {
  const name = (reason as Error)?.name ?? '';
  if (/FormatError|InvalidPDFException|UnknownErrorException|MissingPDFException|AbortException/.test(name)) return;
  process.stderr.write(`cafqa: internal error (${name || 'unknown'})\n`);
  process.exitCode = 70;
});

const program = new Command()
  .name('cafqa')
  .description('Quality-assures completed Common Assessment Framework (CAF) and early help assessment forms.')
  .version('0.1.0');

program
  .command('audit')
  .description('Audit every .pdf and .docx form under the given files or folders.')
  .argument('<paths...>', 'files or folders')
  .option('-f, --format <format>', 'text or json', 'text')
  .option('-r, --rules <name-or-file>', 'rule set: a name in rules/ or a YAML file', 'kingston')
  .option('--detail', 'show every checklist value with its evidence for every form')
  .option('--max-size <MB>', 'refuse files larger than this', positiveNumber, 25)
  .option('--max-pages <n>', 'refuse PDFs with more pages than this', positiveNumber, 150)
  .option('-j, --concurrency <n>', 'files read at once, each in its own worker thread (default: one per core)', positiveNumber)
  .option('--timeout <seconds>', 'stop reading a file after this long and report it', positiveNumber, 60)
  .option('--store <path>', 'the audit store (SQLite): results are saved as they finish and unchanged files are not read again', STORE)
  .option('--no-store', 'keep nothing: audit every file afresh and save no results')
  .option('--audit <name>', 'name of the audit in the store (default: the first folder or file name)')
  .option('--report <dir>', 'also write the evaluation report (anonymised) to this folder')
  .option('--note <text>', 'with --report: how the sample was drawn')
  .addHelpText('after', '\nExit status: 0 when every file was audited, 1 when some could not be (each is reported), 2 on a usage error.')
  .action(async (paths: string[], opts) => {
    if (!['text', 'json'].includes(opts.format)) program.error(`--format must be text or json, not "${opts.format}"`, { exitCode: 2 });
    const { runAudit } = await import('./audit-command.js');
    process.exitCode = await runAudit(paths, opts);
  });

program
  .command('labels')
  .description("List the questions on the given forms that cafqa did not recognise, to add a council's wording to rules/labels.yaml.")
  .argument('<paths...>', 'files or folders')
  .action(async (paths: string[]) => {
    const { runLabels } = await import('./labels-command.js');
    process.exitCode = await runLabels(paths);
  });

program
  .command('check')
  .description('Show one form: its checklist, grades and flags, with the evidence behind each (keys on screen).')
  .argument('<file>', 'a .pdf or .docx form')
  .option('-r, --rules <name-or-file>', 'rule set: a name in rules/ or a YAML file', 'kingston')
  .action(async (file: string, opts) => {
    const { runCheck } = await import('./check-command.js');
    process.exitCode = await runCheck(file, opts);
  });

program
  .command('moderate')
  .description("Walk an audit's forms and accept or override each judgement, dismiss flags, add comments. Every decision is saved at once.")
  .argument('[audit]', 'audit name (default: the most recent)')
  .option('--store <path>', 'the audit store', STORE)
  .option('--as <name>', 'who is moderating (default: your login name)')
  .action(async (audit: string | undefined, opts) => {
    const { runModerate } = await import('./moderate-command.js');
    process.exitCode = await runModerate(audit, opts);
  });

program
  .command('report')
  .description('Write the evaluation report for an audit: report.html, report.md, forms.csv and report.docx, anonymised unless --identify.')
  .argument('[audit]', 'audit name (default: the most recent)')
  .requiredOption('-o, --out <dir>', 'folder to write the report to')
  .option('--store <path>', 'the audit store', STORE)
  .option('--compare <audit>', 'an earlier audit: every table gains its figures and the change')
  .option('--note <text>', 'how the sample was drawn, for the report')
  .option('--title <text>', 'the report title')
  .option('--identify', 'an internal copy: file names and names in excerpts are shown')
  .action(async (audit: string | undefined, opts) => {
    const { runReport } = await import('./report-command.js');
    process.exitCode = await runReport(audit, opts);
  });

program
  .command('export')
  .description('Export an audit from the store with its moderation: JSON, or CSV with one row per form and the tool and moderated value of every judgement.')
  .argument('[audit]', 'audit name (default: the most recent)')
  .option('--store <path>', 'the audit store', STORE)
  .option('-f, --format <format>', 'json or csv', 'csv')
  .option('-o, --out <file>', 'write to a file instead of standard output')
  .action(async (audit: string | undefined, opts) => {
    if (!['json', 'csv'].includes(opts.format)) program.error(`--format must be json or csv, not "${opts.format}"`, { exitCode: 2 });
    const { runExport } = await import('./export-command.js');
    process.exitCode = await runExport(audit, opts);
  });

program.exitOverride((err) => {
  process.exit(err.exitCode === 0 ? 0 : 2);
});

await program.parseAsync();
