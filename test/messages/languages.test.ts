import { describe, expect, it } from 'vitest';
import { composeFrom, sectionsOf, type Catalogue } from '../../src/messages/catalogue.js';
import { CATALOGUES, chooseLang, LANGS, parseLang, placeholdersOf, type Lang } from '../../src/messages/index.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';

/** Every `namespace/messageId` of a catalogue. */
function idsOf(catalogue: Catalogue): string[] {
  return Object.entries(catalogue).flatMap(([namespace, sentences]) => Object.keys(sentences).map((id) => `${namespace}/${id}`));
}

function templateOf(catalogue: Catalogue, id: string): string {
  const [namespace, messageId] = id.split(/\/(.*)/) as [string, string];
  return catalogue[namespace]![messageId]!;
}

/** The words a template looks up by value (`{{type:type}}`): they must exist in every language alike. */
function wordIdsOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{(\w+):([\w-]+)\}\}/g)].map((m) => `${m[1]}:${m[2]}`))].sort();
}

const PAIRS: [Lang, Lang][] = [
  ['en', 'nl'],
  ['nl', 'en'],
];

describe('the catalogues of every language', () => {
  it('registers one catalogue per language herald speaks', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGS].sort());
    expect(CATALOGUES).toEqual({ en, nl });
  });

  it.each(PAIRS)('has a sentence in %s for every message id, and %s translates every one of them', (from, to) => {
    const missing = idsOf(CATALOGUES[from]).filter((id) => CATALOGUES[to][id.split('/')[0]!]?.[id.split(/\/(.*)/)[1]!] === undefined);
    expect(missing, `ids of ${from} with no sentence in ${to}`).toEqual([]);
  });

  it.each(PAIRS)('uses in %s exactly the placeholders and looked-up words of %s', (from, to) => {
    for (const id of idsOf(CATALOGUES[from])) {
      const mine = templateOf(CATALOGUES[from], id);
      const theirs = templateOf(CATALOGUES[to], id);
      expect(placeholdersOf(mine), `${id}: placeholders in ${from} and ${to}`).toEqual(placeholdersOf(theirs));
      expect(sectionsOf(mine), `${id}: sections in ${from} and ${to}`).toEqual(sectionsOf(theirs));
      expect(wordIdsOf(mine), `${id}: looked-up words in ${from} and ${to}`).toEqual(wordIdsOf(theirs));
    }
  });
});

/** A value for every placeholder name, so each sentence reads as a writer would see it. */
const SAMPLE: Record<string, unknown> = {
  actual: 'text',
  allowed: ['title', 'date', 'audience'],
  against: 'surface',
  attribute: 'onload',
  budget: 2,
  campaign: 'invoering-app',
  channel: 'intranet',
  code: 'BAD_INDENT',
  color: '#7a8a9a',
  count: 3,
  date: '2026-03-07',
  days: 5,
  effective: '2026-03-10',
  element: 'script',
  encoding: 'ISO-8859-1',
  error: 'EACCES',
  errors: 2,
  extension: 'html',
  field: 'cta.text',
  file: 'sitemap.xml',
  files: 31,
  fixes: 4,
  first: '2026-01-05',
  firstFile: 'plans/plan.yaml',
  firstLine: 4,
  folder: 'pagefind',
  from: '2026-04-27',
  goal: 'roosterapp',
  hardWordCount: 1,
  hardWords: ['personeelsplanningssysteem'],
  hazard: 'html-element',
  id: 'magazjin',
  key: 'audiance',
  known: ['magazijn', 'kantoor'],
  language: 'toml',
  last: '2026-06-30',
  leadTimeDays: 14,
  level: 'B1',
  limit: 60,
  line: 12,
  maximum: 7,
  maxWords: 25,
  minimum: 1,
  minScore: 60,
  minWords: 6,
  new: 'magazijn',
  month: '2026-05',
  options: ['news', 'change', 'success', 'dialogue', 'event'],
  otherDates: ['2026-03-03', '2026-03-05'],
  old: 'magazjin',
  others: ['content/2026/a.md', 'content/2026/b.md'],
  page: '/2026/nieuwe-app/',
  path: 'assets/logo.svg',
  plain: 'om',
  percent: 10,
  ratio: '3.37',
  reason: 'Inventarisatieweek',
  score: 41,
  section: 'segments',
  sections: ['site', 'segments', 'goals'],
  sentenceCount: 2,
  sentenceLines: [14, 12],
  sentenceWords: [31, 27],
  segment: 'magazijn',
  segments: ['magazijn', 'chauffeurs'],
  sitePath: '2026/kaart.svg',
  src: 'kaart.png',
  darker: '#5c6a78',
  swapCount: 2,
  swapTo: ['om', 'voor/bij'],
  swaps: ['teneinde', 'in het kader van'],
  syllablesPerWord: 1.9,
  target: 'content/2026/kaart.svg',
  text: 'Klik hier!!',
  total: 10,
  type: 'list',
  until: '2026-05-01',
  url: './kaart.svg',
  value: 'nieuws',
  warnings: 1,
  words: 31,
  wordsPerSentence: 22,
};

/**
 * Every sentence of every message id, in both languages, composed with the
 * sample data: with "did you mean" (`expected`) and the other sections
 * filled, and once more with every section empty, so a reviewer reads each
 * Dutch sentence next to its English one (the snapshot file).
 */
describe('every sentence, composed (the snapshot a reviewer reads)', () => {
  const ids = idsOf(en);
  it.each(ids)('%s', (id) => {
    const [namespace, messageId] = id.split(/\/(.*)/) as [string, string];
    const template = templateOf(en, id);
    // The words looked up by value bring their own placeholders (`{{actual:value}}` → `"{{value}}"`).
    const words = wordIdsOf(template).map((word) => {
      const [name, prefix] = word.split(':') as [string, string];
      const wordId = `${prefix}-${String(SAMPLE[name])}`;
      return en[namespace]?.[wordId] ?? en.common?.[wordId] ?? '';
    });
    const names = [...new Set([template, ...words].flatMap(placeholdersOf))];
    const full = Object.fromEntries(names.filter((n) => n !== 'expected').map((n) => [n, SAMPLE[n] ?? `<${n}>`]));
    const sections = sectionsOf(templateOf(en, id));
    const bare = Object.fromEntries(Object.entries(full).map(([name, v]) => [name, sections.includes(name) ? (Array.isArray(v) ? [] : '') : v]));
    const variants: Record<string, string> = {};
    for (const lang of LANGS) {
      const compose = (data: Record<string, unknown>, expected?: string[]) =>
        composeFrom(CATALOGUES[lang], lang, namespace, messageId, data as never, expected);
      variants[lang] = compose(full, names.includes('expected') ? ['magazijn'] : undefined)!;
      if (sections.length > 0) variants[`${lang}, sections empty`] = compose(bare)!;
      // A placeholder left as written means the sample data or the template has a name the other lacks.
      for (const sentence of Object.values(variants)) expect(sentence).not.toMatch(/\{\{/);
    }
    // The numbers a plural word follows (`{{count|word|words}}`), once more as 1.
    const counted = new Set(LANGS.flatMap((lang) => [...templateOf(CATALOGUES[lang], id).matchAll(/\{\{(\w+)\|/g)].map((m) => m[1]!)));
    if (counted.size > 0) {
      for (const lang of LANGS) {
        const one = Object.fromEntries(Object.entries(full).map(([k, v]) => [k, counted.has(k) ? 1 : v]));
        variants[`${lang}, singular`] = composeFrom(CATALOGUES[lang], lang, namespace, messageId, one as never)!;
      }
    }
    expect(variants).toMatchSnapshot();
  });
});

describe('chooseLang: --lang, else HERALD_LANG, else the plan, else English', () => {
  it('takes the first that is given', () => {
    expect(chooseLang({})).toBe('en');
    expect(chooseLang({ plan: 'nl' })).toBe('nl');
    expect(chooseLang({ env: 'en', plan: 'nl' })).toBe('en');
    expect(chooseLang({ flag: 'nl', env: 'en', plan: 'en' })).toBe('nl');
    expect(chooseLang({ env: '', plan: 'nl' })).toBe('nl');
    expect(chooseLang({ env: 'de', plan: 'nl' })).toBe('nl');
  });

  it('reads HERALD_LANG as LANG is written, and says when it names no language herald speaks', () => {
    expect(['nl', 'EN', ' nl ', 'nl_BE.UTF-8', 'en-GB', 'nl_NL@euro'].map(parseLang)).toEqual(['nl', 'en', 'nl', 'nl', 'en', 'nl']);
    expect([undefined, '', '  '].map(parseLang)).toEqual([undefined, undefined, undefined]);
    expect(['de', 'dutch', 'C', 'C.UTF-8', 'n'].map(parseLang)).toEqual([null, null, null, null, null]);
  });
});
