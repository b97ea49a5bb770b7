import { z } from 'zod';
import { textsOf, type LocatedText } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { MAX_SENTENCE_WORDS, MIN_SCORE, readingEase, strictestLevel, type ReadingLevel, type SentenceStats } from '../text/readability.js';
import { analyseText } from '../text/readability.js';

const levelNumbers = z.object({ B1: z.number(), B2: z.number(), C1: z.number() }).partial().strict();

export default defineMessageRule({
  id: 'readability',
  scope: 'message',
  description:
    "Sentences and words are not too long for the audience's reading level: Flesch–Douma (nl) or Flesch reading ease (en) above the level's minimum, and no sentence far too long.",
  defaultSeverity: 'warning',
  // The score's formula is named in the sentence: Flesch–Douma for a message in Dutch, Flesch reading ease in English.
  messages: {
    'sentence-too-long': ['words', 'level', 'maxWords'],
    'hard-to-read-nl': ['score', 'minScore', 'level', 'wordsPerSentence', 'syllablesPerWord'],
    'hard-to-read-en': ['score', 'minScore', 'level', 'wordsPerSentence', 'syllablesPerWord'],
  },
  options: z
    .object({
      minScore: levelNumbers.default({}),
      maxSentenceWords: levelNumbers.default({}),
      /** Below this many words a score says little, so only long sentences are checked. */
      minWords: z.number().int().nonnegative().default(20),
    })
    .strict()
    .default({ minScore: {}, maxSentenceWords: {}, minWords: 20 }),
  rationale:
    'Many colleagues read at language level B1, and frontline staff read on a phone between tasks. Short sentences and common words reach everyone and cost the strongest readers nothing. Code, tables and URLs are not counted.',
  example: {
    fail: 'Teneinde de continuïteit van de bedrijfsvoering te waarborgen wordt de implementatie van het nieuwe roostersysteem gefaseerd gerealiseerd.',
    pass: 'We voeren de nieuwe roosterapp in drie stappen in. Zo blijft het werk doorgaan.',
  },
  check({ message, plan, facts, options, report }) {
    const blocks = textsOf(message, ['body']).filter((b) => b.kind !== 'tableCell');
    if (blocks.length === 0) return;
    const level: ReadingLevel = strictestLevel(facts.audienceOf(message).map((id) => plan.segmentById.get(id)?.readingLevel));
    const minScore = (options.minScore as Partial<Record<ReadingLevel, number>>)[level] ?? MIN_SCORE[level];
    const maxWords = (options.maxSentenceWords as Partial<Record<ReadingLevel, number>>)[level] ?? MAX_SENTENCE_WORDS[level];

    let words = 0;
    let sentences = 0;
    let syllables = 0;
    // Where the hardest sentence is; located only if the score is reported.
    let worst: { stats: SentenceStats; score: number; block: LocatedText } | undefined;
    for (const block of blocks) {
      const analysis = analyseText(block.text, message.lang);
      words += analysis.counts.words;
      sentences += analysis.counts.sentences;
      syllables += analysis.counts.syllables;
      for (const sentence of analysis.sentences) {
        if (sentence.words === 0) continue;
        if (sentence.words > maxWords) {
          report({
            at: block.locate(sentence.start),
            messageId: 'sentence-too-long',
            data: { words: sentence.words, level, maxWords },
          });
        }
        const score = readingEase({ words: sentence.words, sentences: 1, syllables: sentence.syllables }, message.lang);
        if (sentence.words >= 3 && (!worst || score < worst.score)) worst = { stats: sentence, score, block };
      }
    }
    if (words < options.minWords || sentences === 0) return;
    const score = readingEase({ words, sentences, syllables }, message.lang);
    if (score >= minScore) return;
    report({
      at: worst ? worst.block.locate(worst.stats.start) : blocks[0]!.locate(0),
      messageId: message.lang === 'nl' ? 'hard-to-read-nl' : 'hard-to-read-en',
      // The averages as the sentence shows them (one and two decimals), so a catalogue need not round.
      data: { score, minScore, level, wordsPerSentence: (words / sentences).toFixed(1), syllablesPerWord: (syllables / words).toFixed(2) },
    });
  },
});
