import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const texts = (text: string, lang: 'nl' | 'en' = 'nl'): string[] => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on . ! ? and … before a capital', () => {
    expect(texts('Welkom terug. Hoe gaat het? Goed! Tot zo… Dag.')).toEqual(['Welkom terug.', 'Hoe gaat het?', 'Goed!', 'Tot zo…', 'Dag.']);
  });

  it('keeps runs like ?!, !! and ... together', () => {
    expect(texts('Echt waar?! Ja!! Nou... Wacht maar.')).toEqual(['Echt waar?!', 'Ja!!', 'Nou...', 'Wacht maar.']);
  });

  it('splits before a digit or a quote, and keeps closing quotes', () => {
    expect(texts('Hij zei: "Kom morgen." 12 mensen kwamen. "Fijn," zei ze.')).toEqual(['Hij zei: "Kom morgen."', '12 mensen kwamen.', '"Fijn," zei ze.']);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('Kom je ook? of niet.')).toEqual(['Kom je ook? of niet.']);
  });

  it('does not split after Dutch abbreviations', () => {
    expect(
      texts('Neem o.a. je laptop mee, bijv. Dell of HP. Dhr. Jansen en mevr. De Boer zijn er ca. 20 min. Vraag het z.s.m. aan dr. Smit i.p.v. Piet.'),
    ).toEqual(['Neem o.a. je laptop mee, bijv. Dell of HP.', 'Dhr. Jansen en mevr. De Boer zijn er ca. 20 min.', 'Vraag het z.s.m. aan dr. Smit i.p.v. Piet.']);
  });

  it('splits after enz. and etc. only before a capital', () => {
    expect(texts('Pennen, papier enz. liggen klaar. Koffie, thee enz. De lunch is om 12 uur.')).toEqual([
      'Pennen, papier enz. liggen klaar.',
      'Koffie, thee enz.',
      'De lunch is om 12 uur.',
    ]);
  });

  it('does not split after English abbreviations', () => {
    expect(texts('Ask Mr. Smith, e.g. About the budget. Dr. Jones joined approx. 20 people vs. Team B.', 'en')).toEqual([
      'Ask Mr. Smith, e.g. About the budget.',
      'Dr. Jones joined approx. 20 people vs. Team B.',
    ]);
  });

  it('treats "no." as an abbreviation only before a number', () => {
    expect(texts('See form no. 5 for details. The answer is no. We stop.', 'en')).toEqual(['See form no. 5 for details.', 'The answer is no.', 'We stop.']);
  });

  it('does not split after initials', () => {
    expect(texts('Vraag het J. de Vries of J.P. Balkenende. Zij weten het.')).toEqual(['Vraag het J. de Vries of J.P. Balkenende.', 'Zij weten het.']);
  });

  it('does not split inside decimals, times and thousands', () => {
    expect(texts('We groeiden 3.5 procent. Om 09.00 uur begint het met 1.000 gasten. Daarna koffie.')).toEqual([
      'We groeiden 3.5 procent.',
      'Om 09.00 uur begint het met 1.000 gasten.',
      'Daarna koffie.',
    ]);
  });

  it('splits at a number that ends a sentence', () => {
    expect(texts('De bijeenkomst begint om 09.00. Daarna volgt de lunch.')).toEqual(['De bijeenkomst begint om 09.00.', 'Daarna volgt de lunch.']);
  });

  it('splits at a blank line', () => {
    expect(texts('Beste collega\n\nWe hebben nieuws\r\n\r\nGroet')).toEqual(['Beste collega', 'We hebben nieuws', 'Groet']);
  });

  it('does not split at a single line break', () => {
    expect(texts('Dit is een zin die\nover twee regels loopt.')).toEqual(['Dit is een zin die\nover twee regels loopt.']);
  });

  it('splits list items into sentences of their own', () => {
    expect(texts('Neem mee:\n- je laptop\n- de lader\n* een pen\n• koffie')).toEqual(['Neem mee:', '- je laptop', '- de lader', '* een pen', '• koffie']);
    expect(texts('Agenda:\n1. Opening\n2. Notulen van de vorige keer.\n3) Rondvraag')).toEqual([
      'Agenda:',
      '1. Opening',
      '2. Notulen van de vorige keer.',
      '3) Rondvraag',
    ]);
  });

  it('gives offsets of the trimmed sentence in the input', () => {
    const text = '  Hallo daar.   Tot morgen!  ';
    const spans = splitSentences(text, 'nl');
    expect(spans).toEqual([
      { start: 2, end: 13, text: 'Hallo daar.' },
      { start: 16, end: 27, text: 'Tot morgen!' },
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'nl')).toEqual([]);
    expect(splitSentences(' \n\n ', 'en')).toEqual([]);
  });

  it('keeps a text without final punctuation as one sentence', () => {
    expect(texts('Geen punt aan het eind')).toEqual(['Geen punt aan het eind']);
  });
});
