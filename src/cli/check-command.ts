import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { usageError } from '../messages/terminal.js';
import { ruleUrl } from '../model/diagnostic.js';
import { isInside, projectFileKind } from '../model/paths.js';
import { readTextFile, toPosix } from '../load/read-project.js';
import { checkProject, type CheckResult, type LoadOptions } from '../pipeline/check.js';
import { checkProjectCached } from '../pipeline/cached-check.js';
import { cacheOptions, printCacheNotes } from './paths.js';
import { formatReport, isFormatName, FORMATS } from '../report/format.js';
import { RULES } from '../rules/index.js';
import { compose, type LangChoice } from '../messages/index.js';
import { changedFiles, CHECK_OPTIONS } from './changed-files.js';
import { configJson, configTable, effectiveConfig } from './print-config.js';
import { VERSION } from './version.js';

export interface CheckOptions {
  root: string;
  format: string;
  maxWarnings?: number;
  output?: string;
  /** `--lang` and `HERALD_LANG`; with the plan they decide the language of the findings. */
  lang?: LangChoice;
  color: boolean;
  /** The terminal's width for stylish (`process.stdout.columns`; 80 without a TTY). */
  width?: number;
  /** `--quiet`: errors only; warnings are neither shown nor counted, except toward `--max-warnings`. */
  quiet?: boolean;
  /** `--ignore-pattern` (repeatable), on top of the plan's `ignore:`. */
  ignorePatterns?: string[];
  /** `--stdin`: lint the text on standard input as if it were `stdinFilename`. */
  stdin?: boolean;
  stdinFilename?: string;
  /** Reads standard input (the CLI's `process.stdin`; tests may pass their own). */
  readStdin?: () => Promise<string>;
  /** `--changed-since REF`: only the findings in files changed since REF. */
  changedSince?: string;
  /** `--print-config`: the rules as the plan configures them; no lint run. */
  printConfig?: boolean;
  /** `--fix`: write the fixes; `--fix-dry-run`: print them as a diff and write nothing. */
  fix?: boolean;
  fixDryRun?: boolean;
  /** `--cache`: reuse what the last run found for files that did not change. */
  cache?: boolean;
  /** `--cache-location`: the cache file, or a folder for `.herald-cache` (relative to the working directory); implies `cache`. */
  cacheLocation?: string;
}

/** `herald check [paths..]`: returns the exit code. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<number> {
  if (!isFormatName(options.format)) {
    throw usageError('usage-check-format', { format: options.format, formats: [...FORMATS] });
  }
  if (options.stdinFilename !== undefined && !options.stdin) throw usageError('usage-stdin-filename-alone', {}, CHECK_OPTIONS);
  // As ESLint: the text on stdin is not the file, so there is nothing to write it to; --fix-dry-run shows the fixed text.
  if (options.stdin && options.fix) throw usageError('usage-stdin-fix', {}, CHECK_OPTIONS);

  if (options.printConfig) {
    const { config, lang, problems } = await effectiveConfig(options.root, {
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.ignorePatterns ? { ignorePatterns: options.ignorePatterns } : {}),
    });
    const text = options.format === 'json' ? configJson(config) : configTable(config, lang);
    await emit(text, options.output);
    if (problems > 0) process.stderr.write(`herald: ${compose(lang, CHECK_OPTIONS, 'config-plan-problems', { count: problems })}\n`);
    return 0;
  }

  const load: LoadOptions = {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.ignorePatterns?.length ? { ignorePatterns: options.ignorePatterns } : {}),
  };
  // Each option that narrows the report adds a test; a finding is reported when its file passes all of them.
  const selections: ((file: string) => boolean)[] = [];
  let stdin: { file: string; text: string } | undefined;
  if (options.stdin) {
    const file = stdinTarget(options.root, options.stdinFilename);
    const text = await (options.readStdin ?? readProcessStdin)();
    stdin = { file, text };
    load.overlay = (f) => (f === file ? text : undefined);
    load.overlayFiles = [file];
    selections.push((f) => f === file);
  }
  if (paths.length) selections.push(pathSelection(options.root, paths));
  if (options.changedSince !== undefined) {
    const changed = changedFiles(options.root, options.changedSince);
    selections.push((f) => changed.has(f));
  }

  // ESLint's editor use (`--stdin --fix-dry-run -f json`): the report, with each fixed text in `output`, is standard output, not a diff.
  const jsonOut = options.format === 'json';
  // --fix changes only the files whose findings are reported.
  const fixOnly = selections.length ? (file: string) => selections.every((test) => test(file)) : undefined;
  // Loaded only to fix: the diff library and the writer stay out of a plain check's start-up.
  const fixing =
    options.fix || options.fixDryRun
      ? await (
          await import('./fix-files.js')
        ).runFixes({ root: options.root, fixDryRun: options.fixDryRun ?? false, diff: !jsonOut, ...(stdin ? { stdin } : {}) }, load, fixOnly)
      : undefined;
  const result = fixing?.result ?? (await check(options, load));
  // The parser's own words, for developers only: appended to the advice with HERALD_DEBUG set.
  const diagnostics = process.env.HERALD_DEBUG
    ? result.diagnostics.map((d) => (d.debug ? { ...d, message: `${d.message} [${d.debug}]` } : d))
    : result.diagnostics;
  const wanted = (file: string) => selections.every((selected) => selected(file));
  const selected = diagnostics.filter((d) => wanted(d.file));
  const shown = options.quiet ? selected.filter((d) => d.severity === 'error') : selected;

  const report = formatReport(options.format, {
    diagnostics: shown,
    root: result.root,
    rules: [...RULES],
    lang: result.lang,
    filesChecked: result.messageCount + result.plan.files.length,
    files: result.files.filter(wanted),
    unreadable: result.unreadable,
    color: options.color && !options.output,
    width: options.width ?? 80,
    toolVersion: VERSION,
    ruleUrl,
    workspace: process.cwd(),
    ...(fixing?.outputs.size ? { outputs: fixing.outputs } : {}),
    sourceOf: (file) => {
      try {
        return fixing?.texts.get(file) ?? readTextFile(result.root, file, load.overlay).text;
      } catch {
        return undefined;
      }
    },
  });
  // With --fix-dry-run standard output is the diff alone (for `git apply`), the findings that would remain go to stderr; with --format json it is the report.
  await emit(report, options.output, options.fixDryRun && !jsonOut ? process.stderr : process.stdout);
  if (fixing) process.stderr.write(`${fixing.summary}\n`);

  const errors = selected.filter((d) => d.severity === 'error').length;
  const warnings = selected.length - errors;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`herald: ${compose(result.lang, 'report', 'too-many-warnings', { count: warnings, max: options.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

async function emit(text: string, output: string | undefined, stream: NodeJS.WriteStream = process.stdout): Promise<void> {
  if (output) {
    const file = path.resolve(output);
    try {
      await writeFile(file, text);
    } catch (error) {
      // The writer's words and a hint, not Node's "ENOENT: no such file or directory".
      const code = (error as NodeJS.ErrnoException).code;
      const messageId =
        code === 'ENOENT'
          ? 'usage-output-no-dir'
          : code === 'EISDIR'
            ? 'usage-output-is-dir'
            : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
              ? 'usage-output-not-allowed'
              : undefined;
      if (!messageId) throw error;
      throw usageError(messageId, { file: output, dir: path.dirname(output) }, CHECK_OPTIONS);
    }
  } else if (text) stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * The check, from the cache when `--cache` asks for it. An editor's buffer
 * (`--stdin`) is not what the cache knows of the file, so that check runs
 * without it.
 */
async function check(options: CheckOptions, load: LoadOptions): Promise<CheckResult> {
  const cache = cacheOptions(options.root, options);
  if (!cache || load.overlay) return checkProject(options.root, load);
  const result = await checkProjectCached(options.root, cache, load);
  printCacheNotes(result.lang, result.notes);
  return result;
}

/**
 * The file `--stdin` stands for, relative to the root: a message
 * (content/**.md) or a plan file (plans/*.yaml), as an editor names the
 * buffer (relative to the current folder, or absolute). It need not exist on
 * disk yet.
 */
function stdinTarget(root: string, filename: string | undefined): string {
  if (filename === undefined || filename === '') throw usageError('usage-stdin-no-filename', {}, CHECK_OPTIONS);
  const absolute = path.resolve(filename);
  const relative = toPosix(path.relative(root, absolute));
  if (!isInside(root, absolute) || !projectFileKind(relative)) throw usageError('usage-stdin-not-project-file', { file: filename }, CHECK_OPTIONS);
  return relative;
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The findings in the given files or folders. Every message was still read
 * and checked, so cross-message rules (frequency-cap, duplicate-slug) stay
 * right for the files asked about.
 */
function pathSelection(root: string, paths: string[]): (file: string) => boolean {
  const wanted = paths.map((p) => {
    const absolute = path.resolve(p);
    if (!existsSync(absolute)) throw usageError('usage-check-no-such-path', { path: p });
    return absolute;
  });
  return (relative) => {
    const file = path.join(root, relative);
    return wanted.some((w) => file === w || file.startsWith(w.endsWith(path.sep) ? w : w + path.sep));
  };
}
