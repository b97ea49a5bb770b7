import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeFacts } from '../facts/project-facts.js';
import { configureRules, type ConfiguredRule } from '../lint/configure.js';
import { lintMessages, lintPlan } from '../lint/lint-project.js';
import { CONTENT_DIR, isSvg, listFiles, readSvgFile, readTextFile, toPosix } from '../load/read-project.js';
import { UsageError } from '../model/errors.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Message, MessageFields } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { Project } from '../model/project.js';
import { SourceText } from '../model/source-text.js';
import { RULES } from '../rules/index.js';
import { unsafeSvgs } from '../validate/svg-safety.js';
import { filesChecked, loadMessage, loadPlan, type CheckResult, type LoadOptions } from './check.js';

/** The name of the cache file in the project root when `--cache-location` is not given (git-ignored). */
export const DEFAULT_CACHE_FILE = '.herald-cache';

/** Bumped whenever the layout of the cache file changes: an older file is then ignored. */
const FORMAT = 1;
const MAGIC = 'herald-check-cache';

export interface CacheOptions {
  /** The cache file (absolute), or a folder to keep `.herald-cache` in. */
  location: string;
  /** herald's version (and anything else that changes what the rules say): another version starts afresh. */
  version: string;
}

/** Why the cache could not be used or kept; the run itself still succeeded. */
export type CacheNote = { messageId: 'cache-unreadable'; data: { file: string } } | { messageId: 'cache-unwritable'; data: { file: string; reason: string } };

export interface CachedCheckResult extends CheckResult {
  /** How many messages were read from the cache rather than parsed and linted. */
  reused: number;
  notes: CacheNote[];
  /**
   * The project as checked, for `build --cache` (pipeline/cached-build.ts):
   * an unchanged message is parsed only when something reads its tree (its
   * body renders).
   */
  project: Project;
  /** Each message file's text hash (as the cache keeps it). */
  hashes: ReadonlyMap<string, string>;
  /** The hash of what every finding depends on besides the files: herald's version, the plan, the rule configuration, the language. */
  key: string;
  /** The cache file used. */
  file: string;
}

/** What the facts read of a message (`MessageSummary`), plus what the linter asks of every message without parsing it. */
interface Summary {
  fields: MessageFields;
  url?: string;
  slug: string;
  lang: 'nl' | 'en';
  frontMatterReadable: boolean;
  presentKeys: string[];
}

/**
 * One message file as last checked. Each group of findings is kept with what
 * it depends on, the split of `herald dev` (workspace/project-state.ts):
 * `local` (rules without `dependsOn`) on the file alone; `fileBound`
 * (`dependsOn: 'files'`) also on which files exist and which URLs are taken;
 * `cross` (`dependsOn: 'messages'`) on every message's summary and on the
 * text of the files its findings point into (their positions).
 */
interface Entry {
  /** The text's hash, and its size and modification time when it was hashed. */
  hash: string;
  size: number;
  mtime: number;
  summary: Summary;
  /** Hash of `summary`: the facts change only when one of these does. */
  summaryHash: string;
  local: Diagnostic[];
  world: string;
  fileBound: Diagnostic[];
  summaries: string;
  /** Files (besides this one) that `cross` points into, with their hashes then. */
  crossFiles: [string, string][];
  cross: Diagnostic[];
}

interface CacheFile {
  magic: typeof MAGIC;
  format: typeof FORMAT;
  /** herald version, plan, rule configuration and language: when any differs, nothing in `files` is valid. */
  key: string;
  /** When the run that wrote it started (ms since the epoch). */
  written: number;
  files: Record<string, Entry>;
}

/** A file changed less than this before a run is read again by the next, whatever its time says (coarse file-system clocks). */
const RACY_MS = 2000;

/**
 * `herald check --cache`, ESLint's model: every file is read and hashed, but
 * a file whose text (and herald version, plan, rule configuration and
 * language) is as last time is neither parsed nor linted again. The facts
 * and the rules that look across messages are recomputed every time from the
 * summaries kept in the cache, so frequency-cap, duplicate-slug, broken-link
 * and the plan rules stay right; they parse an unchanged file only when they
 * report on it (its positions). The result is the one `checkProject` gives
 * (test/pipeline/cached-check.test.ts compares them).
 */
export async function checkProjectCached(
  root: string,
  cache: CacheOptions,
  options: Pick<LoadOptions, 'lang' | 'ignorePatterns'> = {},
): Promise<CachedCheckResult> {
  const started = Date.now();
  // The plan, its ignore patterns and the logo as loadProject has them; the logo is judged on every run (it is no message).
  const { root: absoluteRoot, planFiles, plan, lang, ignored, planDiagnostics, logo } = await loadPlan(root, options);
  const contentPaths = await listFiles(path.join(absoluteRoot, CONTENT_DIR));
  const contentFiles = new Set(contentPaths.map((p) => toPosix(path.join(CONTENT_DIR, p))).filter((f) => !ignored(f)));
  const messagePaths = [...contentFiles].filter((p) => p.toLowerCase().endsWith('.md')).sort();
  const svgFiles = [...contentFiles]
    .filter(isSvg)
    .sort()
    .map((file) => readSvgFile(absoluteRoot, file));
  const configured = configureRules(plan, RULES, lang);
  const cacheFile = cacheFilePath(absoluteRoot, cache.location);
  const notes: CacheNote[] = [];
  const key = hash(
    JSON.stringify([
      MAGIC,
      FORMAT,
      cache.version,
      lang,
      planFiles.map((f) => [f.file, f.text]),
      configured.rules.map((r) => [r.rule.id, r.severity, r.options]),
      configured.diagnostics,
    ]),
  );
  const previousCache = readCache(cacheFile, key, notes);
  const previous = previousCache?.files;

  const hashes = new Map<string, string>();
  const stats = new Map<string, [number, number]>();
  const fresh = new Set<string>();
  const summaryHashes = new Map<string, string>();
  const summaries = new Map<string, Summary>();
  const messages = messagePaths.map((file) => {
    const entry = previous?.[file];
    const stat = statOf(path.join(absoluteRoot, file));
    if (stat) stats.set(file, stat);
    // Size and time as last run, and changed well before that run started (a file saved in the same
    // moment as the cache was written could change again without its time moving): the text is as hashed then.
    const same = entry && stat && previousCache && stat[0] === entry.size && stat[1] === entry.mtime && stat[1] < previousCache.written - RACY_MS;
    let text: string | undefined;
    let h = same ? entry.hash : undefined;
    if (!h) {
      text = readMessageText(absoluteRoot, file);
      h = hash(text);
    }
    hashes.set(file, h);
    if (entry?.hash === h) {
      summaryHashes.set(file, entry.summaryHash);
      summaries.set(file, entry.summary);
      const known = text;
      return lazyMessage(file, () => known ?? readMessageText(absoluteRoot, file), entry.summary, plan.site);
    }
    fresh.add(file);
    const message = loadMessage({ file, text: text! }, plan.site);
    const summary = summaryOf(message);
    summaries.set(file, summary);
    summaryHashes.set(file, hash(JSON.stringify(summary)));
    return message;
  });
  const facts = computeFacts(plan, messages, contentFiles, unsafeSvgs(svgFiles));

  const world = hash(JSON.stringify([[...contentFiles].sort(), [...facts.unsafeFiles].sort(), [...facts.byUrl.keys()].sort()]));
  const summariesKey = hash(messages.map((m) => `${m.file}\0${summaryHashes.get(m.file)}`).join('\0'));
  const rulesWhere = (test: (r: ConfiguredRule) => boolean) => configured.rules.filter((r) => r.rule.scope === 'message' && test(r));
  const localRules = rulesWhere((r) => r.rule.dependsOn === undefined);
  const fileRules = rulesWhere((r) => r.rule.dependsOn === 'files');
  const crossRules = rulesWhere((r) => r.rule.dependsOn === 'messages');

  const entries: Record<string, Entry> = {};
  const toLint = { local: [] as Message[], fileBound: [] as Message[], cross: [] as Message[] };
  for (const m of messages) {
    const before = fresh.has(m.file) ? undefined : previous?.[m.file];
    const entry: Entry = {
      hash: hashes.get(m.file)!,
      size: stats.get(m.file)?.[0] ?? -1,
      mtime: stats.get(m.file)?.[1] ?? -1,
      summaryHash: summaryHashes.get(m.file)!,
      summary: summaries.get(m.file)!,
      local: before?.local ?? [],
      world,
      fileBound: before?.world === world ? before.fileBound : [],
      summaries: summariesKey,
      crossFiles: before?.crossFiles ?? [],
      cross: before?.cross ?? [],
    };
    entries[m.file] = entry;
    if (!before) toLint.local.push(m);
    if (before?.world !== world) toLint.fileBound.push(m);
    if (!before || before.summaries !== summariesKey || before.crossFiles.some(([f, h]) => hashes.get(f) !== h)) toLint.cross.push(m);
  }
  const assign = (list: Message[], rules: ConfiguredRule[], set: (entry: Entry, found: Diagnostic[]) => void) => {
    const found = new Map<string, Diagnostic[]>(list.map((m) => [m.file, []]));
    for (const d of lintMessages(plan, list, facts, rules, RULES, lang)) found.get(d.file)?.push(d);
    for (const [file, list] of found) set(entries[file]!, list);
  };
  assign(toLint.local, localRules, (e, found) => (e.local = found));
  assign(toLint.fileBound, fileRules, (e, found) => (e.fileBound = found));
  assign(toLint.cross, crossRules, (e, found) => {
    e.cross = found;
    const pointed = new Set(found.flatMap((d) => (d.related ?? []).map((r) => r.file)));
    e.crossFiles = [...pointed].filter((f) => hashes.has(f)).map((f) => [f, hashes.get(f)!]);
  });

  const all = [...planDiagnostics, ...configured.diagnostics, ...lintPlan(plan, facts, configured.rules, lang)];
  for (const entry of Object.values(entries)) all.push(...entry.local, ...entry.fileBound, ...entry.cross);
  all.sort(compareDiagnostics);

  // A run that changed nothing in the cache (the usual pre-commit run) does not write it again.
  const unchanged =
    previous !== undefined &&
    fresh.size === 0 &&
    Object.keys(previous).length === messages.length &&
    toLint.fileBound.length === 0 &&
    toLint.cross.length === 0 &&
    messages.every((m) => previous[m.file]!.size === entries[m.file]!.size && previous[m.file]!.mtime === entries[m.file]!.mtime);
  if (!unchanged) writeCache(cacheFile, { magic: MAGIC, format: FORMAT, key, written: started, files: entries }, notes);
  return {
    root: absoluteRoot,
    plan,
    messageCount: messages.length,
    diagnostics: all,
    lang,
    ...filesChecked(plan, messages),
    reused: messages.length - fresh.size,
    notes,
    key,
    file: cacheFile,
    project: { root: absoluteRoot, plan, messages, facts, planDiagnostics, rules: configured, lang, ignored, ...(logo ? { logo } : {}) },
    hashes,
  };
}

/** `--cache-location`: a file, or an existing folder (or a path ending in a separator) to keep `.herald-cache` in. */
export function cacheFilePath(root: string, location: string): string {
  const absolute = path.resolve(root, location);
  if (/[\\/]$/.test(location)) return path.join(absolute, DEFAULT_CACHE_FILE);
  try {
    if (statSync(absolute).isDirectory()) return path.join(absolute, DEFAULT_CACHE_FILE);
  } catch {
    // Not there yet: it becomes the file.
  }
  return absolute;
}

/** [size, mtimeMs], or undefined when the file cannot be looked at (it is read, and that says why). */
function statOf(file: string): [number, number] | undefined {
  try {
    const s = statSync(file);
    return [s.size, s.mtimeMs];
  } catch {
    return undefined;
  }
}

/** A message's text as the check reads it; a file that cannot be read stops the check, as in `readProject`. */
function readMessageText(root: string, file: string): string {
  try {
    return readTextFile(root, file).text;
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

function summaryOf(m: Message): Summary {
  return {
    fields: m.fields,
    ...(m.url !== undefined ? { url: m.url } : {}),
    slug: m.slug,
    lang: m.lang,
    frontMatterReadable: m.frontMatterReadable,
    presentKeys: [...m.presentKeys],
  };
}

/**
 * An unchanged message as the rules see it: what the facts and the linter
 * read of every message is at hand; the rest (positions, the tree) is parsed
 * from the text the first time a rule asks for it, which is only when a rule
 * reports on this message or reads its body.
 */
function lazyMessage(file: string, textOf: () => string, summary: Summary, site: Plan['site']): Message {
  let full: Message | undefined;
  let source: SourceText | undefined;
  let text: string | undefined;
  const read = () => (text ??= textOf());
  const load = () => (full ??= loadMessage({ file, text: read() }, site));
  const message = {
    file,
    fields: summary.fields,
    ...(summary.url !== undefined ? { url: summary.url } : {}),
    slug: summary.slug,
    lang: summary.lang,
    frontMatterReadable: summary.frontMatterReadable,
    presentKeys: new Set(summary.presentKeys),
  } as Message;
  // The disable comments look at the text first; only a file that has one needs its tree.
  Object.defineProperty(message, 'source', { get: () => full?.source ?? (source ??= new SourceText(read())), enumerable: true });
  for (const key of ['frontMatter', 'data', 'problems', 'tree', 'bodyLine'] as const) {
    Object.defineProperty(message, key, { get: () => load()[key], enumerable: true });
  }
  return message;
}

/** The entries of a cache written under the same key; undefined (start afresh) for a missing, older, foreign or corrupt file. */
function readCache(file: string, key: string, notes: CacheNote[]): CacheFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // none yet (or unreadable: it is written afresh, or the write says why not)
  }
  try {
    const data = JSON.parse(text) as Partial<CacheFile> | null;
    if (data?.magic !== MAGIC || typeof data.files !== 'object' || data.files === null) throw new Error('not a herald cache');
    if (data.format !== FORMAT || data.key !== key) return undefined;
    if (typeof data.written !== 'number') throw new Error('damaged header');
    for (const entry of Object.values(data.files)) {
      if (!isEntry(entry)) throw new Error('damaged entry');
    }
    return data as CacheFile;
  } catch {
    notes.push({ messageId: 'cache-unreadable', data: { file } });
    return undefined;
  }
}

function isEntry(e: unknown): e is Entry {
  const entry = e as Entry | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.hash === 'string' &&
    typeof entry.size === 'number' &&
    typeof entry.mtime === 'number' &&
    typeof entry.summaryHash === 'string' &&
    typeof entry.summary === 'object' &&
    entry.summary !== null &&
    typeof entry.summary.fields === 'object' &&
    Array.isArray(entry.summary.presentKeys) &&
    typeof entry.world === 'string' &&
    typeof entry.summaries === 'string' &&
    [entry.local, entry.fileBound, entry.cross, entry.crossFiles].every(Array.isArray)
  );
}

/** Written to a temporary file and renamed over the old one, so a killed run never leaves half a cache. */
function writeCache(file: string, data: CacheFile, notes: CacheNote[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
    notes.push({ messageId: 'cache-unwritable', data: { file, reason: (error as Error).message } });
  }
}
