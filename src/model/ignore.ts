import picomatch from 'picomatch';

/**
 * Ignore patterns: globs relative to the project root (the plan's `ignore:`
 * and `--ignore-pattern`) of files under content/ that are not messages. An
 * ignored file is not part of the project: it is not read, linted, counted by
 * the cross-message rules nor published, and a link to it is broken like a
 * link to a file that does not exist (else the build would publish a file the
 * team asked herald to leave alone).
 */

// Brackets, braces and parentheses must close: "content/[draft" is a typo, not a pattern for a file named "[draft".
const OPTIONS: picomatch.PicomatchOptions = { strictBrackets: true, dot: true };

/** Whether herald can use `pattern`: it parses, and it is relative to the project root without leaving it. */
export function isIgnorePattern(pattern: string): boolean {
  if (pattern.trim() === '' || pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) return false;
  if (pattern.split('/').includes('..')) return false;
  try {
    picomatch.makeRe(pattern, OPTIONS);
    return true;
  } catch {
    return false;
  }
}

/** A test for files (relative to the root, forward slashes); patterns herald cannot use are left out (they are reported where they are written). */
export function ignoreMatcher(patterns: readonly string[]): (file: string) => boolean {
  const usable = patterns.filter(isIgnorePattern).map((p) => (p.startsWith('./') ? p.slice(2) : p));
  if (usable.length === 0) return () => false;
  const match = picomatch(usable, OPTIONS);
  return (file) => match(file);
}
