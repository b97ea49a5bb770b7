import { describe, it, expect } from 'vitest';
import { tokenizeWords } from '../../src/text/words.js';

const words = (text: string): string[] => tokenizeWords(text).map((t) => t.word);

describe('tokenizeWords', () => {
  it('splits on spaces and punctuation', () => {
    expect(words('Hallo, collega! Hoe gaat het?')).toEqual(['Hallo', 'collega', 'Hoe', 'gaat', 'het']);
  });

  it('keeps inner apostrophes and hyphens', () => {
    expect(words("De collega's lezen hun e-mail; don't zelf-roosteren.")).toEqual(['De', "collega's", 'lezen', 'hun', 'e-mail', "don't", 'zelf-roosteren']);
    expect(words('collega\u2019s')).toEqual(['collega\u2019s']);
  });

  it('drops leading and trailing apostrophes and hyphens', () => {
    expect(words("'s Morgens - of 'savonds' -- niet")).toEqual(['s', 'Morgens', 'of', 'savonds', 'niet']);
  });

  it('keeps diacritics inside words', () => {
    expect(words('Eén geïnteresseerd team wil beëindigen.')).toEqual(['Eén', 'geïnteresseerd', 'team', 'wil', 'beëindigen']);
    expect(words('bee\u0308indigen')).toEqual(['bee\u0308indigen']);
  });

  it('counts numbers as words', () => {
    expect(words('Op 15 mei 2026 om 09.00 uur')).toEqual(['Op', '15', 'mei', '2026', 'om', '09.00', 'uur']);
  });

  it('keeps a number with inner . , : as one word', () => {
    expect(words('Groei 3,5% bij 1.000 klanten, om 12:30. Hoofdstuk 3. Klaar')).toEqual([
      'Groei',
      '3,5',
      'bij',
      '1.000',
      'klanten',
      'om',
      '12:30',
      'Hoofdstuk',
      '3',
      'Klaar',
    ]);
  });

  it('gives offsets into the input, end exclusive', () => {
    const text = '  Goed nieuws: één e-mail.';
    const tokens = tokenizeWords(text);
    expect(tokens).toEqual([
      { word: 'Goed', start: 2, end: 6 },
      { word: 'nieuws', start: 7, end: 13 },
      { word: 'één', start: 15, end: 18 },
      { word: 'e-mail', start: 19, end: 25 },
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('returns nothing for text without words', () => {
    expect(tokenizeWords('')).toEqual([]);
    expect(tokenizeWords(' -- … !? ')).toEqual([]);
  });
});
