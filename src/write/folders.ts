import path from 'node:path';

/*
 * Where a build keeps its folders beside the output folder `site/`, and what
 * marks the output folder as herald's. The draft and the swap folder end in
 * the pid of the build that made them: that is the lock (see lock.ts).
 */

/** Marks a folder as herald's output, which a build may replace whole. */
export const SITE_MARKER = '.herald-site';

/** The start of a draft folder's name, before the pid: `.site.herald-tmp-`. */
export function draftPrefix(out: string): string {
  return `.${path.basename(out)}.herald-tmp-`;
}

/** The start of a swap folder's name, before the pid: `.site.herald-old-`. */
export function swapPrefix(out: string): string {
  return `.${path.basename(out)}.herald-old-`;
}

/** The draft folder of this process beside the output folder. */
export function draftFolder(out: string): string {
  return path.join(path.dirname(out), `${draftPrefix(out)}${process.pid}`);
}

/** Where this process parks the previous site between the two renames that swap the new one in. */
export function swapFolder(out: string): string {
  return path.join(path.dirname(out), `${swapPrefix(out)}${process.pid}`);
}

/** The spare's name beside the output folder: `.site.herald-spare` (see spare.ts). */
export function spareFolder(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.herald-spare`);
}
