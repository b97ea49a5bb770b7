export interface WordToken {
  word: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character (exclusive). */
  end: number;
}

// A word is a run of letters, digits and combining marks (decomposed
// diacritics), optionally joined by single inner apostrophes (' ’), hyphens
// (- ‐ ‑) or soft hyphens: collega's, e-mail, zelf-roosteren, don't.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\-\u2010\u2011\u00AD][\p{L}\p{N}\p{M}]+)*/gu;

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
