#!/usr/bin/env node
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../model/errors.js';
import { displayPath } from '../model/paths.js';
import type { NewFlags } from '../author/new-message.js';
import { CI_HOSTS, SCAFFOLD_LANGUAGES, type CiHost, type ScaffoldLanguage } from '../author/scaffold.js';
import { FORMATS } from '../report/format.js';
import { chooseLang, isLang, LANGS, parseLang, type LangChoice } from '../messages/lang.js';
import { sayer, usageError, usageText } from '../messages/terminal.js';
import { compose } from '../messages/index.js';
import type { Lang } from '../messages/catalogue.js';
import type { PlanFormat } from './plan-command.js';
import { commanderHelp } from './help.js';
import { commanderErrorText } from './commander-errors.js';
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

/** A word as a POSIX shell reads it back: quoted only when it needs to be (a folder with a space, a git URL with #). */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** --port: a whole number from 0 (any free port) to 65535. */
function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(h('help-invalid-port'));
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
  if (flag === undefined && parseLang(env) === null) throw usageError('usage-herald-lang', { value: env ?? '' });
  return { ...(flag ? { flag } : {}), ...(env !== undefined ? { env } : {}) };
}

/**
 * The writer's language for commands that need no plan (rules, schema) and
 * for usage errors: `--lang`, else `HERALD_LANG`, else the plan's
 * `site.language` when there is a plan to read under --root, else English.
 */
async function projectLang(): Promise<Lang> {
  let choice: LangChoice = {};
  try {
    choice = langChoice();
  } catch {
    // A HERALD_LANG herald does not speak: passed over (its own usage error says so).
  }
  if (choice.flag ?? parseLang(choice.env)) return chooseLang(choice);
  try {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const [{ readPlanFiles }, { validatePlan }] = await Promise.all([import('../load/read-project.js'), import('../validate/validate-plan.js')]);
    return validatePlan((await readPlanFiles(root)).planFiles, choice).lang;
  } catch {
    return chooseLang(choice);
  }
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(h('help-invalid-number'));
  return n;
}

/**
 * `--lang` as written on the command line, read before commander parses it:
 * `--help` is built in the writer's language, which only `--lang` and
 * `HERALD_LANG` decide (no plan is read for it). Undefined when absent or not
 * a language herald speaks (commander refuses that one itself).
 */
function argvLang(argv: readonly string[]): Lang | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = argv[++i];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return isLang(found) ? found : undefined;
}

const flagLang = argvLang(process.argv.slice(2));
/** The language of --help and of commander's own lines: `--lang`, else `HERALD_LANG`, else English. */
const helpLang: Lang = chooseLang({ flag: flagLang, env: parseLang(process.env.HERALD_LANG) ? process.env.HERALD_LANG : undefined });
const h = sayer(helpLang);
const examples = (id: string) => `\n${h('help-examples')}\n${h(id)}`;
/** Help lines of check's CI options (their own catalogue block). */
const ho = (id: string) => compose(helpLang, 'check-options', id);

const program = new Command()
  .name('herald')
  .description(h('help-herald'))
  .version(VERSION, '-V, --version', h('help-option-version'))
  .helpOption('-h, --help', h('help-option-help'))
  .helpCommand('help [command]', h('help-command-help'))
  .configureHelp(commanderHelp(helpLang))
  .option('--root <dir>', h('help-option-root'), '.')
  .addOption(new Option('--lang <lang>', h('help-option-lang')).choices(LANGS))
  // Commander's own error lines are English: kept quiet here, and written in the writer's language below.
  .configureOutput({ outputError: () => undefined })
  .exitOverride();

program
  .command('check')
  .description(h('help-check'))
  .argument('[paths...]', h('help-check-paths'))
  .addOption(new Option('-f, --format <format>', h('help-option-format')).choices(FORMATS).default('stylish'))
  .option('--max-warnings <n>', h('help-check-max-warnings'), wholeNumber)
  .option('-o, --output <file>', h('help-check-output'))
  .option('--quiet', ho('help-quiet'))
  .option('--ignore-pattern <glob>', ho('help-ignore-pattern'), collect, undefined)
  .option('--changed-since <ref>', ho('help-changed-since'))
  .option('--stdin', ho('help-stdin'))
  .option('--stdin-filename <file>', ho('help-stdin-filename'))
  .option('--print-config', ho('help-print-config'))
  .option('--fix', compose(helpLang, 'fix', 'help-fix'))
  .addOption(new Option('--fix-dry-run', compose(helpLang, 'fix', 'help-fix-dry-run')).conflicts('fix'))
  .option('--cache', compose(helpLang, 'cache', 'help-check-cache'))
  .option('--cache-location <file>', compose(helpLang, 'cache', 'help-check-cache-location'))
  .addHelpText('after', examples('help-check-examples'))
  .action(async (paths: string[], opts: CheckFlags) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runCheck } = await import('./check-command.js');
    const { ignorePattern, ...rest } = opts;
    process.exitCode = await runCheck(paths, {
      root,
      ...rest,
      ...(await ignorePatterns(ignorePattern)),
      lang: langChoice(),
      color: useColor(process.stdout),
      ...(process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}),
    });
  });

program
  .command('build')
  .description(h('help-build'))
  .option('--out <dir>', h('help-build-out'), 'site')
  .option('--drafts', h('help-build-drafts'))
  .option('--future', h('help-build-future'))
  .option('--base-url <url>', h('help-build-base-url'))
  .option('--no-search', h('help-build-no-search'))
  .option('--plan-page', h('help-build-plan-page'))
  .option('--no-plan-page', h('help-build-no-plan-page'))
  .option('--no-check', h('help-build-no-check'))
  .option('--ignore-pattern <glob>', ho('help-ignore-pattern'), collect, undefined)
  .option('--cache', compose(helpLang, 'cache', 'help-build-cache'))
  .option('--cache-location <file>', compose(helpLang, 'cache', 'help-build-cache-location'))
  .addHelpText('after', examples('help-build-examples'))
  .action(async (opts: BuildFlags) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runBuild } = await import('./build-command.js');
    process.exitCode = await runBuild({
      root,
      out: opts.out,
      drafts: opts.drafts === true,
      future: opts.future === true,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      search: opts.search,
      ...(opts.planPage !== undefined ? { planPage: opts.planPage } : {}),
      check: opts.check,
      ...(await ignorePatterns(opts.ignorePattern)),
      ...(opts.cache ? { cache: true } : {}),
      ...(opts.cacheLocation !== undefined ? { cacheLocation: opts.cacheLocation } : {}),
      lang: langChoice(),
      color: useColor(process.stdout),
    });
  });

program
  .command('plan')
  .description(h('help-plan'))
  .option('--from <date>', h('help-plan-from'))
  .option('--weeks <n>', h('help-plan-weeks'), wholeNumber, 8)
  .addOption(new Option('-f, --format <format>', h('help-option-format')).choices(PLAN_FORMATS).default('table'))
  .addHelpText('after', examples('help-plan-examples'))
  .action(async (opts: { from?: string; weeks: number; format: PlanFormat }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runPlan } = await import('./plan-command.js');
    const { output, planProblems, lang } = await runPlan({ root, ...opts, lang: langChoice(), color: useColor(process.stdout), now: Date.now() });
    process.stdout.write(output);
    if (planProblems > 0) process.stderr.write(`herald: ${sayer(lang)('plan-problems', { count: planProblems })}\n`);
  });

program
  .command('init')
  .description(h('help-init'))
  .argument('[dir]', h('help-init-dir'))
  // The program's --lang takes this option's value wherever it is written (commander reads global options after the
  // command too); it is declared here as well so that "herald init --help" lists it.
  .addOption(new Option('--lang <lang>', h('help-init-lang')).choices(SCAFFOLD_LANGUAGES))
  .addOption(new Option('--ci <host>', h('help-init-ci')).choices(CI_HOSTS))
  .option('--force', h('help-init-force'))
  .option('--herald <spec>', compose(helpLang, 'install', 'help-init-herald'))
  .addHelpText('after', examples('help-init-examples'))
  .action(async (dir: string | undefined, opts: { lang?: ScaffoldLanguage; ci?: CiHost; force?: boolean; herald?: string }) => {
    const target = path.resolve(dir ?? program.opts<{ root: string }>().root);
    const lang: ScaffoldLanguage = program.opts<{ lang?: ScaffoldLanguage }>().lang ?? opts.lang ?? 'nl';
    const { runInit } = await import('./init-command.js');
    const result = runInit({
      dir: target,
      lang,
      ...(opts.ci ? { ci: opts.ci } : {}),
      ...(opts.herald !== undefined ? { herald: opts.herald } : {}),
      force: opts.force === true,
      now: Date.now(),
    });
    const where = displayPath(result.dir);
    // The scaffold's language is the new plan's site.language: after --lang and HERALD_LANG, it decides.
    const t = sayer(chooseLang({ ...langChoice(), plan: lang }));
    if (result.ciOnly) {
      process.stdout.write(`${t('init-ci-added', { file: result.written[0]!, dir: where })}\n`);
      return;
    }
    process.stdout.write(`${t('init-created', { dir: where, count: result.written.length })}\n`);
    const say = (id: string, data: Record<string, string>) => compose(chooseLang({ ...langChoice(), plan: lang }), 'install', id, data);
    if (result.vendored) process.stdout.write(`${say('vendored', { file: result.vendored })}\n`);
    // npm records `./vendor/x.tgz` as `file:vendor/x.tgz`, the spec herald init writes itself.
    const spec = result.vendored ? `./${result.vendored}` : result.heraldSpec;
    for (const file of result.kept) process.stdout.write(`${say('kept', { file, command: `npm install --save-dev ${shellWord(spec)}` })}\n`);
    const cd = where === '.' ? '' : `cd ${shellWord(where)} && `;
    process.stdout.write(`${say('next', { command: `${cd}npm install && npx herald check && npx herald build` })}\n`);
  });

program
  .command('new')
  .description(h('help-new'))
  .argument('<title>', h('help-new-title'))
  .option('--audience <ids>', h('help-new-audience'), collect, undefined)
  .option('--goal <id>', h('help-new-goal'))
  .option('--kind <kind>', h('help-new-kind'))
  .option('--campaign <id>', h('help-new-campaign'))
  .option('--date <date>', h('help-new-date'))
  .option('--why <text>', h('help-new-why'))
  .option('--cta <text>', h('help-new-cta'))
  .option('--cta-url <url>', h('help-new-cta-url'))
  .option('--cta-due <date>', h('help-new-cta-due'))
  .option('--where <place>', h('help-new-where'))
  .option('--when <date>', h('help-new-when'))
  .addHelpText('after', examples('help-new-examples'))
  .action(async (title: string, opts: NewFlags) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const { inquirerPrompts, runNew } = await import('./new-command.js');
    const result = await runNew(title, {
      root,
      ...opts,
      lang: langChoice(),
      interactive,
      ...(interactive ? { prompts: await inquirerPrompts() } : {}),
      now: Date.now(),
    });
    const shown = displayPath(path.join(root, result.file));
    const t = sayer(result.lang);
    for (const note of result.notes) process.stdout.write(`${note}\n`);
    process.stdout.write(`${t('new-wrote', { file: shown })}\n${t('new-next', { file: shown })}\n`);
  });

program
  .command('schema')
  .description(h('help-schema'))
  .argument('[name]', h('help-schema-name'))
  .option('--out <dir>', h('help-schema-out'))
  .addHelpText('after', examples('help-schema-examples'))
  .action(async (name: string | undefined, opts: { out?: string }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runSchema } = await import('./schema-command.js');
    const result = runSchema(name, { root, ...opts });
    if (result.stdout !== undefined) process.stdout.write(result.stdout);
    else process.stdout.write(`${sayer(await projectLang())('schema-wrote', { files: result.written })}\n`);
  });

program
  .command('dev')
  .description(h('help-dev'))
  .option('--port <n>', h('help-dev-port'), parsePort, 4321)
  .option('--host <host>', h('help-dev-host'), '127.0.0.1')
  .option('--allowed-host <name>', h('help-dev-allowed-host'), collect, undefined)
  .option('--open', h('help-dev-open'))
  .option('--base-url <url>', h('help-dev-base-url'))
  .option('--no-search', h('help-dev-no-search'))
  .option('--ignore-pattern <glob>', ho('help-ignore-pattern'), collect, undefined)
  .addHelpText('after', examples('help-dev-examples'))
  .action(async (opts: { port: number; host: string; allowedHost?: string[]; open?: boolean; baseUrl?: string; search: boolean; ignorePattern?: string[] }) => {
    const root = path.resolve(program.opts<{ root: string }>().root);
    const { runDev } = await import('./dev-command.js');
    process.exitCode = await runDev({
      root,
      host: opts.host,
      allowedHosts: opts.allowedHost ?? [],
      port: opts.port,
      open: opts.open === true,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      search: opts.search,
      ...(await ignorePatterns(opts.ignorePattern)),
      lang: langChoice(),
      color: useColor(process.stdout),
    });
  });

program
  .command('lsp')
  .description(h('help-lsp'))
  .option('--stdio', h('help-lsp-stdio'))
  .addHelpText('after', examples('help-lsp-examples'))
  .action(async () => {
    const { startLanguageServer } = await import('../lsp/server.js');
    // The protocol owns stdout: nothing else may write there from now on.
    startLanguageServer({ lang: langChoice() });
  });

program
  .command('rules')
  .description(h('help-rules'))
  .argument('[id]', h('help-rules-id'))
  .action(async (id: string | undefined) => {
    const { explainRule, listRules } = await import('./rules-command.js');
    const color = useColor(process.stdout);
    const lang = await projectLang();
    process.stdout.write(`${id ? explainRule(id, color, lang) : listRules(color, lang)}\n`);
  });

/** What `herald build` takes, as commander names it. */
interface BuildFlags {
  out: string;
  drafts?: boolean;
  future?: boolean;
  baseUrl?: string;
  search: boolean;
  planPage?: boolean;
  check: boolean;
  ignorePattern?: string[];
  cache?: boolean;
  cacheLocation?: string;
}

/** What `herald check` takes besides its paths, as commander names it. */
interface CheckFlags {
  format: string;
  maxWarnings?: number;
  output?: string;
  quiet?: boolean;
  ignorePattern?: string[];
  changedSince?: string;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

/**
 * --ignore-pattern (repeatable) of check, build and dev: globs relative to the
 * project root that picomatch can read (loaded only when one is given).
 */
async function ignorePatterns(patterns: string[] | undefined): Promise<{ ignorePatterns?: string[] }> {
  if (!patterns?.length) return {};
  const { isIgnorePattern } = await import('../model/ignore.js');
  const bad = patterns.find((p) => !isIgnorePattern(p));
  if (bad !== undefined) throw usageError('usage-ignore-pattern', { pattern: bad }, 'check-options');
  return { ignorePatterns: patterns };
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

// The command a commander error is about, for the hint ("herald check --help").
let failedCommand: Command = program;
for (const command of [program, ...program.commands]) {
  command.exitOverride((error) => {
    failedCommand = command;
    throw error;
  });
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if ((error as Error | undefined)?.name === 'ExitPromptError') {
    // Ctrl-C at a question of "herald new": nothing was written.
    process.stderr.write(`herald: ${sayer(await projectLang())('new-cancelled')}\n`);
    process.exitCode = 130;
  } else if (error instanceof CommanderError) {
    // Commander already printed help or the version; what was wrong is said here, in the writer's language.
    if (error.exitCode !== 0 && error.code !== 'commander.help' && error.code !== 'commander.helpDisplayed') {
      const lang = await projectLang();
      const command = failedCommand === program ? 'herald' : `herald ${failedCommand.name()}`;
      const reasons = (reason: string) =>
        ['help-invalid-port', 'help-invalid-number'].map((id) => (reason === h(id) ? sayer(lang)(id) : undefined)).find(Boolean);
      const { message, hint } = commanderErrorText(error, lang, command, reasons);
      process.stderr.write(`herald: ${message}\n  ${hint}\n`);
    }
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof UsageError) {
    const { message, hint } = usageText(error, await projectLang());
    process.stderr.write(`herald: ${message}\n${hint ? `  ${hint}\n` : ''}`);
    process.exitCode = EXIT_USAGE;
  } else {
    // An I/O failure or a bug: one line, not a stack (HERALD_DEBUG=1 shows it).
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(`herald: ${e?.message ?? String(error)}\n`);
    if (process.env.HERALD_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
