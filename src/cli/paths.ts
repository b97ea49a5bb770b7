import path from 'node:path';
import { UsageError } from '../load/errors.js';

/**
 * The absolute path of `relative` under `root`, refusing anything that would
 * land outside it (`..`, an absolute path): commands that write files only
 * ever write inside the project.
 */
export function insideRoot(root: string, relative: string): string {
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(absoluteRoot, relative);
  const rel = path.relative(absoluteRoot, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UsageError(`Refusing to write ${relative}: it is not inside ${absoluteRoot}.`);
  }
  return absolute;
}
