import { z } from 'zod';
import type { Location } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import { fieldLocation } from '../scope/locate.js';
import { proseOf } from '../scope/prose.js';
import { defineMessageRule } from '../model/rule.js';
import { loadWordList } from '../load/word-lists.js';
import { compileTerms, findTerms, type TermMatcher } from '../text/terms.js';
import { findNode } from '../validate/yaml-locate.js';

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

    const scan = (text: string, locate: (offset: number, match: string) => Location) => {
      const hyped: [number, number][] = [];
      const found = findTerms(terms, text);
      const plain = found.length ? findTerms(EXCEPT, text).map((m) => [m.index, m.index + m.text.length] as const) : [];
      for (const m of found) {
        // "exclusief btw" is a price, not a pitch.
        if (plain.some(([from, to]) => m.index >= from && m.index + m.text.length <= to)) continue;
        hyped.push([m.index, m.index + m.text.length]);
        report({ at: locate(m.index, m.text), message: `"${oneLine(m.text)}" is sales hype; say plainly what happens and what it means for the reader.` });
      }
      if (text.includes('!!')) {
        for (const m of text.matchAll(EXCLAMATIONS)) {
          report({ at: locate(m.index!, m[0]), message: `"${m[0]}" shouts; one exclamation mark at most, or none.` });
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
        report({ at: locate(start, m[0]), message: `"${m[0]}" is written in capitals, which reads as shouting; write it in lower case.` });
      }
    };

    const fields: [string[], string | undefined][] = [
      [['title'], message.fields.title],
      [['why'], message.fields.why],
      [typeof message.data.cta === 'string' ? ['cta'] : ['cta', 'text'], message.fields.cta?.text],
    ];
    for (const [path, value] of fields) {
      if (value) scan(value, (offset, match) => locateInField(message, path, value, offset, match));
    }
    for (const block of proseOf(message)) scan(block.text, (offset) => block.locate(offset));
  },
});

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Where the match at `offset` in a front-matter string value sits in the file.
 * The value is not a copy of the source (quotes, folded lines), so the match is
 * searched in the source of the node: the same occurrence (the second
 * "exclusief" is the second one there too), with any run of white space
 * between its words (a folded `>-` scalar breaks lines).
 */
function locateInField(message: Message, path: readonly (string | number)[], value: string, offset: number, match: string): Location {
  const found = message.frontMatter ? findNode(message.frontMatter, path) : undefined;
  const range = found?.complete ? found.node?.range : undefined;
  if (!range) return fieldLocation(message, path);
  const pattern = new RegExp(
    match
      .trim()
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'giu',
  );
  const nth = [...value.matchAll(pattern)].filter((m) => m.index! < offset).length;
  const inSource = [...message.source.text.slice(range[0], range[1]).matchAll(pattern)];
  const hit = inSource[nth] ?? inSource[0];
  if (!hit) return message.source.rangeOf(range[0], range[1]);
  return message.source.rangeOf(range[0] + hit.index!, range[0] + hit.index! + hit[0].length);
}
