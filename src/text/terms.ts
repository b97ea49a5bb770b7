export interface TermMatch {
  term: string;
  index: number;
  text: string;
}

/**
 * A list of words and phrases, matched case-insensitively on whole words. A
 * trailing `*` matches any ending ("exclusie*"); spaces in a phrase match any
 * run of white space.
 *
 * Why not one big alternation regex: V8 tries every alternative at every
 * position, ~7 µs per paragraph for the hype list, which made `hype` one of
 * the slowest rules. Here each word of the text is looked up in a map from a
 * term's first word to its candidates, and only candidates are tried (a
 * sticky regex at that word), so text without any term costs one scan.
 */
export interface TermMatcher {
  /** Terms by their first word (lower case). */
  byFirstWord: Map<string, { pattern: RegExp; length: number; wildcard: boolean }[]>;
  /** Terms whose first word ends in `*`, as [prefix, pattern]. */
  prefixed: [string, RegExp][];
  /**
   * Per first character (lower case; its code's low byte, so characters may
   * share an entry), a bit per word length (31 = 31 or longer) that some
   * term's first word can have: most words of a text are ruled out by two
   * array reads, without slicing the word out.
   */
  starts: Uint32Array;
  /**
   * The same candidates by the hash (`hashWord`) of their first word: a word
   * is looked up by its hash, never sliced out (the first word of a phrase,
   * such as "nu" or "in", is a common word). Two first words with one hash
   * share a list, which is safe: a term's pattern only matches its own first word.
   */
  byHash: Map<number, { pattern: RegExp; length: number; wildcard: boolean }[]>;
  /** As `starts`, for the prefixes of `prefixed` only. */
  prefixStarts: Uint32Array;
}

const LONG = 31;

export function compileTerms(terms: readonly string[]): TermMatcher | undefined {
  const unique = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  const matcher: TermMatcher = { byFirstWord: new Map(), prefixed: [], starts: new Uint32Array(256), byHash: new Map(), prefixStarts: new Uint32Array(256) };
  /** Marks words starting like `first` and as long as it (or longer, for a prefix) as candidates. */
  const allow = (first: string, orLonger: boolean) => {
    const from = Math.min(first.length, LONG);
    for (let n = from; n <= (orLonger ? LONG : from); n++) {
      matcher.starts[first.charCodeAt(0) & 0xff]! |= 1 << n;
      if (orLonger) matcher.prefixStarts[first.charCodeAt(0) & 0xff]! |= 1 << n;
    }
  };
  for (const term of unique) {
    const wildcard = term.endsWith('*');
    const body = (wildcard ? term.slice(0, -1) : term)
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    // Only the term itself is a regular expression: the word boundary after it and a wildcard's
    // ending are read by `termEnd`. A Unicode class such as \p{L} in a case-insensitive pattern
    // costs ~0.4 ms to compile on first use, per term (40 ms for the hype list alone).
    const pattern = new RegExp(body, 'yiu');
    const first = firstWord(wildcard ? term.slice(0, -1) : term);
    if (wildcard && !/\s/.test(term)) {
      matcher.prefixed.push([first, pattern]);
      allow(first, true);
      continue;
    }
    allow(first, false);
    const candidate = { pattern, length: term.length, wildcard };
    const hash = hashWord(first, 0, first.length);
    for (const [map, key] of [
      [matcher.byFirstWord, first],
      [matcher.byHash, hash],
    ] as const) {
      const list = (map as Map<typeof key, (typeof candidate)[]>).get(key) ?? [];
      list.push(candidate);
      // Longest first, so "nu of nooit" wins over "nu".
      list.sort((a, b) => b.length - a.length);
      (map as Map<typeof key, (typeof candidate)[]>).set(key, list);
    }
  }
  return matcher;
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;
// Non-ASCII characters classified once each (1 = word character, 2 = not):
// Dutch text is full of é and ë, and a Unicode regex test per character was
// a third of this function's time.
const classes = new Uint8Array(0x10000);

for (let c = 0; c < 128; c++) classes[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 ? 1 : 2;

function isWordCode(code: number): boolean {
  let k = classes[code]!;
  if (k === 0) classes[code] = k = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}

function isWordChar(text: string, index: number): boolean {
  return isWordCode(text.charCodeAt(index));
}

/** The first run of letters, digits and apostrophes of a term ("game" of "game-changer"). */
function firstWord(term: string): string {
  let end = 0;
  while (end < term.length && isWordChar(term, end)) end++;
  return term.slice(0, Math.max(end, 1));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WILDCARD_CHAR = /[\p{L}\p{N}'’-]/u;
// Code points classified once each (1 = in the class, 2 = not), as `classes` above.
const letterOrDigit = new Uint8Array(0x10000);
const wildcardChar = new Uint8Array(0x10000);

function inClass(table: Uint8Array, re: RegExp, code: number): boolean {
  if (code > 0xffff) return re.test(String.fromCodePoint(code));
  let k = table[code]!;
  if (k === 0) table[code] = k = re.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}

/**
 * Where a term found at `end` ends: a wildcard term (`exclusie*`) takes the
 * letters, digits, apostrophes and hyphens after it; then no letter or digit
 * may follow (a whole word), else -1. What `…[\p{L}\p{N}'’-]*(?![\p{L}\p{N}])`
 * in the pattern would do, read code point by code point.
 */
function termEnd(text: string, end: number, wildcard: boolean): number {
  if (wildcard) {
    let code: number | undefined;
    while ((code = text.codePointAt(end)) !== undefined && inClass(wildcardChar, WILDCARD_CHAR, code)) end += code > 0xffff ? 2 : 1;
  }
  const next = text.codePointAt(end);
  return next !== undefined && inClass(letterOrDigit, LETTER_OR_DIGIT, next) ? -1 : end;
}

// Lower case of each BMP character by code, filled on first use (0: not yet,
// or more than one character, as for İ, which then has no shortcut).
const lowerCodes = new Uint16Array(0x10000);
for (let c = 0; c < 128; c++) lowerCodes[c] = c >= 65 && c <= 90 ? c + 32 : c;

function lowerCode(code: number): number {
  let lower = lowerCodes[code]!;
  if (lower === 0 && code !== 0) {
    const lowered = String.fromCharCode(code).toLowerCase();
    lowerCodes[code] = lower = lowered.length === 1 ? lowered.charCodeAt(0) : 0;
  }
  return lower;
}

/**
 * A hash of text[from, to) in lower case, char by char as the scan sees it;
 * NaN when a character has no one-character lower case of its own (İ, or Σ,
 * which lower-cases by its place in the word), so the caller compares the
 * word itself.
 */
function hashWord(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const lower = lowerCode(code);
    if (lower === 0 || code === SIGMA) return NaN;
    h = (Math.imul(h, 31) + lower) | 0;
  }
  return h;
}

const SIGMA = 0x3a3;

/**
 * Every term in `text`, longest first at each word. The scan works on char
 * codes: a word is ruled out by its first letter and length, then by a hash
 * of its lower case, before anything is sliced or lower-cased (the text is
 * one allocation-free pass; lower-casing all prose up front cost as much as
 * the scan, and slicing every candidate word out most of the rest).
 */
export function findTerms(matcher: TermMatcher | undefined, text: string): TermMatch[] {
  if (!matcher) return NO_MATCHES;
  // Allocated on the first match only: most texts have none (every text of every message is scanned).
  let out: TermMatch[] | undefined;
  const { starts, byHash, prefixed, prefixStarts } = matcher;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    do i++;
    while (i < n && isWordCode(text.charCodeAt(i)));
    const first = lowerCode(text.charCodeAt(start));
    const length = Math.min(i - start, LONG);
    if (first !== 0 && ((starts[first & 0xff]! >>> length) & 1) === 0) continue;
    const hash = hashWord(text, start, i);
    // NaN: a character the hash cannot take (İ, Σ); then the word itself, lower-cased as a whole.
    const exact = hash === hash ? byHash.get(hash) : matcher.byFirstWord.get(text.slice(start, i).toLowerCase());
    const maybePrefixed = first === 0 || ((prefixStarts[first & 0xff]! >>> length) & 1) === 1;
    if (!exact && !maybePrefixed) continue;
    // Most words start no term: they cost a map lookup (an exact candidate) or a few char codes (a prefix) and nothing else.
    let matched = 0;
    if (exact) {
      for (const { pattern, wildcard } of exact) if ((matched = matchAt(pattern, text, start, wildcard))) break;
    }
    if (!matched && maybePrefixed) {
      for (const [prefix, pattern] of prefixed) if (startsWithLower(text, start, i, prefix) && (matched = matchAt(pattern, text, start, true))) break;
    }
    if (matched) {
      const found = text.slice(start, start + matched);
      (out ??= []).push({ term: found.toLowerCase(), index: start, text: found });
      i = start + matched;
    }
  }
  return out ?? NO_MATCHES;
}

/** What `findTerms` returns for a text without terms: one shared, frozen empty list. */
const NO_MATCHES: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

/** Tries a term's sticky pattern at a word: the length of the match, or 0. */
function matchAt(pattern: RegExp, text: string, at: number, wildcard: boolean): number {
  pattern.lastIndex = at;
  if (!pattern.test(text)) return 0;
  const end = termEnd(text, pattern.lastIndex, wildcard);
  return end === -1 ? 0 : end - at;
}

/**
 * Whether the word text[from, to), in lower case, starts with `prefix` (lower
 * case), read off the char codes; a word with a character that has no
 * one-character lower case of its own (İ, Σ) is sliced and lower-cased whole,
 * as `String.prototype.toLowerCase` does it.
 */
function startsWithLower(text: string, from: number, to: number, prefix: string): boolean {
  if (to - from < prefix.length) {
    for (let i = from; i < to; i++)
      if (lowerCode(text.charCodeAt(i)) === 0 || text.charCodeAt(i) === SIGMA) return text.slice(from, to).toLowerCase().startsWith(prefix);
    return false;
  }
  for (let k = 0; k < prefix.length; k++) {
    const code = text.charCodeAt(from + k);
    const lower = lowerCode(code);
    if (lower === 0 || code === SIGMA) return text.slice(from, to).toLowerCase().startsWith(prefix);
    if (lower !== prefix.charCodeAt(k)) return false;
  }
  return true;
}
