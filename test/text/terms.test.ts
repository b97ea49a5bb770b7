import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms, findTermsEach, joinTerms } from '../../src/text/terms.js';

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

  it('tries a phrase only where its second word may follow, and leaves letters outside ASCII to the pattern', () => {
    expect(found(['in het kader van'], 'In het\n  KADER van de actie, in hetzelfde kader van, in het kader.')).toEqual([[0, 'In het\n  KADER van']]);
    // The Kelvin sign is a k to a case-insensitive Unicode pattern.
    expect(found(['in kader'], 'in \u212Aader')).toEqual([[0, 'in \u212Aader']]);
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

/** Words and phrases the generated texts are made of: cases, apostrophes, hyphens, prefixes, Greek. */
const PIECES = [
  'mega',
  'MEGA',
  'super',
  'superactie',
  'SUPER-duper',
  'nu',
  'NU',
  'of',
  'nooit',
  "nooit's",
  'één',
  'keer',
  'ΟΔΟΣ',
  'in',
  'het',
  'kader',
  'van',
  'x',
  'megafoon',
  "'s",
];

/** 400 texts of up to `most` pieces with gaps between them, the same on every run (a fixed seed). */
function generatedTexts(pieces: readonly string[], gaps: readonly string[], seed: number, most: number): string[] {
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  return Array.from({ length: 400 }, () => {
    let text = '';
    for (let k = next(most); k >= 0; k--) text += pieces[next(pieces.length)]! + gaps[next(gaps.length)]!;
    return text;
  });
}

/**
 * The scan's shortcuts (a hash per word, a bit table of first words, a table
 * per character) against the plain reading of the same rules: at each word,
 * the terms whose first word it is, longest first, then the prefixes; each a
 * case-insensitive regular expression that must end a whole word.
 */
function reference(terms: string[], text: string): [number, string][] {
  const WORD = /[\p{L}\p{N}'’]/u;
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const unique = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const compiled = unique.map((term) => {
    const wildcard = term.endsWith('*');
    const bare = wildcard ? term.slice(0, -1) : term;
    const ending = (wildcard ? "[\\p{L}\\p{N}'’-]*" : '') + '(?![\\p{L}\\p{N}])';
    return {
      length: term.length,
      first: /^[\p{L}\p{N}'’]*/u.exec(bare)![0] || bare[0]!,
      prefixOnly: wildcard && !/\s/.test(term),
      re: new RegExp(bare.split(/\s+/).map(escape).join('\\s+') + ending, 'yiu'),
    };
  });
  const exact = compiled.filter((c) => !c.prefixOnly).sort((a, b) => b.length - a.length);
  const prefixes = compiled.filter((c) => c.prefixOnly);
  const out: [number, string][] = [];
  let i = 0;
  while (i < text.length) {
    if (!WORD.test(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && WORD.test(text[i]!)) i++;
    const word = text.slice(start, i).toLowerCase();
    const tries = [...exact.filter((c) => c.first === word), ...prefixes.filter((c) => word.startsWith(c.first))];
    for (const c of tries) {
      c.re.lastIndex = start;
      const m = c.re.exec(text);
      if (m) {
        out.push([start, m[0]]);
        i = start + m[0].length;
        break;
      }
    }
  }
  return out;
}

describe('findTerms against the plain reading of its rules', () => {
  it('finds the same terms in generated texts: phrases, prefixes, accents, apostrophes, İ and Σ', () => {
    const terms = [
      'mega',
      'super*',
      'nu of nooit',
      'nu',
      "collega's",
      'één keer',
      'café',
      'οδος',
      'exclusie*',
      'in het kader van',
      'top-notch',
      'İstanbul',
      'ab',
    ];
    const pieces = [
      ...PIECES,
      'Mega',
      "collega's",
      'collega’s',
      'ÉÉN',
      'café',
      'CAFÉ',
      'cafés',
      'οδος',
      'Exclusief',
      'top-notch',
      'İstanbul',
      'istanbul',
      'ab',
      'AB1',
      '12',
      'dit',
    ];
    const gaps = [' ', '  ', '\n', ', ', '. ', '-', '!', ' (', ') ', '’'];
    const matcher = compileTerms(terms);
    for (const text of generatedTexts(pieces, gaps, 7, 30)) {
      expect(
        findTerms(matcher, text).map((m) => [m.index, m.text]),
        text,
      ).toEqual(reference(terms, text));
    }
  });
});

describe('joinTerms: several lists in one scan', () => {
  it("finds each list's terms in one scan of the lists joined, as each list alone would", () => {
    // Lists that overlap: a phrase in one, its first word in another, the same prefix in two.
    const lists = [
      ['mega', 'nu of nooit', 'nu', 'nooit', 'super*', "'s"],
      ['nu', 'of', 'super', 'superactie', 'nooit', 'in het kader van', 'kader', 'van'],
      ['kader', 'super*', 'mega*', 'één keer', 'οδος'],
    ];
    const pieces = ['nu of nooit', 'in het kader van', ...PIECES];
    const gaps = [' ', '\n', ', ', '-', '’'];
    const joined = joinTerms(lists.map((list) => compileTerms(list)!));
    for (const text of generatedTexts(pieces, gaps, 11, 25)) {
      const each = findTermsEach(joined, text).map((found) => found.map((m) => [m.index, m.text]));
      expect(each, text).toEqual(lists.map((list) => reference(list, text)));
    }
  });
});
