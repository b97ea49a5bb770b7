import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, if it is close enough to be a likely
 * typo: at most a third of the word's length, and never more than 3 edits.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A prefix also counts ("magazijn" for "magazijnen"): writers often add or drop a suffix.
  if (best !== undefined && bestDistance <= limit) return best;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (needle.length >= 4 && c.length >= 4 && (c.startsWith(needle) || needle.startsWith(c))) return candidate;
  }
  return undefined;
}

/** " (did you mean "x"?)" or "", for the end of a sentence. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}
