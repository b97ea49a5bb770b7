import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../src/validate/suggest.js';

describe('closest: "did you mean"', () => {
  const sections = ['site', 'segments', 'goals', 'channels', 'campaigns', 'calendar', 'mix', 'rules'];

  it('finds a likely typo', () => {
    expect(closest('segmnts', sections)).toBe('segments');
    expect(closest('chanels', sections)).toBe('channels');
    expect(closest('Goals', sections)).toBe('goals');
  });

  it('counts two swapped letters as one edit, so short words get a suggestion too', () => {
    expect(distance('plian', 'plain')).toBe(1);
    expect(distance('magazjin', 'magazijn')).toBe(1);
    expect(closest('plian', ['plain', 'other'])).toBe('plain');
    expect(closest('siet', sections)).toBe('site');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closest('budget', sections)).toBeUndefined();
    expect(closest('xyz', ['abc'])).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('counts a prefix or an added suffix as close', () => {
    expect(closest('magazijnen', ['magazijn', 'kantoor'])).toBe('magazijn');
    expect(closest('kantoorpersoneel', ['magazijn', 'kantoor'])).toBe('kantoor');
  });

  it('takes any iterable of candidates, such as the keys of a Map', () => {
    const rules = new Map([
      ['quiet-period', 1],
      ['hype', 2],
    ]);
    expect(closest('quiet', rules.keys())).toBe('quiet-period');
    expect(closest('hyp', new Set(['hype', 'mix']))).toBe('hype');
  });

  it('breaks ties alphabetically, whatever the order of the candidates', () => {
    expect(closest('bat', ['cat', 'hat'])).toBe('cat');
    expect(closest('bat', ['hat', 'cat'])).toBe('cat');
  });

  it('is a true edit distance', () => {
    expect(distance('', '')).toBe(0);
    expect(distance('abc', '')).toBe(3);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('abc', 'abc')).toBe(0);
    expect(distance('ab', 'ba')).toBe(1);
    expect(distance('ca', 'abc')).toBe(3);
  });

  it('with a bound, gives the same distance up to the bound and bound + 1 beyond it', () => {
    // Every pair of short strings over a small alphabet (transpositions included), each bound.
    const strings = [''];
    for (let length = 1; length <= 4; length++) {
      for (const s of strings.filter((x) => x.length === length - 1)) for (const ch of 'abc') strings.push(s + ch);
    }
    const pairs = strings.flatMap((a, i) => strings.filter((_, j) => (i * 7 + j) % 5 === 0).map((b) => [a, b] as const));
    let compared = 0;
    for (const [a, b] of pairs) {
      const full = distance(a, b);
      for (const bound of [0, 1, 2, 3]) {
        expect(distance(a, b, bound), `${a} ${b} ${bound}`).toBe(Math.min(full, bound + 1));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(distance('content/2026/roosterapp.md', 'content/2025/kick-off-bijeenkomst.md', 3)).toBe(4);
  });

  it('skipping a shared start and end gives the distance of the whole table', () => {
    // The plain optimal-string-alignment table, over the whole of both strings.
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const all = (alphabet: string, max: number) => {
      const out = [''];
      for (let i = 0; i < out.length; i++) if (out[i]!.length < max) for (const ch of alphabet) out.push(out[i]! + ch);
      return out;
    };
    let compared = 0;
    for (const strings of [all('abc', 4), all('ab', 6)]) {
      for (const a of strings) {
        for (const b of strings) {
          const want = reference(a, b);
          // expect() only on a difference: tens of thousands of passing expects would be most of the time.
          if (distance(a, b) !== want) expect(distance(a, b), `${a} ${b}`).toBe(want);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(30_000);
    expect(distance('content/2026/bericht-101.md', 'content/2026/bericht-110.md')).toBe(1);
  });
});
