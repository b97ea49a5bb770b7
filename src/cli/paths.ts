import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../messages/terminal.js';
import { isInside } from '../model/paths.js';
import { DEFAULT_CACHE_FILE } from '../pipeline/cached-check.js';

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
