import { z } from 'zod';
import { textsOf, type LocatedText } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { loadWordList } from '../load/word-lists.js';
import { MAX_SENTENCE_WORDS, MIN_SCORE, readingEase, strictestLevel, type ReadingLevel, type SentenceStats } from '../text/readability.js';
import { analyseText } from '../text/readability.js';
import { countSyllables } from '../text/syllables.js';
import { compileTerms, type TermMatch, type TermMatcher } from '../text/terms.js';
import { termsIn } from '../scope/terms.js';
import { scanWords } from '../text/words.js';

type Lang = 'nl' | 'en';
const levelNumbers = z.object({ B1: z.number(), B2: z.number(), C1: z.number() }).partial().strict();
const substitutionMap = z.record(z.string(), z.string());

/** Hard word or phrase (lower case) → plain alternative, per language (data/wordlists/substitutions.yaml). */
const BUILT_IN = loadWordList<Record<Lang, Record<string, string>>>('substitutions');

/** The advice names at most this many sentences and words: enough to start with, short enough to read. */
const ADVICE_SENTENCES = 2;
const ADVICE_WORDS = 3;
/** A word is "hard" from this many syllables ("organisatorische" has 7, "rooster" 2). */
const HARD_SYLLABLES = 4;

interface Substitutions {
  matcher: TermMatcher | undefined;
  plain: Map<string, string>;
}

const compiled = new WeakMap<object, Record<Lang, Substitutions>>();

function substitutionsFor(options: { substitutions: Partial<Record<Lang, Record<string, string>>> }): Record<Lang, Substitutions> {
  let out = compiled.get(options);
  if (!out) {
    const build = (lang: Lang): Substitutions => {
      const plain = new Map<string, string>();
      for (const [hard, easy] of Object.entries({ ...BUILT_IN[lang], ...options.substitutions[lang] })) {
        const key = hard.trim().toLowerCase().replace(/\s+/g, ' ');
        if (easy.trim()) plain.set(key, easy.trim());
        else plain.delete(key);
      }
      return { matcher: compileTerms([...plain.keys()]), plain };
    };
    out = { nl: build('nl'), en: build('en') };
    compiled.set(options, out);
  }
  return out;
}

export default defineMessageRule({
  id: 'readability',
  scope: 'message',
  defaultSeverity: 'warning',
  // The score's formula is named in the sentence: Flesch–Douma for a message in Dutch, Flesch reading ease in English.
  // The advice comes first: the longest sentences (their lines and lengths), plain words for hard words the
  // substitution list knows (`swaps` → `swapTo`), other hard words (`hardWords`); `swapCount` and
  // `hardWordCount` are set only when there are any, so the sentence leaves out a clause with nothing in it.
  messages: {
    'sentence-too-long': ['words', 'level', 'maxWords'],
    'hard-to-read-nl': advicePlaceholders(),
    'hard-to-read-en': advicePlaceholders(),
    'plain-word': ['text', 'plain'],
  },
  options: z
    .object({
      minScore: levelNumbers.default({}),
      maxSentenceWords: levelNumbers.default({}),
      /** Below this many words a score says little, so only long sentences are checked. */
      minWords: z.number().int().nonnegative().default(20),
      /** More hard words with their plain alternative, per language; "" switches a built-in one off. */
      substitutions: z.object({ nl: substitutionMap, en: substitutionMap }).partial().strict().default({}),
    })
    .strict()
    .default({ minScore: {}, maxSentenceWords: {}, minWords: 20, substitutions: {} }),
  builtIn: {
    substitutions: {
      file: 'data/wordlists/substitutions.yaml',
      entries: (['nl', 'en'] as const).flatMap((lang) => Object.entries(BUILT_IN[lang]).map(([hard, plain]) => `${lang}: ${hard} → ${plain}`)),
    },
  },
  check({ message, plan, facts, options, report }) {
    const lang: Lang = message.lang;
    const subs = substitutionsFor(options)[lang];

    // Substitutions, wherever the reader reads them: once per hard word per message, whatever the score.
    const swaps = new Map<string, string>();
    // The texts hype read too: textsOf keeps them per message.
    const texts = textsOf(message, ['title', 'why', 'cta', 'body']);
    // The hard words found in the body, kept for the advice.
    const bodyTerms: TermMatch[] = [];
    const blocks: LocatedText[] = [];
    for (const located of texts) {
      if (located.kind === 'tableCell') continue;
      const found = termsIn(located, subs.matcher);
      if (located.scope === 'body') {
        blocks.push(located);
        bodyTerms.push(...found);
      }
      for (const m of found) {
        const key = m.term.replace(/\s+/g, ' ');
        if (swaps.has(key)) continue;
        const plain = subs.plain.get(key);
        if (!plain) continue;
        swaps.set(key, plain);
        report({ at: located.locate(m.index, m.text.length), messageId: 'plain-word', data: { text: m.text.replace(/\s+/g, ' '), plain } });
      }
    }
    if (blocks.length === 0) return;
    const level: ReadingLevel = strictestLevel(facts.audienceOf(message).map((id) => plan.segmentById.get(id)?.readingLevel));
    const minScore = (options.minScore as Partial<Record<ReadingLevel, number>>)[level] ?? MIN_SCORE[level];
    const maxWords = (options.maxSentenceWords as Partial<Record<ReadingLevel, number>>)[level] ?? MAX_SENTENCE_WORDS[level];

    let words = 0;
    let sentences = 0;
    let syllables = 0;
    // Where the hardest sentence is; located only if the score is reported.
    let worst: { stats: SentenceStats; score: number; block: LocatedText } | undefined;
    const analyses: ReturnType<typeof analyseText>[] = [];
    for (const block of blocks) {
      const analysis = analyseText(block.text, lang);
      analyses.push(analysis);
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
        const score = readingEase({ words: sentence.words, sentences: 1, syllables: sentence.syllables }, lang);
        if (sentence.words >= 3 && (!worst || score < worst.score)) worst = { stats: sentence, score, block };
      }
    }
    if (words < options.minWords || sentences === 0) return;
    const score = readingEase({ words, sentences, syllables }, lang);
    if (score >= minScore) return;

    // Every sentence with its block, gathered only for a text that is reported (most are not).
    const all = blocks.flatMap((block, i) => analyses[i]!.sentences.filter((stats) => stats.words > 0).map((stats) => ({ stats, block })));

    // The advice: the longest sentences, in the order of their length (the first in the text on a tie) …
    const longest = [...all].sort((a, b) => b.stats.words - a.stats.words).slice(0, ADVICE_SENTENCES);
    // … the hard words of the body the substitution list knows, then the other words with the most syllables.
    const bodySwaps = new Map<string, { text: string; plain: string }>();
    for (const m of bodyTerms) {
      const key = m.term.replace(/\s+/g, ' ');
      const plain = subs.plain.get(key);
      if (plain && !bodySwaps.has(key) && bodySwaps.size < ADVICE_WORDS) bodySwaps.set(key, { text: m.text.replace(/\s+/g, ' '), plain });
    }
    const hardWords = hardestWords(all, lang, new Set(bodySwaps.keys()), Math.max(1, ADVICE_WORDS - bodySwaps.size));
    const swapList = [...bodySwaps.values()];

    report({
      at: worst ? worst.block.locate(worst.stats.start) : blocks[0]!.locate(0),
      messageId: lang === 'nl' ? 'hard-to-read-nl' : 'hard-to-read-en',
      // The averages rounded as the sentence shows them (one and two decimals); plain numbers, which the catalogue writes in the language ("12,3").
      data: {
        sentenceCount: longest.length,
        sentenceLines: longest.map((s) => s.block.locate(s.stats.start).line),
        sentenceWords: longest.map((s) => s.stats.words),
        ...(swapList.length ? { swapCount: swapList.length } : {}),
        swaps: swapList.map((w) => w.text),
        swapTo: swapList.map((w) => w.plain),
        ...(hardWords.length ? { hardWordCount: hardWords.length } : {}),
        hardWords,
        score,
        minScore,
        level,
        wordsPerSentence: Math.round((words / sentences) * 10) / 10,
        syllablesPerWord: Math.round((syllables / words) * 100) / 100,
      },
    });
  },
});

function advicePlaceholders(): string[] {
  return [
    'sentenceCount',
    'sentenceLines',
    'sentenceWords',
    'swapCount',
    'swaps',
    'swapTo',
    'hardWordCount',
    'hardWords',
    'score',
    'minScore',
    'level',
    'wordsPerSentence',
    'syllablesPerWord',
  ];
}

// A name or an abbreviation is no word to replace: "Rotterdam", "HACCP", "A12".
const NOT_A_WORD = /[\p{Lu}\p{N}]/u;

/**
 * The words of these sentences with the most syllables (at least
 * HARD_SYLLABLES), as written (the first occurrence), each once, longest first; a capital past the
 * sentence's first word or a digit marks a name or code, which is left out.
 */
function hardestWords(sentences: readonly { stats: SentenceStats; block: LocatedText }[], lang: Lang, skip: Set<string>, max: number): string[] {
  const found = new Map<string, { word: string; syllables: number }>();
  for (const { stats, block } of sentences) {
    let first = true;
    scanWords(
      block.text,
      (start, end) => {
        const word = block.text.slice(start, end);
        const isFirst = first;
        first = false;
        if (NOT_A_WORD.test(isFirst ? word.slice(1) : word) || /\p{N}/u.test(word)) return;
        const key = word.toLowerCase();
        if (skip.has(key) || found.has(key)) return;
        const n = countSyllables(word, lang);
        if (n >= HARD_SYLLABLES) found.set(key, { word, syllables: n });
      },
      stats.start,
      stats.end,
    );
  }
  return [...found.values()]
    .sort((a, b) => b.syllables - a.syllables || b.word.length - a.word.length)
    .slice(0, max)
    .map((w) => w.word);
}
