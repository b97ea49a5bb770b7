import { describe, it, expect } from 'vitest';
import { countSyllables, syllablesIn } from '../../src/text/syllables.js';

// Counted by hand, syllable by syllable.
const DUTCH: Record<string, number> = {
  // The hyphenation patterns never split off a first or last letter.
  over: 2, // o-ver
  oven: 2, // o-ven
  eten: 2, // e-ten
  idee: 2, // i-dee
  radio: 3, // ra-di-o
  video: 3, // vi-de-o
  Maria: 3, // Ma-ri-a
  ideeën: 3, // i-dee-ën
  aorta: 3, // a-or-ta
  oase: 3, // o-a-se
  Korea: 3, // Ko-re-a
  duo: 2, // du-o
  // ... nor a lone vowel off a compound part.
  teamoverleg: 4, // team-o-ver-leg
  radioprogramma: 6, // ra-di-o-pro-gram-ma
  // Everyday words.
  medewerkers: 4, // me-de-wer-kers
  communicatie: 5, // com-mu-ni-ca-tie
  roosterapp: 3, // roos-ter-app
  beëindigen: 4, // be-ëin-di-gen
  geïnteresseerd: 5, // ge-ïn-te-res-seerd
  bureau: 2, // bu-reau
  nieuw: 1,
  januari: 4, // ja-nu-a-ri
  politie: 3, // po-li-tie
  ouder: 2, // ou-der
  Europa: 3, // Eu-ro-pa
  "collega's": 3, // col-le-ga's
  vakantie: 3, // va-kan-tie
  afdeling: 3, // af-de-ling
  eenvoudig: 3, // een-vou-dig
  zaterdag: 3, // za-ter-dag
  vrijwilligers: 4, // vrij-wil-li-gers
  ziekteverzuim: 4, // ziek-te-ver-zuim
  uitnodiging: 4, // uit-no-di-ging
  vergadering: 4, // ver-ga-de-ring
  informatie: 4, // in-for-ma-tie
  onderhoud: 3, // on-der-houd
  app: 1,
  team: 1,
  mail: 1,
  je: 1,
  een: 1,
  de: 1,
  het: 1,
  aanmelden: 3, // aan-mel-den
  enquête: 3, // en-quê-te
  theater: 3, // the-a-ter
  // Diaeresis, diphthongs, triphthongs, loans.
  België: 3, // Bel-gi-ë
  financiën: 4, // fi-nan-ci-ën
  geëvalueerd: 5, // ge-e-va-lu-eerd
  reorganisatie: 6, // re-or-ga-ni-sa-tie
  evaluatie: 5, // e-va-lu-a-tie
  koffieautomaat: 5, // kof-fie-au-to-maat
  functioneringsgesprek: 7, // func-ti-o-ne-rings-ge-sprek
  individueel: 5, // in-di-vi-du-eel
  museum: 3, // mu-se-um
  Sophie: 2, // So-phie
  leeuwen: 2, // leeu-wen
  mooie: 2, // mooi-e
  draaien: 2, // draai-en
  eeuw: 1,
  één: 1,
  baby: 2, // ba-by
  hockey: 2, // hoc-key
  display: 2, // dis-play
  coach: 1,
  download: 2, // down-load
  meeting: 2, // mee-ting
  privacy: 3, // pri-va-cy
  // Hyphens, apostrophes, digits, letter-by-letter abbreviations.
  'e-mail': 2,
  'zelf-roosteren': 4,
  "zo'n": 1,
  "'s": 1,
  '2026': 1,
  B1: 2,
  HR: 2,
  pdf: 3,
};

const ENGLISH: Record<string, number> = {
  the: 1,
  make: 1,
  table: 2,
  little: 2,
  people: 2,
  business: 2,
  every: 2, // ev-ry
  everyone: 3,
  create: 2,
  created: 3,
  idea: 3,
  area: 3,
  radio: 3,
  media: 3,
  actual: 3,
  quiet: 2,
  science: 2,
  being: 2,
  flying: 2,
  studying: 3,
  something: 2,
  lately: 2,
  management: 3,
  jumped: 1,
  wanted: 2,
  handled: 2,
  called: 1,
  places: 2,
  makes: 1,
  player: 2,
  employee: 3,
  beautiful: 3,
  information: 4,
  communication: 5,
  available: 4,
  colleague: 2,
  unique: 2,
  question: 2,
  language: 2,
  value: 2,
  issue: 2,
  cruel: 2,
  million: 2,
  situation: 4,
  experience: 4,
  immediately: 5,
  naïve: 2,
  café: 2,
  centre: 2,
  "don't": 1,
  "you're": 1,
  "o'clock": 2,
};

describe('countSyllables (nl)', () => {
  for (const [word, expected] of Object.entries(DUTCH)) {
    it(`${word} has ${expected}`, () => {
      expect(countSyllables(word, 'nl')).toBe(expected);
    });
  }
});

describe('countSyllables (en)', () => {
  for (const [word, expected] of Object.entries(ENGLISH)) {
    it(`${word} has ${expected}`, () => {
      expect(countSyllables(word, 'en')).toBe(expected);
    });
  }
});

describe('countSyllables edge cases', () => {
  it('ignores case', () => {
    expect(countSyllables('VERGADERING', 'nl')).toBe(4);
    expect(countSyllables('Vergadering', 'nl')).toBe(countSyllables('vergadering', 'nl'));
  });

  it('reads decomposed diacritics like composed ones', () => {
    expect(countSyllables('bee\u0308indigen', 'nl')).toBe(4);
  });

  it('ignores soft hyphens and curly apostrophes', () => {
    expect(countSyllables('verga\u00ADdering', 'nl')).toBe(4);
    expect(countSyllables('collega\u2019s', 'nl')).toBe(3);
  });

  it('counts 1 for a digit group and 0 for no letter or digit', () => {
    expect(countSyllables('15', 'nl')).toBe(1);
    expect(countSyllables('15', 'en')).toBe(1);
    expect(countSyllables('', 'nl')).toBe(0);
    expect(countSyllables('…', 'en')).toBe(0);
  });

  it('keeps giving the same answers past the cache limit', () => {
    for (let i = 0; i < 60_000; i++) countSyllables(`woord${i}`, 'nl');
    expect(countSyllables('vergadering', 'nl')).toBe(4);
    expect(countSyllables('woord59999', 'nl')).toBe(2);
  });
});

describe('syllablesIn: the count of a word inside a text, from its table of words seen', () => {
  it('gives what countSyllables gives for the word sliced out, in both languages, also when words share a slot', () => {
    const words = ['rooster', 'organisatorische', 'e-mail', "collega's", 'HR', '09.00', 'één', 'beautiful', 'don’t', 'x', 'fiets', 'Fiets'];
    // More words than the table has slots, so slots are shared and words take turns.
    // Words that begin with other words ("b1a", "b1ab", …): a slot must not take a shorter word for a longer one.
    for (let k = 0; k < 20_000; k++) for (const ending of ['', 'e', 'en', 'ens', 'ensen']) words.push(`b${k.toString(36)}a${ending}`);
    const text = words.join(' ');
    const starts: number[] = [];
    words.reduce((at, word) => (starts.push(at), at + word.length + 1), 0);
    // Every word twice: the second time most come from the table, some after another word took their slot.
    for (const round of [1, 2]) {
      words.forEach((word, k) => {
        for (const lang of ['nl', 'en'] as const)
          expect(syllablesIn(text, starts[k]!, starts[k]! + word.length, lang), `${word} ${lang} ${round}`).toBe(countSyllables(word, lang));
      });
    }
  });
});
