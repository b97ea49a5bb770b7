#!/usr/bin/env node
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../load/errors.js';
import { FORMATS } from '../report/format.js';
import type { PlanFormat } from './plan-command.js';
import { VERSION } from './version.js';

// Each command's code is imported when the command runs: `herald check` never
// loads the renderer, Pagefind or the templates, and `--help` loads nothing.
const PLAN_FORMATS: readonly PlanFormat[] = ['table', 'json', 'csv'];

const EXIT_USAGE = 2;

// `herald check | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number.');
  return n;
}

const program = new Command()
  .name('herald')
  .description('Lint internal-communication messages against your communication plan.')
  .version(VERSION)
  .option('--root <dir>', 'project folder that holds plans/ and content/', '.')
  .showHelpAfterError('(run "herald --help" for usage)')
  .exitOverride();

program
  .command('check')
  .description('lint every message and the plan; exit 1 on errors')
  .argument('[paths...]', 'report only findings in these files or folders (every message is still read)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
  .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber)
  .option('-o, --output <file>', 'write the report to a file instead of the terminal')
  .addHelpText(
    'after',
    '\nExamples:\n  herald check\n  herald check content/2026/roosterapp.md\n  herald check --format sarif -o herald.sarif\n  herald check --root ../comms --max-warnings 0',
  )
  .action(async (paths: string[], opts: { format: string; maxWarnings?: number; output?: string }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runCheck } = await import('./check-command.js');
    process.exitCode = await runCheck(paths, { root, ...opts, color: useColor(process.stdout) });
  });

program
  .command('build')
  .description('check, then render the site into site/ (lint errors stop it)')
  .option('--out <dir>', 'output folder', 'site')
  .option('--drafts', 'include draft messages')
  .option('--future', 'include messages dated after now')
  .option('--base-url <url>', 'absolute URL the site is published at (for feeds and the sitemap)')
  .option('--no-search', 'leave out the search index')
  .option('--no-plan-page', 'leave out the /plan/ dashboard (for a site every employee can read)')
  .option('--no-check', 'render even when the check finds errors')
  .addHelpText('after', '\nExamples:\n  herald build\n  herald build --out public --base-url https://intranet.example/nieuws/\n  herald build --drafts --future')
  .action(async (opts: { out: string; drafts?: boolean; future?: boolean; baseUrl?: string; search: boolean; planPage: boolean; check: boolean }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runBuild } = await import('./build-command.js');
    process.exitCode = await runBuild({
      root,
      out: opts.out,
      drafts: opts.drafts === true,
      future: opts.future === true,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      search: opts.search,
      planPage: opts.planPage,
      check: opts.check,
      color: useColor(process.stdout),
    });
  });

program
  .command('plan')
  .description('messages per segment per week, goal coverage, campaigns, mix and neglected segments')
  .option('--from <date>', 'first day of the period, yyyy-mm-dd (default: today; the report starts on its Monday)')
  .option('--weeks <n>', 'number of ISO weeks', wholeNumber, 8)
  .addOption(new Option('-f, --format <format>', 'output format').choices(PLAN_FORMATS).default('table'))
  .addHelpText('after', '\nExamples:\n  herald plan\n  herald plan --from 2026-09-01 --weeks 13\n  herald plan --format csv > plan.csv')
  .action(async (opts: { from?: string; weeks: number; format: PlanFormat }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runPlan } = await import('./plan-command.js');
    const { output, planProblems } = await runPlan({ root, ...opts, color: useColor(process.stdout), now: Date.now() });
    process.stdout.write(output);
    if (planProblems > 0) {
      process.stderr.write(`herald: the plan has ${planProblems} problem${planProblems === 1 ? '' : 's'}; items with errors are left out of this report. Run "herald check" to see them.\n`);
    }
  });

program
  .command('rules')
  .description('list the rule catalogue, or explain one rule')
  .argument('[id]', 'a rule id, e.g. cta-vague')
  .action(async (id: string | undefined) => {
    const { explainRule, listRules } = await import('./rules-command.js');
    const color = useColor(process.stdout);
    process.stdout.write(`${id ? explainRule(id, color) : listRules(color)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed help, the version, or what was wrong.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof UsageError) {
    process.stderr.write(`herald: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    process.exitCode = EXIT_USAGE;
  } else {
    // An I/O failure or a bug: one line, not a stack (HERALD_DEBUG=1 shows it).
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(`herald: ${e?.message ?? String(error)}\n`);
    if (process.env.HERALD_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
