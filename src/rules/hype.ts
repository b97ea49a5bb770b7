import { z } from 'zod';
import type { Location } from '../model/diagnostic.js';
import { textInField } from '../lint/locate.js';
import { proseOf } from '../lint/prose.js';
import { defineMessageRule } from '../lint/rule.js';
import { compileTerms, findTerms, loadWordList } from '../lint/word-list.js';

const lists = loadWordList<{ nl: string[]; en: string[] }>('hype');
const EXCLAMATIONS = /!{2,}/g;
// Five or more capitals in a row, as a whole word: shouting. HR, ICT and AVG are shorter.
const SHOUTING = /(?<![\p{L}\p{N}])\p{Lu}{5,}(?![\p{L}\p{N}])/gu;

const compiled = new WeakMap<object, RegExp | undefined>();

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
    if (!compiled.has(options)) {
      const allow = new Set(options.allow.map((w) => w.toLowerCase()));
      compiled.set(options, compileTerms([...lists.nl, ...lists.en, ...options.words].filter((w) => !allow.has(w.toLowerCase()))));
    }
    const terms = compiled.get(options);
    const acronyms = new Set(options.acronyms.map((a) => a.toUpperCase()));

    const scan = (text: string, locate: (offset: number, match: string) => Location) => {
      for (const m of findTerms(terms, text)) {
        report({ at: locate(m.index, m.text), message: `"${m.text}" is sales hype; say plainly what happens and what it means for the reader.` });
      }
      for (const m of text.matchAll(EXCLAMATIONS)) {
        report({ at: locate(m.index!, m[0]), message: `"${m[0]}" shouts; one exclamation mark at most, or none.` });
      }
      for (const m of text.matchAll(SHOUTING)) {
        if (acronyms.has(m[0])) continue;
        report({ at: locate(m.index!, m[0]), message: `"${m[0]}" is written in capitals, which reads as shouting; write it in lower case.` });
      }
    };

    const fields: [string[], string | undefined][] = [
      [['title'], message.fields.title],
      [['why'], message.fields.why],
      [typeof message.frontMatter?.getIn(['cta']) === 'string' ? ['cta'] : ['cta', 'text'], message.fields.cta?.text],
    ];
    for (const [path, value] of fields) {
      if (value) scan(value, (_offset, match) => textInField(message, path, match));
    }
    for (const block of proseOf(message)) scan(block.text, (offset) => block.locate(offset));
  },
});
