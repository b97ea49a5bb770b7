#!/usr/bin/env node
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../model/errors.js';
import { displayPath } from '../model/paths.js';
import type { Prompts } from '../author/ask.js';
import { CI_HOSTS, SCAFFOLD_LANGUAGES, type CiHost, type ScaffoldLanguage } from '../author/scaffold.js';
import { FORMATS } from '../report/format.js';
import { LANGS, parseLang, type LangChoice } from '../messages/lang.js';
import type { Lang } from '../messages/catalogue.js';
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

/** --port: a whole number from 0 (any free port) to 65535. */
function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  return n;
}

/**
 * The writer's language as far as the command line knows it: `--lang`, and
 * `HERALD_LANG`, which must name a language herald speaks when it decides
 * (no `--lang`). The plan's `site.language` comes after both (`chooseLang`).
 */
function langChoice(): LangChoice {
  const flag = program.opts<{ lang?: Lang }>().lang;
  const env = process.env.HERALD_LANG;
  if (flag === undefined && parseLang(env) === null) {
    throw new UsageError(`HERALD_LANG is "${env}", a language herald does not speak.`, `Set it to ${LANGS.join(' or ')}, or leave it empty.`);
  }
  return { ...(flag ? { flag } : {}), ...(env !== undefined ? { env } : {}) };
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
  .addOption(
    new Option('--lang <lang>', 'language of the findings (default: $HERALD_LANG, else the plan\'s site.language, else en); for init, of the scaffold').choices(LANGS),
  )
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
    process.exitCode = await runCheck(paths, { root, ...opts, lang: langChoice(), color: useColor(process.stdout), ...(process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}) });
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
  .option('--no-check', 'skip the check (front-matter problems are still reported) and render anyway')
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
      lang: langChoice(),
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
    const { output, planProblems } = await runPlan({ root, ...opts, lang: langChoice(), color: useColor(process.stdout), now: Date.now() });
    process.stdout.write(output);
    if (planProblems > 0) {
      process.stderr.write(`herald: the plan has ${planProblems} problem${planProblems === 1 ? '' : 's'}; items with errors are left out of this report. Run "herald check" to see them.\n`);
    }
  });

program
  .command('init')
  .description('scaffold a project: a plan, three example messages, editor settings; --ci adds a CI workflow')
  .argument('[dir]', 'folder for the project (default: --root, or the current folder)')
  // The program's --lang takes this option's value wherever it is written (commander reads global options after the
  // command too); it is declared here as well so that "herald init --help" lists it.
  .addOption(new Option('--lang <lang>', 'language of the plan and the examples (default: nl)').choices(SCAFFOLD_LANGUAGES))
  .addOption(new Option('--ci <host>', 'also write a CI workflow; in an existing project, only that').choices(CI_HOSTS))
  .option('--force', 'replace files that already exist')
  .addHelpText('after', '\nExamples:\n  herald init comms\n  herald init --lang en --ci github\n  herald init --ci gitlab        # in an existing project: only .gitlab-ci.yml')
  .action(async (dir: string | undefined, opts: { lang?: ScaffoldLanguage; ci?: CiHost; force?: boolean }) => {
    const target = path.resolve(dir ?? program.opts<{ root: string }>().root);
    const lang: ScaffoldLanguage = program.opts<{ lang?: ScaffoldLanguage }>().lang ?? opts.lang ?? 'nl';
    const { runInit } = await import('./init-command.js');
    const result = runInit({ dir: target, lang, ...(opts.ci ? { ci: opts.ci } : {}), force: opts.force === true, now: Date.now() });
    const where = displayPath(result.dir);
    if (result.ciOnly) {
      process.stdout.write(`Added ${result.written[0]} to ${where}. It runs "npm ci": herald must be in package.json's devDependencies, with package-lock.json committed.\n`);
      return;
    }
    process.stdout.write(`Created a herald project in ${where} (${result.written.length} files).\n`);
    for (const file of result.kept) process.stdout.write(`Left your ${file} as it is: add herald to it with "npm install --save-dev herald".\n`);
    const cd = where === '.' ? '' : `cd ${where} && `;
    process.stdout.write(`Next: ${cd}npm install && npx herald check && npx herald build\n`);
  });

program
  .command('new')
  .description('write content/<yyyy>/<slug>.md with front-matter from the plan; asks on a terminal')
  .argument('<title>', 'the title of the message')
  .option('--audience <ids>', 'segment ids, comma-separated or repeated, or "all"', collect, undefined)
  .option('--goal <id>', 'the plan goal the message serves')
  .option('--kind <kind>', 'news, change, success, dialogue or event (default news)')
  .option('--campaign <id>', 'a plan campaign (brings its goal)')
  .option('--date <date>', 'publish moment, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the next whole hour)')
  .addHelpText('after', '\nExamples:\n  herald new "Nieuwe kantine open"\n  herald new "Nieuwe kantine open" --audience productie,kantoor --goal gezond-werken --date 2026-12-01T09:00')
  .action(async (title: string, opts: { audience?: string[]; goal?: string; kind?: string; campaign?: string; date?: string }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const { runNew } = await import('./new-command.js');
    const result = await runNew(title, { root, ...opts, interactive, ...(interactive ? { prompts: await inquirerPrompts() } : {}), now: Date.now() });
    const shown = displayPath(path.join(root, result.file));
    process.stdout.write(`Wrote ${shown}\nNext: fill in "why" and "cta" (the comments say what to write) and the text, then run: herald check ${shown}\n`);
  });

program
  .command('schema')
  .description('JSON Schemas (draft 2020-12) for plan files and message front-matter, for editors')
  .argument('[name]', 'only this schema: plan or front-matter')
  .option('--out <dir>', 'write the schema files into this folder (relative to the project root) instead of printing')
  .addHelpText('after', '\nExamples:\n  herald schema --out schemas\n  herald schema plan > plan.schema.json')
  .action(async (name: string | undefined, opts: { out?: string }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runSchema } = await import('./schema-command.js');
    const result = runSchema(name, { root, ...opts });
    if (result.stdout !== undefined) process.stdout.write(result.stdout);
    else process.stdout.write(`Wrote ${result.written.join(', ')}\n`);
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
    const { runDev } = await import('./dev-command.js');
    process.exitCode = await runDev({
      root,
      host: opts.host,
      port: opts.port,
      open: opts.open === true,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      search: opts.search,
      lang: langChoice(),
      color: useColor(process.stdout),
    });
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

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** @inquirer/prompts, loaded only when there is a terminal to ask on. */
async function inquirerPrompts(): Promise<Prompts> {
  const { checkbox, select } = await import('@inquirer/prompts');
  return {
    checkbox: (config) => checkbox(config),
    select: (config) => select(config),
  };
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if ((error as Error | undefined)?.name === 'ExitPromptError') {
    // Ctrl-C at a question of "herald new": nothing was written.
    process.stderr.write('herald: cancelled; nothing was written.\n');
    process.exitCode = 130;
  } else if (error instanceof CommanderError) {
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
