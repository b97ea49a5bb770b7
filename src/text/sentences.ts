import { ABBREVIATIONS } from './abbreviations.js';

export interface SentenceSpan {
  /** Offset of the trimmed sentence in the input. */
  start: number;
  /** Offset just past the trimmed sentence (exclusive). */
  end: number;
  text: string;
}

// Candidate boundaries, each confirmed or rejected in splitSentences:
// 1. a run of terminal punctuation (?!, !!, ...) with any closing quotes or
//    brackets after it;
// 2. a blank line (a paragraph break);
// 3. a line break before a list item ("- ", "* ", "• ", "1. ", "2) "), so
//    list items without full stops are not read as one long sentence.
const CANDIDATE = /([.!?\u2026]+)[)\]"'\u201D\u2019\u00BB]*|\n[ \t\r]*\n|\n(?=[ \t]*(?:[-*+\u2022\u2013]|\d{1,3}[.)])[ \t])/g;
// What may start a sentence: upper-case letter, digit, quote, opening bracket.
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{N}"'\u201C\u2018\u201E\u201A\u00AB(\[]/uy;
const UPPER = /[\p{Lu}\p{Lt}]/uy;
const DIGIT = /\p{Nd}/uy;
const SPACE = /\s/;
const ABBREV_CHAR = /[\p{L}.]/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const DIGIT_CHAR = /\d/;
const LETTER_CHAR = /\p{L}/u;

function test(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Whether a single full stop at `dot`, followed by whitespace and then
 * `text[next]` (or the end when next === text.length), ends a sentence.
 */
function fullStopEnds(text: string, dot: number, next: number, lang: 'nl' | 'en'): boolean {
  if (next === text.length) return true;
  let s = dot;
  while (s > 0 && ABBREV_CHAR.test(text[s - 1]!)) s--;
  const token = text.slice(s, dot);
  if (token !== '') {
    const kind = ABBREVIATIONS[lang][token.toLowerCase() + '.'];
    if (kind === 'title' || kind === 'inline') return false;
    if (kind === 'number') return !test(DIGIT, text, next);
    if (kind === 'final') return test(UPPER, text, next);
    if (INITIALS.test(token)) return false;
  }
  return !isListOrdinal(text, dot);
}

/** "1." or "a." alone at the start of a line: a list item's number. */
function isListOrdinal(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 3 && DIGIT_CHAR.test(text[i - 1]!)) i--;
  if (i === dot && i > 0 && LETTER_CHAR.test(text[i - 1]!)) i--;
  if (i === dot) return false;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/**
 * Split prose into sentences. Ends a sentence at ., !, ?, … (or a run of
 * them) followed by whitespace and then an upper-case letter, digit, quote or
 * the end of the text, and at blank lines; not after known abbreviations,
 * initials ("J. de Vries") or list ordinals; never inside 3.5, 09.00 or 1.000
 * (no whitespace follows those dots).
 */
export function splitSentences(text: string, lang: 'nl' | 'en'): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && SPACE.test(text[from]!)) from++;
    while (to > from && SPACE.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to, text: text.slice(from, to) });
  };

  let sentenceStart = 0;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const at = m.index;
    const after = at + m[0].length;
    const punct = m[1];
    if (punct === undefined) {
      // Blank line or list item: the break itself separates the sentences.
      push(sentenceStart, at);
      sentenceStart = at + 1;
      continue;
    }
    let next = after;
    if (next < text.length) {
      if (!SPACE.test(text[next]!)) continue;
      while (next < text.length && SPACE.test(text[next]!)) next++;
      // (A blank line in the skipped whitespace is still found as rule 2:
      // the scan resumes right after the punctuation.)
      if (next < text.length && !test(SENTENCE_START, text, next)) continue;
    }
    if (punct === '.' && !fullStopEnds(text, at, next, lang)) continue;
    push(sentenceStart, after);
    sentenceStart = after;
  }
  push(sentenceStart, text.length);
  return spans;
}
