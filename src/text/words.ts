export interface WordToken {
  word: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character (exclusive). */
  end: number;
}

/*
 * A word is a run of letters, digits and combining marks (decomposed
 * diacritics), optionally joined by single inner apostrophes (' ’), hyphens
 * (- ‐ ‑) or soft hyphens: collega's, e-mail, zelf-roosteren, don't. A dot,
 * comma or colon between digits joins too (3,5 | 1.000 | 09.00 | 12:30): one
 * number, one word.
 *
 * A hand-written scanner rather than one regular expression: this runs over
 * every word of every message, and Unicode property classes per character
 * are slow, so each BMP character is classified once and remembered.
 */

const OTHER = 1;
const LETTER = 2; // letters and combining marks
const DIGIT = 3;
const classes = new Uint8Array(0x10000);
const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{N}/u;

function classify(ch: string): number {
  return DIGIT_RE.test(ch) ? DIGIT : LETTER_RE.test(ch) ? LETTER : OTHER;
}

/** Class of the character at i; a surrogate pair is classified as a whole. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(i)!));
  let k = classes[code]!;
  if (k === 0) classes[code] = k = classify(String.fromCharCode(code));
  return k;
}

/** Length (1 or 2) of the word character at i, or 0 if there is none before `to`. */
function wordCharLength(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) {
    let k = classes[code]!;
    if (k === 0) classes[code] = k = classify(String.fromCharCode(code));
    return k === OTHER ? 0 : 1;
  }
  return classAt(text, i) !== OTHER && i + 1 < to ? 2 : 0;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0xad;
}

function isNumberJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a;
}

// ASCII classes up front, so the loops below read one table entry per
// character and call out only for the rest.
for (let c = 0; c < 128; c++) classes[c] = classify(String.fromCharCode(c));

/** Calls visit(start, end) for each word in text[from, to). */
export function scanWords(text: string, visit: (start: number, end: number) => void, from = 0, to = text.length): void {
  let i = from;
  while (i < to) {
    // Skip to a word character: most of these are spaces and punctuation.
    const code = text.charCodeAt(i);
    if (code < 128 && classes[code] === OTHER) {
      i++;
      continue;
    }
    let len = wordCharLength(text, i, to);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    i += len;
    for (;;) {
      // The letters of the word, ASCII first.
      for (;;) {
        if (i >= to) break;
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (classes[c] === OTHER) break;
          i++;
        } else if ((len = wordCharLength(text, i, to)) > 0) {
          i += len;
        } else {
          break;
        }
      }
      if (i + 1 >= to) break;
      const joint = text.charCodeAt(i);
      if (isJoiner(joint) && wordCharLength(text, i + 1, to) > 0) {
        i++;
      } else if (isNumberJoiner(joint) && classAt(text, i - 1) === DIGIT && classAt(text, i + 1) === DIGIT) {
        i++;
      } else {
        break;
      }
    }
    visit(start, i);
  }
}

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, (start, end) => tokens.push({ word: text.slice(start, end), start, end }));
  return tokens;
}

const SPACE = /\s/;

/** What `\s` matches, read off the char code: ASCII white space at once, the rest through the regex. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}
