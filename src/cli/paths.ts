import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../messages/terminal.js';
import { isInside } from '../model/paths.js';
import { compose } from '../messages/index.js';
import type { Lang } from '../messages/catalogue.js';
import { DEFAULT_CACHE_FILE, type CacheNote } from '../pipeline/cached-check.js';
import { VERSION } from './version.js';

/**
 * The absolute path of `relative` under `root`, refusing anything that would
 * land outside it (`..`, an absolute path): commands that write files only
 * ever write inside the project.
 */
export function insideRoot(root: string, relative: string): string {
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(absoluteRoot, relative);
  if (!isInside(absoluteRoot, absolute)) throw usageError('usage-write-outside-root', { file: relative, root: absoluteRoot });
  return absolute;
}

/**
 * Makes the folder for a file and checks that it really is inside the root,
 * also after following symbolic links: a `content/2026` that links elsewhere
 * must not turn `herald new` into a write outside the project.
 */
export function makeParentInside(root: string, file: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  if (!isInside(realpathSync(root), realpathSync(dir), true)) {
    throw usageError('usage-write-links-outside', { file: path.relative(root, file), root });
  }
}

/**
 * Where `--cache` keeps the check's cache: `--cache-location` from the
 * working directory (ESLint's reading), keeping a trailing separator, which
 * says "a folder" also for one that does not exist yet (`cacheFilePath`);
 * without it, `.herald-cache` in the project root.
 */
export function cacheLocation(root: string, given: string | undefined): string {
  if (given === undefined) return path.join(root, DEFAULT_CACHE_FILE);
  return path.resolve(given) + (/[\\/]$/.test(given) ? path.sep : '');
}

/** The cache of `check` and `build`: on with `--cache` or `--cache-location`, else undefined. */
export function cacheOptions(
  root: string,
  options: { cache?: boolean; cacheLocation?: string | undefined },
): { location: string; version: string } | undefined {
  if (!options.cache && options.cacheLocation === undefined) return undefined;
  return { location: cacheLocation(root, options.cacheLocation), version: VERSION };
}

/** What the cache has to say (it could not be read, or written), on standard error. */
export function printCacheNotes(lang: Lang, notes: readonly CacheNote[]): void {
  for (const note of notes) process.stderr.write(`herald: ${compose(lang, 'cache', note.messageId, note.data)}\n`);
}
