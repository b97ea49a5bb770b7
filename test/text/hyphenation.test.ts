import { describe, it, expect } from 'vitest';
import hyphenNl from 'hyphen/nl/index.js';
import { dutchBreaks } from '../../src/text/hyphenation.js';

const STEMS = (
  'werk rooster team over leg mede werker afdeling vergader ing informatie communicatie dienst ' +
  'verlening organisatie directie personeel salaris pensioen ziek melding verlof thuis kantoor ' +
  'koffie automaat duurzaam heid veilig wacht woord abonnement declaratie reis kosten vergoed ' +
  'beoordeel functionering gesprek doel stelling kwartaal financiën project plan aanvraag ' +
  'nieuws brief app mail bericht zaal gebouw beleid regel privacy video radio idee ideeën ' +
  'bureau niveau enquête theater politie patiënt client service agenda week maand uur ' +
  'a e i o u aa ee oo ie eu ui ij y een de het ën ïn'
).split(' ');

function withBreaks(word: string, breaks: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const b of breaks) {
    out += word.slice(from, b) + '|';
    from = b;
  }
  return out + word.slice(from);
}

describe('dutchBreaks', () => {
  it('agrees with hyphen’s hyphenateSync', () => {
    const words = new Set<string>();
    for (const a of STEMS) {
      words.add(a);
      for (const b of STEMS) words.add(a + b);
    }
    for (let i = 0; i < 3000; i++) {
      words.add(STEMS[(i * 7919) % STEMS.length]! + STEMS[(i * 104729) % STEMS.length]! + STEMS[(i * 31) % STEMS.length]!);
    }
    words.add('hottentottententententoonstellingsterreinbeheerdersvergaderingsnotulen');
    words.add('aandachtstrekker'); // in the patterns' exception list
    const mismatches: string[] = [];
    for (const word of words) {
      const expected = hyphenNl.hyphenateSync(word, { hyphenChar: '|', minWordLength: 1 });
      const actual = withBreaks(word, dutchBreaks(word));
      if (actual !== expected) mismatches.push(`${actual} ≠ ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives offsets before which a break is allowed', () => {
    expect(dutchBreaks('vergadering')).toEqual([3, 5, 7]); // ver|ga|de|ring
    expect(dutchBreaks('over')).toEqual([]);
    expect(dutchBreaks('a')).toEqual([]);
  });
});
