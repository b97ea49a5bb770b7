import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types (it runs at development time only).
import { dutchImperative, dutchImperativeCandidates, splitParticle } from '../../scripts/verb-forms.mjs';

// Checked by hand against the Woordenlijst (woordenlijst.org) and the ANS.
const BY_RULE: [string, string, string][] = [
  // Drop -en.
  ['werken', 'werk', '-en'],
  ['melden', 'meld', '-en, the d stays'],
  ['tanken', 'tank', '-en'],
  ['zoeken', 'zoek', 'oe is one vowel'],
  ['kijken', 'kijk', 'ij is one vowel'],
  ['houden', 'houd', 'ou'],
  ['kleuren', 'kleur', 'eu'],
  ['ontdooien', 'ontdooi', 'the i ends the stem'],
  ['zaaien', 'zaai', 'the i ends the stem'],
  ['boeien', 'boei', 'the i ends the stem'],
  // A doubled consonant is single at the end.
  ['bakken', 'bak', 'double consonant'],
  ['zetten', 'zet', 'double consonant'],
  ['plakken', 'plak', 'double consonant'],
  ['leggen', 'leg', 'double consonant'],
  ['bellen', 'bel', 'double consonant'],
  ['kussen', 'kus', 'double s'],
  // Open syllable: the vowel is written double in the closed one.
  ['maken', 'maak', 'open syllable, a'],
  ['lopen', 'loop', 'open syllable, o'],
  ['vegen', 'veeg', 'open syllable, e'],
  ['sturen', 'stuur', 'open syllable, u'],
  ['halen', 'haal', 'open syllable, a'],
  ['nemen', 'neem', 'open syllable, e'],
  // v → f and z → s at the end.
  ['leven', 'leef', 'open syllable and v → f'],
  ['geven', 'geef', 'v → f'],
  ['lezen', 'lees', 'z → s'],
  ['kiezen', 'kies', 'ie, z → s'],
  ['schrijven', 'schrijf', 'ij, v → f'],
  ['verhuizen', 'verhuis', 'ui, z → s'],
  ['schuiven', 'schuif', 'ui, v → f'],
  // Unstressed prefixes leave the stressed syllable after them.
  ['beleven', 'beleef', 'be-'],
  ['vergeten', 'vergeet', 'ver-'],
  ['beheren', 'beheer', 'be-'],
  // An unstressed e (schwa) stays single.
  ['openen', 'open', 'schwa'],
  ['tekenen', 'teken', 'schwa'],
  ['wandelen', 'wandel', 'schwa'],
  ['verzamelen', 'verzamel', 'ver- and schwa'],
  // Loan verbs in -eren: a stressed, long e.
  ['reserveren', 'reserveer', '-eren → -eer'],
  ['installeren', 'installeer', '-eren → -eer'],
  ['controleren', 'controleer', '-eren → -eer'],
  ['evalueren', 'evalueer', 'u-e is two vowels'],
  ['kopiëren', 'kopieer', 'ië'],
  ['creëren', 'creëer', 'eë'],
  // -n after a long vowel.
  ['gaan', 'ga', '-aan'],
  ['staan', 'sta', '-aan'],
  ['slaan', 'sla', '-aan'],
  ['doen', 'doe', '-oen'],
  ['zien', 'zie', '-ien'],
  ['ondergaan', 'onderga', '-aan with a prefix'],
  ['skiën', 'ski', '-iën'],
  // w after a vowel: no doubling.
  ['waarschuwen', 'waarschuw', 'uw'],
  ['sjouwen', 'sjouw', 'ouw'],
  // Irregular.
  ['zijn', 'wees', 'irregular'],
  ['komen', 'kom', 'irregular: short o'],
  ['voorkomen', 'voorkom', 'komen with a prefix'],
  // OpenTaal writes ij as one letter.
  ['blĳven', 'blijf', 'the ĳ ligature'],
];

describe('dutchImperativeCandidates: the imperative by the spelling rules', () => {
  it.each(BY_RULE)('%s → %s (%s)', (infinitive, imperative) => {
    expect(dutchImperativeCandidates(infinitive)[0]).toBe(imperative);
  });

  it('has no imperative for the modals and "hebben"', () => {
    for (const verb of ['kunnen', 'moeten', 'mogen', 'willen', 'zullen', 'hebben']) expect(dutchImperativeCandidates(verb)).toEqual([]);
  });

  it('offers both forms where only stress tells them apart, the likelier first', () => {
    expect(dutchImperativeCandidates('luisteren')).toEqual(['luisteer', 'luister']);
    expect(dutchImperativeCandidates('wandelen')).toEqual(['wandel', 'wandeel']);
  });
});

describe('dutchImperative: the dictionary settles what spelling cannot', () => {
  const stems = new Set(['luister', 'verander', 'herinner', 'lever', 'reserveer']);
  const isKnownStem = (s: string) => stems.has(s);
  it.each([
    ['luisteren', 'luister'],
    ['veranderen', 'verander'],
    ['herinneren', 'herinner'],
    ['leveren', 'lever'],
    ['reserveren', 'reserveer'],
  ])('%s → %s (the stem the dictionary lists)', (infinitive, imperative) => {
    expect(dutchImperative(infinitive, { isKnownStem })).toBe(imperative);
  });

  it('falls back on a candidate that is a word at all ("cijfer", the noun)', () => {
    expect(dutchImperative('cijferen', { isWord: (w: string) => w === 'cijfer' })).toBe('cijfer');
    expect(dutchImperative('cijferen')).toBe('cijfeer');
  });

  it('takes the imperative of the verb after a prefix or particle', () => {
    const infinitives = new Set(['beleven', 'nemen']);
    const isInfinitive = (w: string) => infinitives.has(w);
    expect(dutchImperative('herbeleven', { isInfinitive })).toBe('herbeleef');
    expect(dutchImperative('beetnemen', { isInfinitive })).toBe('beetneem');
    // Without: the e after "bel" and "beetn" looks unstressed.
    expect(dutchImperative('herbeleven')).toBe('herbelef');
    expect(dutchImperative('beetnemen')).toBe('beetnem');
  });

  it('splits a separable particle off a verb it knows', () => {
    const isInfinitive = (w: string) => ['melden', 'schrijven', 'vullen'].includes(w);
    expect(splitParticle('aanmelden', isInfinitive)).toEqual(['aan', 'melden']);
    expect(splitParticle('inschrijven', isInfinitive)).toEqual(['in', 'schrijven']);
    expect(splitParticle('informatie', isInfinitive)).toBeUndefined();
  });
});
