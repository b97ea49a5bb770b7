import path from 'node:path';
import { compose, type Lang } from '../messages/index.js';
import { UsageError } from '../model/errors.js';
import { displayPath, isInside } from '../model/paths.js';

/**
 * The build's write errors in words that say what to do: a full disk, a used
 * up quota, a folder herald may not write to, a read-only file system, a
 * path through a file. The system's own words (`ENOSPC: no space left on
 * device, write`) name neither the folder nor a way out.
 */

/** The catalogue sentence (namespace `terminal`) for each system error code a build's writes can meet. */
const SENTENCE_OF: Readonly<Record<string, string>> = {
  ENOSPC: 'build-no-space',
  EDQUOT: 'build-quota',
  EACCES: 'build-not-writable',
  EPERM: 'build-not-writable',
  EROFS: 'build-read-only',
  ENOTDIR: 'build-not-a-folder',
};

/**
 * Pagefind reports its own write errors as text (Rust's `io::Error`:
 * "No space left on device (os error 28)"); the code each names.
 */
const TEXT_CODES: readonly [RegExp, string][] = [
  [/no space left on device/i, 'ENOSPC'],
  [/disk quota exceeded/i, 'EDQUOT'],
  [/read-only file system/i, 'EROFS'],
  [/permission denied/i, 'EACCES'],
  [/operation not permitted/i, 'EPERM'],
  [/not a directory/i, 'ENOTDIR'],
];

/** The sentence for a write error's code, naming the output folder; undefined for a code that is not about writing. */
export function writeErrorSentence(code: string, out: string, lang: Lang): string | undefined {
  const id = SENTENCE_OF[code];
  return id ? compose(lang, 'terminal', id, { folder: displayPath(out), code }) : undefined;
}

/**
 * A build's error as a UsageError that says what to do, when it is one of
 * the write errors above and about the output folder (`out`, absolute): the
 * folder, what is in it, the build's own folders beside it (`.site.herald-…`)
 * or a folder above it. A full disk and a quota count wherever they happen
 * (a write's error names no path, and reading never fills a disk). Anything
 * else: undefined, and the error stays as it was.
 */
export function explainWriteError(error: unknown, out: string, lang: Lang): UsageError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path: where } = error as NodeJS.ErrnoException;
  const known = typeof code === 'string' ? code : TEXT_CODES.find(([pattern]) => pattern.test(error.message))?.[1];
  if (known === undefined || SENTENCE_OF[known] === undefined) return undefined;
  if (known !== 'ENOSPC' && known !== 'EDQUOT' && typeof where === 'string' && !aboutOutput(path.resolve(where), out)) return undefined;
  const usage = new UsageError(writeErrorSentence(known, out, lang)!);
  usage.cause = error;
  return usage;
}

/** Whether `p` is the output folder, inside it, one of the build's folders beside it, or a folder above it. */
function aboutOutput(p: string, out: string): boolean {
  if (isInside(out, p, true) || isInside(p, out)) return true;
  const parent = path.dirname(out);
  if (!isInside(parent, p)) return false;
  const first = path.relative(parent, p).split(path.sep)[0]!;
  return first.startsWith(`.${path.basename(out)}.herald-`);
}
