import { isSpaceCode } from './words.js';
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
 * the slowest rules. Here each word of the text is hashed as it is scanned,
 * and looked up only when a term's first word has the same hash, so text
 * without any term costs one pass over its characters.
 */
export interface TermMatcher {
  /**
   * The term lists this matcher holds: itself for a list of its own
   * (`compileTerms`), else the lists it joins (`joinTerms`), whose terms
   * `findTermsEach` finds list by list in one scan.
   */
  parts: readonly TermMatcher[];
  /** Terms by their first word (lower case), for words the hash cannot take (`hashWord`). */
  byFirstWord: Map<string, Candidate[]>;
  /** Terms whose first word ends in `*`. */
  prefixed: Prefix[];
  /**
   * A bit per hash of a term's first word (its low 16 bits): a word of the
   * text is ruled out by one array read (a term list has a few hundred first
   * words, so few words share a bit with one).
   */
  hashBits: Uint32Array;
  /**
   * The candidates by the hash (`hashWord`) of their first word. Two first
   * words with one hash share a list, which is safe: a term's pattern only
   * matches its own first word.
   */
  byHash: Map<number, Candidate[]>;
  /**
   * Per first character of a prefix (lower case; its code's low byte, so
   * characters may share an entry), a bit per word length (31 = 31 or
   * longer) that a word starting with that prefix can have.
   */
  prefixStarts: Uint32Array;
}

interface Candidate {
  /** Which of the matcher's `parts` the term is from. */
  part: number;
  pattern: RegExp;
  length: number;
  wildcard: boolean;
  /**
   * For a phrase, the first letter of its second word when that is a letter
   * from a to z, else -1: "in het kader van" is tried only where "in" is
   * followed by white space and an h, not at every "in" of a Dutch text.
   */
  second: number;
}

interface Prefix {
  part: number;
  prefix: string;
  pattern: RegExp;
}

const LONG = 31;
/** 2^16 bits. */
const HASH_WORDS = 2048;

export function compileTerms(terms: readonly string[]): TermMatcher | undefined {
  const unique = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  const matcher = emptyMatcher();
  matcher.parts = [matcher];
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
      matcher.prefixed.push({ part: 0, prefix: first, pattern });
      for (let n = Math.min(first.length, LONG); n <= LONG; n++) matcher.prefixStarts[first.charCodeAt(0) & 0xff]! |= 1 << n;
      continue;
    }
    const next = /^\s+([a-z])/.exec(term.slice(first.length));
    const candidate: Candidate = { part: 0, pattern, length: term.length, wildcard, second: next ? next[1]!.charCodeAt(0) : -1 };
    const hash = hashWord(first, 0, first.length);
    if (hash === hash) matcher.hashBits[(hash >>> 5) & (HASH_WORDS - 1)]! |= 1 << (hash & 31);
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

function emptyMatcher(): TermMatcher {
  return { parts: [], byFirstWord: new Map(), prefixed: [], hashBits: new Uint32Array(HASH_WORDS), byHash: new Map(), prefixStarts: new Uint32Array(256) };
}

/**
 * Term lists joined into one matcher: one scan finds the terms of each
 * (`findTermsEach`), as `findTerms` would find them list by list. Two rules
 * that read the same texts share the pass over their characters this way
 * (scope/terms.ts).
 */
export function joinTerms(matchers: readonly TermMatcher[]): TermMatcher {
  const joined = emptyMatcher();
  joined.parts = matchers;
  const add = <K>(map: Map<K, Candidate[]>, key: K, candidates: readonly Candidate[], part: number) =>
    map.set(key, [...(map.get(key) ?? []), ...candidates.map((c) => ({ ...c, part }))]);
  matchers.forEach((matcher, part) => {
    if (matcher.parts.length !== 1) throw new Error('joinTerms joins lists of their own (compileTerms)');
    for (let k = 0; k < HASH_WORDS; k++) joined.hashBits[k]! |= matcher.hashBits[k]!;
    for (let k = 0; k < 256; k++) joined.prefixStarts[k]! |= matcher.prefixStarts[k]!;
    for (const [hash, candidates] of matcher.byHash) add(joined.byHash, hash, candidates, part);
    for (const [word, candidates] of matcher.byFirstWord) add(joined.byFirstWord, word, candidates, part);
    joined.prefixed.push(...matcher.prefixed.map((p) => ({ ...p, part })));
  });
  return joined;
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
 * What the scan needs of a character, in one read: -1 when it is no word
 * character, else its one-character lower case (`lowerCode`) in the low 16
 * bits, with NO_LOWER set when it has none (then the low bits are 0). Filled
 * on first use (0: not yet); one table instead of `classes` and `lowerCodes`
 * because the scan reads every character of every text.
 */
const charInfos = new Int32Array(0x10000);
const NO_LOWER = 1 << 16;
const WORD = 1 << 17;

function fillCharInfo(code: number): number {
  if (!isWordCode(code)) return -1;
  const lower = lowerCode(code);
  return lower === 0 || code === SIGMA ? WORD | NO_LOWER : WORD | lower;
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
 * Every term of a list in `text`, longest first at each word. The scan works
 * on char codes and hashes each word's lower case as it goes: a word is ruled
 * out by its hash before anything is sliced or lower-cased (the text is one
 * allocation-free pass; lower-casing all prose up front cost as much as the
 * scan, and slicing every candidate word out most of the rest).
 */
export function findTerms(matcher: TermMatcher | undefined, text: string): TermMatch[] {
  if (!matcher) return NO_MATCHES;
  return scan(matcher, text, 0)?.out[0] ?? NO_MATCHES;
}

/** The terms of each list of a joined matcher (`joinTerms`) in `text`, in the order of its lists. */
export function findTermsEach(matcher: TermMatcher, text: string): TermMatch[][] {
  const found = scan(matcher, text, 0);
  return matcher.parts.map((_, part) => found?.out[part] ?? NO_MATCHES);
}

/** What a scan found, per list; made at the first match (most texts have none). */
interface Found {
  out: (TermMatch[] | undefined)[];
  /** Per list, where its next match may start: a match covers the words it spans, for its own list. */
  resume: number[];
  /** Per list, where a match ended inside a word (see `record`). */
  tails: (number | undefined)[];
}

function scan(matcher: TermMatcher, text: string, from: number): Found | undefined {
  let found: Found | undefined;
  const { hashBits, byHash, prefixed, prefixStarts } = matcher;
  const n = text.length;
  let i = from;
  while (i < n) {
    // The table is read inline, not through a function: a call per character cost a fifth of the scan.
    let code = text.charCodeAt(i);
    let info = charInfos[code]!;
    if (info === 0) info = charInfos[code] = fillCharInfo(code);
    if (info < 0) {
      i++;
      continue;
    }
    const start = i;
    // The hash of the word's lower case, as `hashWord` makes it, and whether every character has a
    // one-character lower case of its own (not İ, nor Σ, which lower-cases by its place in the word).
    let hash = 0;
    let flags = 0;
    for (;;) {
      hash = (Math.imul(hash, 31) + (info & 0xffff)) | 0;
      flags |= info;
      if (++i >= n) break;
      code = text.charCodeAt(i);
      info = charInfos[code]!;
      if (info === 0) info = charInfos[code] = fillCharInfo(code);
      if (info < 0) break;
    }
    const hashable = (flags & NO_LOWER) === 0;
    const maybePrefixed = prefixed.length > 0 && maybeStartsPrefix(prefixStarts, text, start, i);
    let exact: Candidate[] | undefined;
    if (!hashable) exact = matcher.byFirstWord.get(text.slice(start, i).toLowerCase());
    else if (((hashBits[(hash >>> 5) & (HASH_WORDS - 1)]! >>> (hash & 31)) & 1) === 1) exact = byHash.get(hash);
    // Most words start no term: they cost the hash and one array read.
    if (!exact && !maybePrefixed) continue;
    // Each list's candidates longest first: the first that matches is that list's match here.
    if (exact) {
      for (const { part, pattern, wildcard, second } of exact) {
        if ((found && found.resume[part]! > start) || (second !== -1 && !mayFollow(text, i, second))) continue;
        const length = matchAt(pattern, text, start, wildcard);
        if (length) found = record(found, matcher, text, part, start, length);
      }
    }
    if (maybePrefixed) {
      for (const { part, prefix, pattern } of prefixed) {
        if ((found && found.resume[part]! > start) || !startsWithLower(text, start, i, prefix)) continue;
        const length = matchAt(pattern, text, start, true);
        if (length) found = record(found, matcher, text, part, start, length);
      }
    }
  }
  // A list whose match ended inside a word goes on from there by itself (see `record`).
  found?.tails.forEach((tail, part) => {
    if (tail === undefined) return;
    const rest = scan(matcher.parts[part]!, text, tail)?.out[0];
    if (rest) found.out[part]!.push(...rest);
  });
  return found;
}

/**
 * Keeps a list's match. A match that ends inside a word (a phrase before an
 * apostrophe: "nu of nooit's") leaves the rest of that word to be read as a
 * word of its own, as a scan of that list alone goes on from there.
 */
function record(found: Found | undefined, matcher: TermMatcher, text: string, part: number, start: number, length: number): Found {
  const parts = matcher.parts.length;
  found ??= {
    out: new Array<TermMatch[] | undefined>(parts).fill(undefined),
    resume: new Array<number>(parts).fill(0),
    tails: new Array<number | undefined>(parts).fill(undefined),
  };
  const matched = text.slice(start, start + length);
  (found.out[part] ??= []).push({ term: matched.toLowerCase(), index: start, text: matched });
  const stop = start + length;
  if (stop < text.length && isWordCode(text.charCodeAt(stop)) && isWordCode(text.charCodeAt(stop - 1))) {
    found.resume[part] = Infinity;
    found.tails[part] = stop;
  } else {
    found.resume[part] = stop;
  }
  return found;
}

/** Whether the word text[start, end) may start with one of the prefixes (`prefixStarts`). */
function maybeStartsPrefix(prefixStarts: Uint32Array, text: string, start: number, end: number): boolean {
  const first = lowerCode(text.charCodeAt(start));
  return first === 0 || ((prefixStarts[first & 0xff]! >>> Math.min(end - start, LONG)) & 1) === 1;
}

/**
 * Whether white space and then `second` (a to z) may follow text[end]: the
 * test a phrase's pattern would make first, read off the char codes. A
 * character outside ASCII after the space is left to the pattern, whose
 * case-insensitive matching knows more than lower case (K, the Kelvin sign,
 * is a k to it).
 */
function mayFollow(text: string, end: number, second: number): boolean {
  let k = end;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  if (k === end || k === text.length) return false;
  const code = text.charCodeAt(k);
  return code >= 128 || (code | 0x20) === second;
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
