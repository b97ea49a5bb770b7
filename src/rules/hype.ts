import { z } from 'zod';
import { textsOf, type LocatedText } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { loadWordList } from '../load/word-lists.js';
import { compileTerms, findTerms, type TermMatcher } from '../text/terms.js';

const lists = loadWordList<{ nl: string[]; en: string[]; except?: string[]; acronyms?: string[] }>('hype');
const EXCEPT = compileTerms(lists.except ?? []);
const EXCLAMATIONS = /!{2,}/g;
// Five or more capitals in a row, as a whole word: shouting. HR, ICT and AVG are shorter.
const SHOUTING = /(?<![\p{L}\p{N}])\p{Lu}{5,}(?![\p{L}\p{N}])/gu;
// Joined by a hyphen to a part in lower case or digits it is a name in a compound,
// not shouting: UNICEF-actie, COVID-19, de BOVAG-garantie.
const COMPOUND_AFTER = /^[-\u2010\u2011][\p{Ll}\p{N}]/u;
const COMPOUND_BEFORE = /[\p{Ll}\p{N}][-\u2010\u2011]$/u;

// Cheap tests that rule out most prose before the slower patterns run (profiled:
// most blocks have no capitals run and no hype, and the patterns with look-behind
// cost ~70 µs a message on their own).
const MAYBE_SHOUTING = /\p{Lu}{5}/u;
// A year on a gable stone or a chapter number: MDCCXCVI is no shouting (but CIVIL is, being no valid numeral).
const ROMAN_NUMERAL = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const compiled = new WeakMap<object, { terms: TermMatcher | undefined; acronyms: Set<string> }>();

export default defineMessageRule({
  id: 'hype',
  scope: 'message',
  description: 'No sales and marketing hype (nl and en word lists), no "!!", no shouting in capitals; code is not prose.',
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
  rationale:
    'Internal communication is not internal marketing. Colleagues recognise a sales pitch and trust the message less; plain, honest words work better.',
  example: {
    fail: 'title: EXCLUSIEF voor jou!! Unlock je nieuwe rooster',
    pass: 'title: Nieuwe roosterapp vanaf 1 maart',
  },
  check({ message, options, report }) {
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

    const scan = ({ text, locate }: LocatedText) => {
      const hyped: [number, number][] = [];
      const found = findTerms(terms, text);
      const plain = found.length ? findTerms(EXCEPT, text).map((m) => [m.index, m.index + m.text.length] as const) : [];
      for (const m of found) {
        // "exclusief btw" is a price, not a pitch.
        if (plain.some(([from, to]) => m.index >= from && m.index + m.text.length <= to)) continue;
        hyped.push([m.index, m.index + m.text.length]);
        report({ at: locate(m.index, m.text.length), messageId: 'sales-hype', data: { text: oneLine(m.text) } });
      }
      if (text.includes('!!')) {
        for (const m of text.matchAll(EXCLAMATIONS)) {
          report({ at: locate(m.index!, m[0].length), messageId: 'shouting-exclamations', data: { text: m[0] } });
        }
      }
      if (!MAYBE_SHOUTING.test(text)) return;
      for (const m of text.matchAll(SHOUTING)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (acronyms.has(m[0]) || ROMAN_NUMERAL.test(m[0])) continue;
        if (COMPOUND_AFTER.test(text.slice(end, end + 2)) || COMPOUND_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
        // "EXCLUSIEF" is one finding (hype), not two.
        if (hyped.some(([from, to]) => start < to && end > from)) continue;
        report({ at: locate(start, m[0].length), messageId: 'shouting-capitals', data: { text: m[0] } });
      }
    };

    for (const text of textsOf(message, ['title', 'why', 'cta', 'body'])) scan(text);
  },
});

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

