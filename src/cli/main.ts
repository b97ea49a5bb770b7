#!/usr/bin/env node
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../load/errors.js';
import { FORMATS } from '../report/format.js';
import { runBuild } from './build-command.js';
import { runCheck } from './check-command.js';
import { parsePort, runDev } from './dev-command.js';
import { explainRule, listRules } from './rules-command.js';
import { VERSION } from './version.js';

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
  .option('--no-check', 'render even when the check finds errors')
  .addHelpText('after', '\nExamples:\n  herald build\n  herald build --out public --base-url https://intranet.example/nieuws/\n  herald build --drafts --future')
  .action(async (opts: { out: string; drafts?: boolean; future?: boolean; baseUrl?: string; search: boolean; check: boolean }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    process.exitCode = await runBuild({
      root,
      out: opts.out,
      drafts: opts.drafts === true,
      future: opts.future === true,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      search: opts.search,
      check: opts.check,
      color: useColor(process.stdout),
    });
  });

program
  .command('dev')
  .description('build, watch and serve the site on 127.0.0.1 with live reload (drafts and scheduled messages included)')
  .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 4321)
  .option('--host <host>', 'interface to listen on; only change this on a network you trust', '127.0.0.1')
  .option('--open', 'open the site in your browser')
  .option('--base-url <url>', 'absolute URL the site is published at (for feeds)')
  .option('--no-search', 'do not build the search index in the background')
  .addHelpText('after', '\nExamples:\n  herald dev\n  herald dev --port 8080 --open\n  herald dev --root ../comms --port 0')
  .action(async (opts: { port: number; host: string; open?: boolean; baseUrl?: string; search: boolean }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    process.exitCode = await runDev({
      root,
      host: opts.host,
      port: opts.port,
      open: opts.open === true,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      search: opts.search,
      color: useColor(process.stdout),
    });
  });

program
  .command('rules')
  .description('list the rule catalogue, or explain one rule')
  .argument('[id]', 'a rule id, e.g. cta-vague')
  .action((id: string | undefined) => {
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
