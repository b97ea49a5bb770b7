import hyphenNl, { type PatternTrie } from 'hyphen/nl/index.js';

/*
 * Dutch hyphenation points from the `hyphen` package's nl patterns.
 *
 * hyphenateSync itself is too slow for every word of every message: about
 * 35 µs for a new 20-letter word (closures, string slices and object-key
 * lookups per letter), 8 µs even for a word it has seen, and its cache grows
 * without bound. This walks the same patterns, flattened once into typed
 * arrays (about 2 µs a word), and gives exactly hyphenateSync's results,
 * quirks included (a test compares them).
 */

interface Table {
  /** Alphabet index + 1 per char code below 256; 0: not in any pattern. */
  charIndex: Uint8Array;
  width: number;
  /** next[node * width + charIndex - 1]: child node, 0 for none (0 is the root). */
  next: Uint16Array | Uint32Array;
  /** Levels-table index of the pattern ending at a node, or -1. */
  pattern: Int32Array;
  levels: readonly (readonly number[])[];
}

let table: Table | undefined;

// A dense transition table (about 1.4 MB for nl): measured faster than
// per-node child lists, and far faster than the library's object lookups.
function buildTable(): Table {
  const [levels, trie] = hyphenNl.patterns;
  const charIndex = new Uint8Array(256);
  let width = 0;
  const nodes: PatternTrie[] = [trie];
  const patternOf: number[] = [-1];
  const edges: number[] = []; // parent, char code, child, ...
  for (let id = 0; id < nodes.length; id++) {
    for (const [char, entry] of Object.entries(nodes[id]!)) {
      const code = char.charCodeAt(0);
      if (char.length !== 1 || code > 255) continue; // none exist; skip safely
      if (charIndex[code] === 0) charIndex[code] = ++width;
      edges.push(id, code, nodes.length);
      if (typeof entry === 'number') {
        nodes.push({});
        patternOf.push(entry);
      } else if (Array.isArray(entry)) {
        nodes.push(entry[0]);
        patternOf.push(entry[1]);
      } else {
        nodes.push(entry);
        patternOf.push(-1);
      }
    }
  }
  const next = nodes.length < 0x10000 ? new Uint16Array(nodes.length * width) : new Uint32Array(nodes.length * width);
  for (let e = 0; e < edges.length; e += 3) {
    next[edges[e]! * width + charIndex[edges[e + 1]!]! - 1] = edges[e + 2]!;
  }
  return {
    charIndex,
    width,
    next,
    pattern: Int32Array.from(patternOf),
    levels,
  };
}

// Copied at load, before anything calls hyphenateSync: that adds every word
// it hyphenates to this object.
const EXCEPTIONS: ReadonlyMap<string, readonly number[]> = new Map(Object.entries(hyphenNl.patterns[2] ?? {}));

const DOT = 46;
let scratch = new Uint8Array(64);

/**
 * Offsets in `word` (lower case, letters only) before which the patterns
 * allow a break, ascending. Never 1: the patterns keep at least two letters
 * at the start, and (but for a rare quirk) at the end.
 */
export function dutchBreaks(word: string): readonly number[] {
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;

  const { charIndex, width, next, pattern, levels } = (table ??= buildTable());
  const length = word.length;
  const dotted = length + 2; // ".word."
  if (scratch.length < length + 1) scratch = new Uint8Array(2 * (length + 1));
  const level = scratch;
  level.fill(0, 0, length + 1);
  // Like the library's plain array, levels "grows" when a pattern reaches
  // past the word's end (those slots hold NaN there: never a break), and
  // that moves its final zeroing.
  let size = length + 1;
  for (let j = 0; j + 3 <= dotted; j++) {
    // The library aligns a pattern at the leading dot and one at the first
    // letter to the same slot.
    const at = j === 0 ? 0 : j - 1;
    let node = 0;
    for (let k = j; k < dotted; k++) {
      const code = k === 0 || k === dotted - 1 ? DOT : word.charCodeAt(k - 1);
      const c = code < 256 ? charIndex[code]! : 0;
      if (c === 0) break;
      node = next[node * width + c - 1]!;
      if (node === 0) break;
      const p = pattern[node]!;
      if (p < 0) continue;
      const values = levels[p]!;
      for (let m = 0; m < values.length; m++) {
        const i = at + m;
        if (i > length) {
          if (i + 1 > size) size = i + 1;
        } else if (values[m]! > level[i]!) {
          level[i] = values[m]!;
        }
      }
    }
  }
  const breaks: number[] = [];
  for (let i = 2; i <= length; i++) {
    if ((level[i]! & 1) === 1 && i !== size - 1 && i !== size - 2) breaks.push(i);
  }
  return breaks;
}
