import { execFileSync } from 'node:child_process';
import { usageError } from '../messages/terminal.js';

/** The catalogue block of check's CI options. */
export const CHECK_OPTIONS = 'check-options';

/**
 * The files changed since `ref` (`--changed-since`), relative to the project
 * root (which may be a folder inside the repository), forward slashes: what
 * `git diff` shows between the merge base of `ref` and HEAD and the working
 * tree (committed on the branch, staged or not), plus untracked files that
 * git does not ignore. The merge base, as `REF...` does: on a pull request,
 * what the base branch did since the branch was made is not the author's.
 */
export function changedFiles(root: string, ref: string): Set<string> {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  try {
    git(['rev-parse', '--is-inside-work-tree']);
  } catch {
    throw usageError('usage-changed-not-git', { dir: root }, CHECK_OPTIONS);
  }
  if (ref.startsWith('-')) throw usageError('usage-changed-unknown-ref', { ref }, CHECK_OPTIONS);
  let base: string;
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw usageError('usage-changed-unknown-ref', { ref }, CHECK_OPTIONS);
  }
  try {
    base = git(['merge-base', ref, 'HEAD']).trim();
  } catch {
    // A shallow clone (CI's default fetch depth) has no common ancestor to compare with.
    throw usageError('usage-changed-no-merge-base', { ref }, CHECK_OPTIONS);
  }
  const split = (out: string) => out.split('\0').filter((f) => f !== '');
  // --relative: paths relative to the project root, and nothing outside it.
  const changed = split(git(['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--relative', base]));
  const untracked = split(git(['ls-files', '-z', '--others', '--exclude-standard']));
  return new Set([...changed, ...untracked]);
}
