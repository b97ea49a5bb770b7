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
    const rules = new Map([['quiet-period', 1], ['hype', 2]]);
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
});
