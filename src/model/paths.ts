import path from 'node:path';

/** The project's folders: the plan and the messages (with the files beside them). */
export const PLANS_DIR = 'plans';
export const CONTENT_DIR = 'content';

/** What a file is to herald, by its path relative to the project root: a message (content/**.md), a plan file (plans/*.yaml), or neither. */
export function projectFileKind(relative: string): 'message' | 'plan' | undefined {
  if (relative.startsWith(`${PLANS_DIR}/`) && !relative.slice(PLANS_DIR.length + 1).includes('/') && /\.ya?ml$/i.test(relative)) return 'plan';
  if (relative.startsWith(`${CONTENT_DIR}/`) && relative.toLowerCase().endsWith('.md')) return 'message';
  return undefined;
}

/**
 * Whether `target` lies inside `root` (both absolute, in the platform's
 * form). A name that merely starts with two dots (`..notes`) is inside;
 * `..` and `../x` are not. `orSame` counts the root itself as inside.
 */
export function isInside(root: string, target: string, orSame = false): boolean {
  const rel = path.relative(root, target);
  if (rel === '') return orSame;
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** A path as the user would type it from the current folder: relative when inside it. */
export function displayPath(absolute: string): string {
  return isInside(process.cwd(), absolute, true) ? path.relative(process.cwd(), absolute) || '.' : absolute;
}
