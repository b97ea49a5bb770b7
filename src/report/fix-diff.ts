import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/** One file's text before and after the fixes; `file` as the reader's tools name it (relative to where herald runs). */
export interface FileChange {
  file: string;
  before: string;
  after: string;
}

/**
 * `--fix-dry-run`'s output: a unified diff of every file the fixes would
 * change, `a/` and `b/` prefixed as git writes them, so `git apply` (or
 * `patch -p1`) can apply it from the same folder. Line endings are kept as
 * the file has them.
 */
export function fixDiff(changes: readonly FileChange[]): string {
  return changes
    .map(({ file, before, after }) =>
      createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }),
    )
    .join('');
}
