import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVerbList } from '../../src/load/verb-lists.js';

describe('loadVerbList', () => {
  it('reads the derived Dutch and English verbs', () => {
    const nl = loadVerbList('nl');
    expect(nl.imperatives.size).toBeGreaterThan(7000);
    expect(nl.infinitives.size).toBeGreaterThan(8000);
    for (const verb of ['maak', 'bak', 'leef', 'kies', 'loop', 'zet', 'ga', 'wees', 'reserveer', 'ontdooi', 'luister'])
      expect(nl.imperatives.has(verb), verb).toBe(true);
    // Separable verbs start with the stem ("Vul … in"), so "invul" is none; modals and "heb" have none either.
    for (const word of ['invul', 'aanmeld', 'kun', 'moet', 'heb', 'meer', 'in']) expect(nl.imperatives.has(word), word).toBe(false);
    expect(nl.nounInfinitives.has('vragen')).toBe(true);
    expect(nl.particles).toContain('aan');
    const en = loadVerbList('en');
    for (const verb of ['sweep', 'label', 'thaw', 'install']) expect(en.imperatives.has(verb), verb).toBe(true);
    for (const word of ['party', 'more', 'coffee', 'training']) expect(en.imperatives.has(word), word).toBe(false);
  });

  it('keeps the source and licence in each file', () => {
    expect(readFileSync(new URL('../../data/verbs/nl.txt', import.meta.url), 'utf8')).toMatch(
      /^# .*\n# Source: OpenTaal[^\n]*\n(?:#[^\n]*\n)*# Licence: BSD-3-Clause OR CC-BY-3.0/,
    );
    expect(readFileSync(new URL('../../data/verbs/en.txt', import.meta.url), 'utf8')).toMatch(/wink-lexicon[^\n]*\n[^\n]*MIT licence/);
  });

  it('finds exactly the words of each section, looked up in the file as written (sorted)', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = readFileSync(new URL(`../../data/verbs/${lang}.txt`, import.meta.url), 'utf8');
      const sections = new Map<string, string[]>();
      let current: string[] | undefined;
      for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#')) continue;
        if (line.startsWith('[')) sections.set(line.slice(1, -1), (current = []));
        else current?.push(line);
      }
      const list = loadVerbList(lang);
      const all = [...sections.values()].flat();
      const probes = [...all, ...all.map((w) => `${w}x`), ...all.map((w) => w.slice(0, -1)), '', 'zzz', 'Maak'];
      for (const [name, words] of [
        ['imperatives', list.imperatives],
        ['infinitives', list.infinitives],
        ['noun-infinitives', list.nounInfinitives],
        ['noun-verbs', list.nounVerbs],
      ] as const) {
        const expected = new Set(sections.get(name) ?? []);
        expect(words.size, `${lang} ${name}`).toBe(expected.size);
        expect(
          probes.filter((p) => words.has(p) !== expected.has(p)),
          `${lang} ${name}`,
        ).toEqual([]);
      }
      expect(list.particles).toEqual(sections.get('particles') ?? []);
    }
  });
});
