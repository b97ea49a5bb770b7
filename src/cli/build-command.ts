import pc from 'picocolors';
import { cacheOptions, printCacheNotes } from './paths.js';
import { buildSite, type BuildOptions } from '../pipeline/build.js';
import { ruleUrl } from '../model/diagnostic.js';
import { displayPath } from '../model/paths.js';
import { formatReport } from '../report/format.js';
import { RULES } from '../rules/index.js';
import { VERSION } from './version.js';
import { sayer } from '../messages/terminal.js';
import { formatNumber } from '../messages/numbers.js';
import { compose } from '../messages/index.js';
import type { Lang } from '../messages/catalogue.js';

export type BuildCommandOptions = Pick<
  BuildOptions,
  'root' | 'out' | 'drafts' | 'future' | 'baseUrl' | 'search' | 'planPage' | 'check' | 'lang' | 'ignorePatterns'
> & {
  color: boolean;
  /** `--cache`: check from the check's cache and render only the pages whose inputs changed. */
  cache?: boolean;
  /** `--cache-location`: the check's cache file, or a folder for `.herald-cache` (relative to the working directory); implies `cache`. The build keeps its own beside it (`-build`). */
  cacheLocation?: string;
};

/**
 * `herald build`: returns the exit code. On SIGINT or SIGTERM the build stops
 * Pagefind's process (which would otherwise run on for a moment after this
 * one), then dies of the same signal; the next build recovers its draft.
 */
export async function runBuild(options: BuildCommandOptions): Promise<number> {
  const started = performance.now();
  const tty = process.stderr.isTTY === true;
  const stopped = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    stopped.abort();
    if (tty) process.stderr.write('\r\x1b[K');
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    process.kill(process.pid, signal);
    // Should anything else listen to the signal, the default action (dying of it) does not happen: exit as a shell would report it.
    setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 100);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    return await build(options, started, tty, stopped.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

async function build(options: BuildCommandOptions, started: number, tty: boolean, signal: AbortSignal): Promise<number> {
  const now = Date.now();
  const cache = cacheOptions(options.root, options);
  const result = await buildSite({
    signal,
    root: options.root,
    out: options.out,
    drafts: options.drafts,
    future: options.future,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    search: options.search,
    ...(options.planPage !== undefined ? { planPage: options.planPage } : {}),
    check: options.check,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.ignorePatterns?.length ? { ignorePatterns: options.ignorePatterns } : {}),
    ...(cache ? { cache } : {}),
    now,
    generator: `herald ${VERSION}`,
    ...(tty ? { progress: (stage, lang) => process.stderr.write(`\r\x1b[K${pc.dim(`herald: ${compose(lang, 'progress', stage)}…`)}`) } : {}),
  });
  if (tty) process.stderr.write('\r\x1b[K');
  printCacheNotes(result.project.lang, result.cacheNotes ?? []);

  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const shown = result.built ? errors : result.diagnostics;
  if (shown.length > 0) {
    process.stdout.write(
      formatReport('stylish', {
        diagnostics: shown,
        root: result.project.root,
        rules: [...RULES],
        lang: result.project.lang,
        filesChecked: result.project.messages.length + result.project.plan.files.length,
        color: options.color,
        toolVersion: VERSION,
        ruleUrl,
      }),
    );
  }
  const t = sayer(result.project.lang);
  if (!result.built) {
    process.stderr.write(`herald: ${t('build-stopped', { count: errors.length })}\n`);
    return 1;
  }
  for (const file of result.skipped) {
    // A YAML mistake empties every field: name that mistake, not the fields it hid.
    const error = errors.find((d) => d.file === file && d.ruleId === 'front-matter');
    process.stderr.write(`herald: ${error ? t('build-skipped-error', { file, line: error.line }) : t('build-skipped', { file })}\n`);
  }
  if (!result.project.plan.site.baseUrl && !options.baseUrl) process.stderr.write(`herald: ${t('build-no-base-url')}\n`);
  // One decimal, in the writer's language: "0,4 s".
  const seconds = formatNumber((performance.now() - started) / 1000, result.project.lang, 1);
  process.stdout.write(`${t('build-done', { pages: result.pages, messages: result.messages, seconds, out: `${displayPath(result.out)}/` })}\n`);
  const next = result.scheduled[0];
  if (next !== undefined) {
    const when = publishMoment(next, result.project.lang, result.project.plan.site.timezone, now);
    process.stdout.write(`${t('build-scheduled', { count: result.scheduled.length, ...when })}\n`);
  }
  return 0;
}

/** "vr 11 dec" and "09:00" in the site's time zone (with the year when it is not this year's). */
export function publishMoment(epochMs: number, lang: Lang, timeZone: string, now: number): { day: string; time: string } {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const year = (ms: number) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(ms);
  const withYear = year(epochMs) !== year(now);
  // Put together from the parts: en-GB writes "Fri, 11 Dec 2099" with a year and "Fri 11 Dec" without.
  const parts = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone,
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  const day = [part('weekday'), part('day'), part('month'), withYear ? part('year') : undefined].filter(Boolean).join(' ');
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(epochMs);
  return { day, time };
}
