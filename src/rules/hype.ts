import { z } from 'zod';
import { textsOf, type LocatedText } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { loadWordList } from '../load/word-lists.js';
import { compileTerms, findTerms, type TermMatcher } from '../text/terms.js';
import { replaceInText } from '../scope/fixes.js';
import { termsIn } from '../scope/terms.js';

const lists = loadWordList<{ nl: string[]; en: string[]; except?: string[]; acronyms?: string[] }>('hype');
// Words never used as a name or acronym: a shouted run of them can be lowered safely (see plain-words.yaml).
let plainWords: Set<string> | undefined;
const PLAIN_WORDS = () => {
  if (!plainWords) {
    const plain = loadWordList<{ nl: string[]; en: string[] }>('plain-words');
    plainWords = new Set([...plain.nl, ...plain.en].map((w) => apostrophes(w.toLowerCase())));
  }
  return plainWords;
};
const EXCEPT = compileTerms(lists.except ?? []);
const EXCLAMATIONS = /!{2,}/g;
// A run of words in capitals (spaces between them), as whole words: "DIT IS ECHT BELANGRIJK" is one run.
const CAPITALS_RUN = /(?<![\p{L}\p{N}])\p{Lu}+(?:['’]\p{Lu}+)?(?:[ \t]+\p{Lu}+(?:['’]\p{Lu}+)?)*(?![\p{L}\p{N}])/gu;
// A run shouts when it has a word of five or more capitals (HR, ICT and AVG are shorter), or three words or
// more of which one has four capitals ("DIT IS ECHT"; "AVG EN ICT" is a row of acronyms).
const LOUD_WORD = 5;
const LOUD_RUN_WORDS = 3;
const LOUD_RUN_LONGEST = 4;
// Joined by a hyphen to a part in lower case or digits it is a name in a compound,
// not shouting: UNICEF-actie, COVID-19, de BOVAG-garantie.
const COMPOUND_AFTER = /^[-\u2010\u2011][\p{Ll}\p{N}]/u;
const COMPOUND_BEFORE = /[\p{Ll}\p{N}][-\u2010\u2011]$/u;

// Cheap tests that rule out most prose before the slower patterns run (profiled:
// most blocks have no capitals run and no hype, and the patterns with look-behind
// cost ~70 µs a message on their own).
const MAYBE_SHOUTING = /\p{Lu}{4}/u;
// A year on a gable stone or a chapter number: MDCCXCVI is no shouting (but CIVIL is, being no valid numeral).
const ROMAN_NUMERAL = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const compiled = new WeakMap<object, { terms: TermMatcher | undefined; acronyms: Set<string> }>();

export default defineMessageRule({
  id: 'hype',
  scope: 'message',
  defaultSeverity: 'warning',
  messages: {
    'sales-hype': ['text'],
    'shouting-exclamations': ['text'],
    'shouting-capitals': ['text'],
  },
  options: z
    .object({
      words: z.array(z.string()).default([]),
      allow: z.array(z.string()).default([]),
      /** Upper-case words that are names or acronyms, not shouting (e.g. UNICEF). */
      acronyms: z.array(z.string()).default([]),
    })
    .strict()
    .default({ words: [], allow: [], acronyms: [] }),
  builtIn: {
    words: { file: 'data/wordlists/hype.yaml', entries: [...lists.nl, ...lists.en] },
    acronyms: { file: 'data/wordlists/hype.yaml', entries: lists.acronyms ?? [] },
  },
  check({ message, options, report }) {
    const { source } = message;
    let config = compiled.get(options);
    if (!config) {
      const allow = new Set(options.allow.map((w) => w.toLowerCase()));
      config = {
        terms: compileTerms([...lists.nl, ...lists.en, ...options.words].filter((w) => !allow.has(w.toLowerCase()))),
        acronyms: new Set([...(lists.acronyms ?? []), ...options.acronyms].map((a) => a.toUpperCase())),
      };
      compiled.set(options, config);
    }
    const { terms, acronyms } = config;

    const scan = (located: LocatedText) => {
      const { text, locate } = located;
      const hyped: [number, number][] = [];
      const found = termsIn(located, terms);
      const plain = found.length ? findTerms(EXCEPT, text).map((m) => [m.index, m.index + m.text.length] as const) : [];
      for (const m of found) {
        // "exclusief btw" is a price, not a pitch.
        if (plain.some(([from, to]) => m.index >= from && m.index + m.text.length <= to)) continue;
        hyped.push([m.index, m.index + m.text.length]);
        report({ at: locate(m.index, m.text.length), messageId: 'sales-hype', data: { text: oneLine(m.text) } });
      }
      if (text.includes('!!')) {
        for (const m of text.matchAll(EXCLAMATIONS)) {
          const at = locate(m.index!, m[0].length);
          // `!!` → `!`; not right before `[`, where `![` may start an image (that depends on the rest of the line).
          const fix = replaceInText(message, located, m.index!, m.index! + m[0].length, '!');
          const safe = fix && source.text[fix.range[1]] !== '[';
          report({ at, messageId: 'shouting-exclamations', data: { text: m[0] }, ...(safe ? { fix } : {}) });
        }
      }
      if (!MAYBE_SHOUTING.test(text)) return;
      for (const m of text.matchAll(CAPITALS_RUN)) {
        const run = shoutingPart(text, m.index!, m[0], acronyms);
        if (!run) continue;
        const [start, end] = run;
        // "EXCLUSIEF" is one finding (hype), not two.
        if (hyped.some(([from, to]) => start < to && end > from)) continue;
        const at = locate(start, end - start);
        const lowered = sentenceCase(text, start, text.slice(start, end), acronyms, () => (lowerWords ??= lowerCaseWords(message)));
        const fix = lowered === undefined ? undefined : replaceInText(message, located, start, end, lowered);
        report({ at, messageId: 'shouting-capitals', data: { text: oneLine(text.slice(start, end)) }, ...(fix ? { fix } : {}) });
      }
    };
    let lowerWords: Set<string> | undefined;

    for (const text of textsOf(message, ['title', 'why', 'cta', 'body'])) scan(text);
  },
});

/**
 * The part of a run of capitals that shouts, as [start, end) in `text`, or
 * undefined. A word joined by a hyphen to lower case or digits is a name in a
 * compound (UNICEF-actie, COVID-19) and leaves the run; acronyms from the list
 * and Roman numerals never make it loud.
 */
function shoutingPart(text: string, index: number, run: string, acronyms: ReadonlySet<string>): [number, number] | undefined {
  const words = [...run.matchAll(/\S+/g)].map((w) => ({ word: w[0], start: index + w.index!, end: index + w.index! + w[0].length }));
  const last = words[words.length - 1]!;
  if (COMPOUND_AFTER.test(text.slice(last.end, last.end + 2))) words.pop();
  const first = words[0];
  if (first && COMPOUND_BEFORE.test(text.slice(Math.max(0, first.start - 2), first.start))) words.shift();
  if (words.length === 0) return undefined;
  const plain = (w: string) => acronyms.has(w) || ROMAN_NUMERAL.test(w);
  const loud =
    words.some((w) => w.word.length >= LOUD_WORD && !plain(w.word)) ||
    (words.length >= LOUD_RUN_WORDS && words.filter((w) => !plain(w.word)).some((w) => w.word.length >= LOUD_RUN_LONGEST));
  return loud ? [words[0]!.start, words[words.length - 1]!.end] : undefined;
}

/**
 * A shouted run in sentence case ("DIT IS ECHT BELANGRIJK" → "Dit is echt
 * belangrijk"): a capital only where a sentence starts, acronyms from the
 * list kept. Undefined when any word might be a name or an acronym: a word
 * is lowered only when it is on the list of plain words or the message
 * itself writes it in lower case elsewhere (AMSTERDAM, KPI: no fix).
 */
function sentenceCase(text: string, start: number, run: string, acronyms: ReadonlySet<string>, lowerWords: () => ReadonlySet<string>): string | undefined {
  // A Roman numeral (MIX, CIVIL is none) might be a word or a number: no fix.
  const parts = run.split(/([ \t]+)/);
  let first = true;
  const startsSentence = /(?:^|[.!?]["'”’)]?\s+)["'“‘(]?$/.test(text.slice(0, start));
  const out: string[] = [];
  for (const part of parts) {
    if (/^[ \t]*$/.test(part)) {
      out.push(part);
      continue;
    }
    const capitalise = first && startsSentence;
    first = false;
    if (acronyms.has(part)) {
      out.push(part);
      continue;
    }
    if (ROMAN_NUMERAL.test(part)) return undefined;
    const lower = part.toLowerCase();
    const key = apostrophes(lower);
    if (!PLAIN_WORDS().has(key) && !lowerWords().has(key)) return undefined;
    // English "I" (and "I'm") is a capital wherever it stands.
    const word = key === 'i' || key.startsWith("i'") ? `I${lower.slice(1)}` : lower;
    out.push(capitalise ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  }
  const result = out.join('');
  return result === run ? undefined : result;
}

/** The words a message writes in lower case (title, why, call-to-action, body), apostrophes made straight. */
function lowerCaseWords(message: Parameters<typeof textsOf>[0]): Set<string> {
  const words = new Set<string>();
  for (const { text } of textsOf(message, ['title', 'why', 'cta', 'body'])) {
    for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) if (m[0] === m[0].toLowerCase() && m[0] !== m[0].toUpperCase()) words.add(apostrophes(m[0]));
  }
  return words;
}

function apostrophes(word: string): string {
  return word.replace(/’/g, "'");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
