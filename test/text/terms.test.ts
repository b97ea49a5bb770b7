import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms } from '../../src/text/terms.js';

const found = (terms: string[], text: string) => findTerms(compileTerms(terms), text).map((m) => [m.index, m.text]);

describe('findTerms: words and phrases in a text', () => {
  it('matches whole words in any case, phrases across white space, the longest first', () => {
    expect(found(['teneinde', 'nu', 'nu of nooit'], 'Teneinde dit: NU of\n nooit, nu. Nuance en nutteloos niet.')).toEqual([
      [0, 'Teneinde'],
      [14, 'NU of\n nooit'],
      [28, 'nu'],
    ]);
  });

  it('matches a prefix with a trailing *, and leaves words that only start like a term alone', () => {
    expect(found(['exclusie*', 'mega'], 'Exclusieve actie, exclusief, megafoon en mega!')).toEqual([
      [0, 'Exclusieve'],
      [18, 'exclusief'],
      [41, 'mega'],
    ]);
  });

  it('handles letters outside ASCII, and Σ, whose lower case depends on its place in the word', () => {
    expect(found(['één', 'café'], 'ÉÉN keer naar het CAFÉ; cafés niet.')).toEqual([
      [0, 'ÉÉN'],
      [18, 'CAFÉ'],
    ]);
    expect(found(['οδος'], 'ΟΔΟΣ en οδος')).toEqual([
      [0, 'ΟΔΟΣ'],
      [8, 'οδος'],
    ]);
  });

  it('finds nothing in a text without terms, and nothing with no terms at all', () => {
    expect(found(['teneinde'], 'Vanaf maart staat je rooster in de app.')).toEqual([]);
    expect(findTerms(compileTerms([]), 'teneinde')).toEqual([]);
  });

  it('goes on inside a word where a match ends before an apostrophe, as a scan from there would', () => {
    // A term's first word matches a word of its own length only ("mega" is not in "mega's"), but a phrase may end inside one.
    expect(found(['mega', 'nu of nooit', "'s"], "mega's, nu of nooit's")).toEqual([
      [8, 'nu of nooit'],
      [19, "'s"],
    ]);
  });
});
