import type { Fix } from '../model/diagnostic.js';

export interface AppliedFixes {
  /** The text with the fixes applied (the input itself when none applied). */
  output: string;
  /** The fixes that were applied, in file order. */
  applied: Fix[];
  /** Fixes left for a later pass: they overlap one applied before them, or fall outside the text. */
  skipped: Fix[];
}

/**
 * Applies a file's fixes to its text, as ESLint's source-code fixer does:
 * sorted by where they start, a fix that overlaps or touches one already
 * taken waits for the next pass, when the file has
 * been linted again and its offsets are fresh. The edits are made back to
 * front, so each one's offsets still hold when it is made. Pure: the same
 * text and fixes give the same output.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const valid: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length) valid.push(fix);
    else skipped.push(fix);
  }
  // Stable: two fixes at the same place keep the order they came in (the first reported wins).
  valid.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let lastEnd = -Infinity;
  for (const fix of valid) {
    const [start, end] = fix.range;
    // A fix that changes nothing is no fix; two edits at the same point would depend on their order.
    if (text.slice(start, end) === fix.text) continue;
    if (start <= lastEnd) {
      skipped.push(fix);
      continue;
    }
    applied.push(fix);
    lastEnd = end;
  }
  let output = text;
  for (let i = applied.length - 1; i >= 0; i--) {
    const { range, text: replacement } = applied[i]!;
    output = output.slice(0, range[0]) + replacement + output.slice(range[1]);
  }
  return { output, applied, skipped };
}
