import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { usageError } from '../messages/terminal.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { ruleUrl } from '../model/diagnostic.js';
import { readTextFile } from '../load/read-project.js';
import { checkProject, type CheckResult } from '../pipeline/check.js';
import { checkProjectCached, DEFAULT_CACHE_FILE } from '../pipeline/cached-check.js';
import { formatReport, isFormatName, FORMATS } from '../report/format.js';
import { RULES } from '../rules/index.js';
import { compose, type LangChoice } from '../messages/index.js';
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
  const result = await check(options);
  // The parser's own words, for developers only: appended to the advice with HERALD_DEBUG set.
  const diagnostics = process.env.HERALD_DEBUG
    ? result.diagnostics.map((d) => (d.debug ? { ...d, message: `${d.message} [${d.debug}]` } : d))
    : result.diagnostics;
  const selected = paths.length ? selectPaths(diagnostics, result.root, paths) : diagnostics;

  const report = formatReport(options.format, {
    diagnostics: selected,
    root: result.root,
    rules: [...RULES],
    lang: result.lang,
    filesChecked: result.messageCount + result.plan.files.length,
    color: options.color && !options.output,
    width: options.width ?? 80,
    toolVersion: VERSION,
    ruleUrl,
    workspace: process.cwd(),
    sourceOf: (file) => {
      try {
        return readTextFile(result.root, file).text;
      } catch {
        return undefined;
      }
    },
  });
  if (options.output) {
    await writeFile(path.resolve(options.output), report);
  } else if (report) {
    process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  }

  const errors = selected.filter((d) => d.severity === 'error').length;
  const warnings = selected.length - errors;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`herald: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

async function check(options: CheckOptions): Promise<CheckResult> {
  const load = options.lang ? { lang: options.lang } : {};
  if (!options.cache && options.cacheLocation === undefined) return checkProject(options.root, load);
  const location = options.cacheLocation !== undefined ? path.resolve(options.cacheLocation) : path.join(options.root, DEFAULT_CACHE_FILE);
  const result = await checkProjectCached(options.root, { location, version: VERSION }, load);
  for (const note of result.notes) process.stderr.write(`herald: ${compose(result.lang, 'cache', note.messageId, note.data)}\n`);
  return result;
}

/**
 * Keeps the findings in the given files or folders. Every message was still
 * read and checked, so cross-message rules (frequency-cap, duplicate-slug)
 * stay right for the files asked about.
 */
function selectPaths(diagnostics: Diagnostic[], root: string, paths: string[]): Diagnostic[] {
  const wanted = paths.map((p) => {
    const absolute = path.resolve(p);
    if (!existsSync(absolute)) throw usageError('usage-check-no-such-path', { path: p });
    return absolute;
  });
  return diagnostics.filter((d) => {
    const file = path.join(root, d.file);
    return wanted.some((w) => file === w || file.startsWith(w.endsWith(path.sep) ? w : w + path.sep));
  });
}
