import { forEachSentence } from './sentences.js';
import { syllablesIn } from './syllables.js';
import { scanWords } from './words.js';

export type ReadingLevel = 'B1' | 'B2' | 'C1';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Lowest acceptable reading-ease score per audience level. */
export const MIN_SCORE: Record<ReadingLevel, number> = { B1: 60, B2: 50, C1: 30 };

/** Longest acceptable sentence, in words, per audience level. */
export const MAX_SENTENCE_WORDS: Record<ReadingLevel, number> = { B1: 25, B2: 30, C1: 40 };

/**
 * Flesch–Douma (nl) or Flesch reading ease (en), rounded to one decimal.
 * Higher is easier. Not clamped: very short or very dense texts may fall
 * outside 0–100. With no words the ratios count as 0 (nothing to read is
 * not hard to read); with words but no sentences the text is one sentence.
 */
export function readingEase(counts: TextCounts, lang: 'nl' | 'en'): number {
  const wordsPerSentence = counts.words === 0 ? 0 : counts.words / Math.max(1, counts.sentences);
  const syllablesPerWord = counts.words === 0 ? 0 : counts.syllables / counts.words;
  const score = lang === 'nl' ? 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return Math.round(score * 10) / 10;
}

const STRICTNESS: readonly ReadingLevel[] = ['B1', 'B2', 'C1'];

/** The strictest of several audiences' levels; no level means B1 (the default). */
export function strictestLevel(levels: (ReadingLevel | undefined)[]): ReadingLevel {
  if (levels.length === 0) return 'B1';
  let best = STRICTNESS.length - 1;
  for (const level of levels) {
    const i = level === undefined ? 0 : STRICTNESS.indexOf(level);
    if (i < best) best = i;
  }
  return STRICTNESS[best]!;
}

export interface SentenceStats {
  /** Where the sentence is in the text: text.slice(start, end) is the sentence, trimmed. */
  start: number;
  end: number;
  words: number;
  syllables: number;
}

/**
 * Sentences with their word and syllable counts, and the totals for the
 * whole text. Sentences without a word ("…", a lone list bullet) are left
 * out of both: they are not prose.
 */
export function analyseText(text: string, lang: 'nl' | 'en'): { sentences: SentenceStats[]; counts: TextCounts } {
  const sentences: SentenceStats[] = [];
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0 };
  let words = 0;
  let syllables = 0;
  const visit = (start: number, end: number): void => {
    words++;
    syllables += syllablesIn(text, start, end, lang);
  };
  forEachSentence(text, lang, (start, end) => {
    words = 0;
    syllables = 0;
    scanWords(text, visit, start, end);
    if (words === 0) return;
    sentences.push({ start, end, words, syllables });
    counts.words += words;
    counts.syllables += syllables;
    counts.sentences++;
  });
  return { sentences, counts };
}
