import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import { isInside } from '../model/paths.js';

/**
 * The absolute path of `relative` under `root`, refusing anything that would
 * land outside it (`..`, an absolute path): commands that write files only
 * ever write inside the project.
 */
export function insideRoot(root: string, relative: string): string {
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(absoluteRoot, relative);
  if (!isInside(absoluteRoot, absolute)) throw new UsageError(`Refusing to write ${relative}: it is not inside ${absoluteRoot}.`);
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
    throw new UsageError(`Refusing to write ${path.relative(root, file)}: its folder links outside ${root}.`);
  }
}
