import { describe, it, expect } from 'vitest';
import { analyseText, MAX_SENTENCE_WORDS, MIN_SCORE, readingEase, strictestLevel } from '../../src/text/readability.js';
import { splitSentences } from '../../src/text/sentences.js';

const B1_NL =
  'Vanaf maandag werkt de nieuwe roosterapp. Je ziet daar je diensten voor de hele maand. ' +
  'Wil je ruilen met een collega? Dat kan ook in de app. Heb je een vraag? ' +
  'Stuur dan een mail naar de afdeling planning. We helpen je graag.';

const DENSE_NL =
  'Teneinde de continuïteit van de dienstverlening ten behoeve van de organisatie te waarborgen, ' +
  'heeft de directie, in nauwe afstemming met de ondernemingsraad en na zorgvuldige afweging van de ' +
  'beschikbare beleidsalternatieven, besloten tot een integrale herziening van de huidige ' +
  'roosteringssystematiek. De implementatie van de geactualiseerde werkwijze geschiedt gefaseerd, ' +
  'waarbij de verantwoordelijkheid voor de operationele uitvoering conform de vigerende ' +
  'mandaatregeling bij de respectievelijke leidinggevenden is belegd.';

const SIMPLE_EN =
  'The new app is live. You can see your shifts for the whole month. Do you want to swap with a ' +
  'colleague? You can do that in the app too. Questions? Send a mail to the planning team.';

const DENSE_EN =
  'In order to safeguard the continuity of organisational service delivery, the executive ' +
  'management, in close consultation with the works council and following careful consideration ' +
  'of the available policy alternatives, has determined that a comprehensive revision of the ' +
  'existing scheduling methodology is required. Implementation of the updated procedures will ' +
  'proceed incrementally, with operational responsibility allocated to the respective supervisors ' +
  'in accordance with the applicable delegation arrangements.';

describe('readingEase', () => {
  it('computes Flesch–Douma for Dutch', () => {
    // 206.835 − 0.93 × 100/10 − 77 × 150/100 = 206.835 − 9.3 − 115.5
    expect(readingEase({ words: 100, sentences: 10, syllables: 150 }, 'nl')).toBe(82);
    // 206.835 − 0.93 × 20 − 77 × 1.8 = 49.635
    expect(readingEase({ words: 40, sentences: 2, syllables: 72 }, 'nl')).toBe(49.6);
  });

  it('computes Flesch reading ease for English', () => {
    // 206.835 − 1.015 × 10 − 84.6 × 1.5 = 69.785
    expect(readingEase({ words: 100, sentences: 10, syllables: 150 }, 'en')).toBe(69.8);
  });

  it('does not divide by zero', () => {
    expect(readingEase({ words: 0, sentences: 0, syllables: 0 }, 'nl')).toBe(206.8);
    // Words without a sentence end count as one sentence.
    expect(readingEase({ words: 10, sentences: 0, syllables: 10 }, 'en')).toBe(readingEase({ words: 10, sentences: 1, syllables: 10 }, 'en'));
  });
});

describe('analyseText', () => {
  it('counts a B1 Dutch paragraph (counted by hand) and scores it above 60', () => {
    const { sentences, counts } = analyseText(B1_NL, 'nl');
    expect(counts).toEqual({ words: 43, sentences: 7, syllables: 57 });
    expect(sentences.map((s) => [s.words, s.syllables])).toEqual([
      [6, 11], // Va-naf maan-dag werkt de nieu-we roos-ter-app
      [9, 11],
      [6, 9],
      [6, 6],
      [4, 4],
      [8, 11],
      [4, 5],
    ]);
    // 206.835 − 0.93 × 43/7 − 77 × 57/43 = 99.05
    expect(readingEase(counts, 'nl')).toBe(99.1);
    expect(readingEase(counts, 'nl')).toBeGreaterThan(MIN_SCORE.B1);
  });

  it('scores a dense bureaucratic Dutch paragraph below 40', () => {
    const { sentences, counts } = analyseText(DENSE_NL, 'nl');
    expect(counts.sentences).toBe(2);
    expect(counts.words).toBe(64);
    expect(sentences.map((s) => s.words)).toEqual([39, 25]);
    expect(sentences[0]!.words).toBeGreaterThan(MAX_SENTENCE_WORDS.B2);
    expect(readingEase(counts, 'nl')).toBeLessThan(40);
  });

  it('scores simple English high and dense English low', () => {
    const simple = analyseText(SIMPLE_EN, 'en').counts;
    expect(simple).toEqual({ words: 38, sentences: 6, syllables: 41 });
    expect(readingEase(simple, 'en')).toBe(109.1);
    expect(readingEase(analyseText(DENSE_EN, 'en').counts, 'en')).toBeLessThan(MIN_SCORE.C1);
  });

  it('keeps sentence offsets into the input', () => {
    const { sentences } = analyseText(B1_NL, 'nl');
    // Every sentence of this text has words, so they are the sentence splitter's, at the same places.
    expect(sentences.map((s) => B1_NL.slice(s.start, s.end))).toEqual(splitSentences(B1_NL, 'nl').map((s) => s.text));
  });

  it('leaves out sentences without words', () => {
    const text = 'Klaar.\n\n…\n\n- \n\nTot morgen!';
    const { sentences, counts } = analyseText(text, 'nl');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Klaar.', 'Tot morgen!']);
    expect(counts).toEqual({ words: 3, sentences: 2, syllables: 4 });
  });

  it('gives zero counts for empty text', () => {
    expect(analyseText('', 'en')).toEqual({ sentences: [], counts: { words: 0, sentences: 0, syllables: 0 } });
  });
});

describe('levels', () => {
  it('has the documented thresholds', () => {
    expect(MIN_SCORE).toEqual({ B1: 60, B2: 50, C1: 30 });
    expect(MAX_SENTENCE_WORDS).toEqual({ B1: 25, B2: 30, C1: 40 });
  });

  it('picks the strictest level, B1 for undefined or none', () => {
    expect(strictestLevel(['C1', 'B2'])).toBe('B2');
    expect(strictestLevel(['C1', 'B1', 'B2'])).toBe('B1');
    expect(strictestLevel(['C1'])).toBe('C1');
    expect(strictestLevel(['C1', undefined])).toBe('B1');
    expect(strictestLevel([])).toBe('B1');
  });
});
