import { ABBREVIATIONS } from './abbreviations.js';
import { isSpaceCode } from './words.js';

export interface SentenceSpan {
  /** Offset of the trimmed sentence in the input. */
  start: number;
  /** Offset just past the trimmed sentence (exclusive). */
  end: number;
  text: string;
}

// What may start a sentence: upper-case letter, digit, quote, opening bracket.
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{N}"'\u201C\u2018\u201E\u201A\u00AB([]/uy;
const UPPER = /[\p{Lu}\p{Lt}]/uy;
const DIGIT = /\p{Nd}/uy;
const INTERESTING = /[.!?\n\u2026]/g;
const LETTER = /\p{L}/u;
// Longest possible abbreviation or initials ("J.P.K.") before its final dot.
const MAX_TOKEN = Math.max(9, ...Object.values(ABBREVIATIONS).flatMap((list) => Object.keys(list).map((k) => k.length - 1)));
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const DIGIT_CHAR = /\d/;

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
  while (s > 0 && dot - s <= MAX_TOKEN && isTokenChar(text.charCodeAt(s - 1))) s--;
  // A longer word before the dot is neither an abbreviation nor initials.
  const token = dot - s <= MAX_TOKEN ? text.slice(s, dot) : '';
  if (token !== '') {
    const kind = ABBREVIATIONS[lang][token.toLowerCase() + '.'];
    if (kind === 'title' || kind === 'inline') return false;
    if (kind === 'number') return !test(DIGIT, text, next);
    if (kind === 'final') return test(UPPER, text, next);
    if (INITIALS.test(token)) return false;
  }
  return !isListOrdinal(text, dot);
}

function isTokenChar(code: number): boolean {
  if (code < 128) return code === 0x2e || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(String.fromCharCode(code));
}

/** "1." or "a." alone at the start of a line: a list item's number. */
function isListOrdinal(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 3 && DIGIT_CHAR.test(text[i - 1]!)) i--;
  if (i === dot && i > 0 && LETTER.test(text[i - 1]!)) i--;
  if (i === dot) return false;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026; // . ! ? …
}

function isCloser(code: number): boolean {
  // ) ] " ' ” ’ »
  return code === 0x29 || code === 0x5d || code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x201d || code === 0xbb;
}

function isBullet(code: number): boolean {
  return code === 0x2d || code === 0x2a || code === 0x2b || code === 0x2022 || code === 0x2013; // - * + • –
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether a list item ("- ", "• ", "1. ", "2) ") starts after the line break at nl. */
function listItemFollows(text: string, nl: number): boolean {
  let k = nl + 1;
  while (text[k] === ' ' || text[k] === '\t') k++;
  let code = text.charCodeAt(k);
  if (isBullet(code)) {
    k++;
  } else {
    const digits = k;
    while (isDigitCode(text.charCodeAt(k)) && k - digits < 4) k++;
    if (k === digits || k - digits > 3) return false;
    code = text.charCodeAt(k);
    if (code !== 0x2e && code !== 0x29) return false;
    k++;
  }
  return text[k] === ' ' || text[k] === '\t';
}

/**
 * Split prose into sentences. Ends a sentence at ., !, ?, … (or a run of
 * them, with any closing quotes or brackets) followed by whitespace and then
 * an upper-case letter, digit, quote or the end of the text; at blank lines;
 * and before list items on a new line ("- ", "• ", "1. "), so a list without
 * full stops is not read as one long sentence. Not after known
 * abbreviations, initials ("J. de Vries") or list ordinals; never inside
 * 3.5, 09.00 or 1.000 (no whitespace follows those dots).
 *
 * A hand-written scan rather than a regular expression: it runs over every
 * character of every message.
 */
export function splitSentences(text: string, lang: 'nl' | 'en'): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  forEachSentence(text, lang, (start, end) => spans.push({ start, end, text: text.slice(start, end) }));
  return spans;
}

/**
 * `splitSentences` without the list: calls visit(start, end) for each
 * sentence, trimmed, in order. Readability reads every sentence of every
 * message, and needs only where each one is.
 */
export function forEachSentence(text: string, lang: 'nl' | 'en', visit: (start: number, end: number) => void): void {
  const n = text.length;
  const push = (from: number, to: number): void => {
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    if (to > from) visit(from, to);
  };

  let sentenceStart = 0;
  for (let i = 0; i < n; i++) {
    // Jump to the next character that can matter (the regex engine scans
    // far faster than a loop over charCodeAt).
    INTERESTING.lastIndex = i;
    if (!INTERESTING.test(text)) break;
    i = INTERESTING.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      let k = i + 1;
      while (text[k] === ' ' || text[k] === '\t' || text[k] === '\r') k++;
      if (text[k] === '\n') {
        push(sentenceStart, i);
        sentenceStart = i + 1;
        i = k; // the second line break is used up
      } else if (listItemFollows(text, i)) {
        push(sentenceStart, i);
        sentenceStart = i + 1;
      }
      continue;
    }
    if (!isTerminal(code)) continue;

    let after = i + 1;
    while (after < n && isTerminal(text.charCodeAt(after))) after++;
    const singleDot = code === 0x2e && after === i + 1;
    while (after < n && isCloser(text.charCodeAt(after))) after++;
    const at = i;
    // Resume right after the punctuation: a blank line may follow.
    i = after - 1;

    let next = after;
    if (next < n) {
      if (!isSpaceCode(text.charCodeAt(next))) continue;
      while (next < n && isSpaceCode(text.charCodeAt(next))) next++;
      if (next < n && !test(SENTENCE_START, text, next)) continue;
    }
    if (singleDot && !fullStopEnds(text, at, next, lang)) continue;
    push(sentenceStart, after);
    sentenceStart = after;
  }
  push(sentenceStart, n);
}
