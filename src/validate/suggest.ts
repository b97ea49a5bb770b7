/**
 * The candidate closest to `input`, if it is close enough to be a likely
 * typo: at most a third of the word's length, and never more than 3 edits.
 * Swapping two neighbouring letters ("plian") counts as one edit.
 */
export function closest(input: string, candidateIterable: Iterable<string>): string | undefined {
  // Two passes below: an iterator (Map.keys()) would be empty on the second.
  const candidates = [...candidateIterable];
  const needle = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Only a candidate within `limit` edits is ever returned by this pass, and
    // the edit distance is at least the difference in length: skip the rest
    // (broken-link offers thousands of file names).
    if (Math.abs(candidate.length - needle.length) > limit) continue;
    const d = distance(needle, candidate.toLowerCase(), limit);
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

/** The edit-distance table, grown when needed and reused by every call. */
let table = new Int32Array(1024);

/**
 * Edit distance where an insertion, a deletion, a substitution or swapping
 * two adjacent characters each count one (optimal string alignment). With a
 * `bound`, any distance over it comes back as `bound + 1` as soon as a row
 * shows it: "did you mean" only wants near candidates, and broken-link offers
 * thousands. One table is reused, since a new one per candidate was 50 MB of
 * garbage on the 10,000-message benchmark.
 */
export function distance(a: string, b: string, bound = Infinity): number {
  if (a === b) return 0;
  // A shared start or end costs no edit, so only what lies between needs the
  // table: file paths share "content/2026/" and ".md".
  const shortest = Math.min(a.length, b.length);
  let start = 0;
  while (start < shortest && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < shortest - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  if (start > 0 || end > 0) {
    a = a.slice(start, a.length - end);
    b = b.slice(start, b.length - end);
  }
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (table.length < rows * cols) table = new Int32Array(rows * cols * 2);
  const d = table;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  let previousMin = 0;
  for (let i = 1; i < rows; i++) {
    let rowMin = d[i * cols]!;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
      if (best < rowMin) rowMin = best;
    }
    // A row's minimum is at least the smaller of the row above's and (a
    // transposition) the one two above plus one: once two rows are past the
    // bound, every later row is too.
    if (rowMin > bound && previousMin >= bound) return bound + 1;
    previousMin = rowMin;
  }
  return Math.min(d[rows * cols - 1]!, bound + 1);
}
