import { execFileSync } from 'node:child_process';
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

  it('reads both and builds their sets in under 50 ms in a fresh process', () => {
    // loadVerbList's reading, in plain JavaScript (a fresh Node 20 cannot import the .ts); the best of
    // three, as the tests share the machine with other work.
    const code = `import { readFileSync } from 'node:fs';
const t = performance.now();
for (const lang of ['nl', 'en']) {
  const sections = new Map(); let current;
  for (const line of readFileSync(new URL('../../data/verbs/' + lang + '.txt', ${JSON.stringify(import.meta.url)}), 'utf8').split('\\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) sections.set(line.slice(1, -1), (current = [])); else current.push(line);
  }
  for (const words of sections.values()) new Set(words);
}
console.log(performance.now() - t);`;
    const times = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })));
    expect(Math.min(...times)).toBeLessThan(50);
  });
});
