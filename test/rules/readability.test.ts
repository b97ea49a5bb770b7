import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
const readability = async (text: string, plan?: string) => only(await check({ [FILE]: text }, plan), 'readability');

const PLAIN_NL =
  'We voeren de nieuwe app in drie stappen in. Zo blijft het werk doorgaan. Je hoort elke week hoe het gaat. ' +
  'Heb je een vraag? Stel hem aan je teamleider. Die helpt je graag verder.';
const DENSE_NL =
  'De implementatie van het geïntegreerde personeelsplanningssysteem wordt gefaseerd gerealiseerd. ' +
  'De organisatorische consequenties worden geëvalueerd door de betreffende afdelingsmanagers. ' +
  'Medewerkers ontvangen tijdig aanvullende communicatieve ondersteuning.';
const PLAIN_EN =
  'From March your roster is in the app. You see your shifts for the whole month. You can swap a shift with a colleague. ' +
  'The planner does not have to do anything. The app works on your own phone.';
const DENSE_EN =
  'The organisational implementation of the integrated workforce scheduling infrastructure necessitates considerable administrative reconfiguration. ' +
  'Consequently, departmental representatives will systematically communicate supplementary operational documentation.';
// 35 words in one sentence.
const LONG_NL =
  'In de app zie je welke diensten je hebt en met welke collega je samen werkt en wanneer je vrij bent en ook wanneer je een dienst kunt ruilen met iemand anders uit je team.';
// 28 words: too long for B1 (25), fine for B2 (30).
const MEDIUM_NL =
  'In de app zie je welke diensten je hebt en met welke collega je samen werkt en wanneer je vrij bent en wanneer je een dienst kunt ruilen.';

const EN = { extra: 'lang: en', why: 'You swap shifts yourself, without calling the planner first.', cta: 'cta:\n  text: Install the app and log in once\n  url: https://intranet.example/app' };

// message() without kind or extra: the body starts on line 11; with one extra line, on line 12.
describe('readability', () => {
  it('warns about a dense Dutch paragraph for a B1 audience, with the score, at the hardest sentence', async () => {
    const text = message({ body: `Vanaf maart staat je rooster in de app.\n\n${DENSE_NL}` });
    const findings = await readability(text);
    expect(findings).toMatchObject([
      { ruleId: 'readability', messageId: 'hard-to-read-nl', data: { minScore: 60, level: 'B1' }, severity: 'warning', file: FILE, ...positionOf(text, 'Medewerkers') },
    ]);
    const { score, wordsPerSentence, syllablesPerWord } = findings[0]!.data as Record<string, unknown>;
    expect(score).toBeTypeOf('number');
    expect(score as number).toBeLessThan(60);
    expect(wordsPerSentence).toMatch(/^\d+\.\d$/);
    expect(syllablesPerWord).toMatch(/^\d+\.\d\d$/);
  });

  it('accepts a plain Dutch text', async () => {
    expect(await check({ [FILE]: message({ body: PLAIN_NL }) })).toEqual([]);
  });

  it('uses the minimum of the audience level: 50 for B2, 30 for C1', async () => {
    const b2Text = message({ audience: '[kantoor]', body: DENSE_NL });
    const b2 = await readability(b2Text);
    expect(b2).toMatchObject([{ messageId: 'hard-to-read-nl', data: { minScore: 50, level: 'B2' }, line: positionOf(b2Text, 'De implementatie').line }]);
    const c1Text = message({ audience: '[directie]', extra: 'channels: [e-mail]', body: DENSE_NL });
    const c1 = await readability(c1Text);
    expect(c1).toMatchObject([{ messageId: 'hard-to-read-nl', data: { minScore: 30, level: 'C1' }, line: positionOf(c1Text, 'De implementatie').line }]);
  });

  it('scores English with Flesch reading ease when the message says lang: en', async () => {
    expect(await check({ [FILE]: message({ ...EN, body: PLAIN_EN }) })).toEqual([]);
    const denseText = message({ ...EN, body: DENSE_EN });
    const dense = await readability(denseText);
    expect(dense).toMatchObject([{ severity: 'warning', messageId: 'hard-to-read-en', data: { minScore: 60, level: 'B1' }, line: positionOf(denseText, 'The organisational').line }]);
  });

  it('reads lines ended by a hard break as lines of their own, not one long sentence', async () => {
    const block = [
      '**Wanneer:** dinsdag 24 november van 12.00 tot 13.00 uur in de grote kantine\\',
      '**Waar:** de kantine op de eerste verdieping van gebouw C naast de lift\\',
      '**Voor wie:** alle collega’s van het magazijn en de chauffeurs van de late dienst',
    ].join('\n');
    expect(await readability(message({ body: `${PLAIN_NL}\n\n${block}\n` }))).toEqual([]);
    // The same lines without the hard breaks run on: one sentence of 40 words.
    expect(await readability(message({ body: `${PLAIN_NL}\n\n${block.replaceAll('\\', '')}\n` }))).toMatchObject([
      { messageId: 'sentence-too-long', data: { words: 40, level: 'B1', maxWords: 25 } },
    ]);
  });

  it('reports a sentence that is too long at its line', async () => {
    const text = message({ body: `Vanaf maart staat je rooster in de app.\n\n${LONG_NL}\n\nDat is handig.` });
    expect(await readability(text)).toMatchObject([
      { messageId: 'sentence-too-long', data: { words: 35, level: 'B1', maxWords: 25 }, severity: 'warning', ...positionOf(text, LONG_NL) },
    ]);
  });

  it('points at a long sentence that starts halfway a line, or on the second line of a paragraph', async () => {
    for (const body of [`Vanaf maart werkt het anders. ${LONG_NL}`, `Vanaf maart werkt het anders.\n${LONG_NL}`, `Vanaf maart werkt het anders.\n\n- ${LONG_NL}`]) {
      const text = message({ body });
      expect(await readability(text), body).toMatchObject([{ messageId: 'sentence-too-long', ...positionOf(text, LONG_NL) }]);
    }
  });

  it('allows longer sentences for B2 and C1, and uses the strictest level of the audience', async () => {
    expect(await readability(message({ audience: '[kantoor]', body: MEDIUM_NL }))).toEqual([]);
    const mixed = message({ audience: '[magazijn, kantoor]', body: MEDIUM_NL });
    expect(await readability(mixed)).toMatchObject([
      { messageId: 'sentence-too-long', data: { words: 28, level: 'B1', maxWords: 25 }, ...positionOf(mixed, MEDIUM_NL) },
    ]);
    // A segment without readingLevel counts as B1.
    expect(await readability(message({ audience: '[chauffeurs]', body: MEDIUM_NL }))).toHaveLength(1);
    expect(await readability(message({ audience: '[directie]', extra: 'channels: [e-mail]', body: LONG_NL }))).toEqual([]);
  });

  it('does not count tables, code or URLs as prose', async () => {
    const body = [
      PLAIN_NL,
      '',
      '| Onderdeel | Toelichting |',
      '| --- | --- |',
      '| Implementatieprocedurebeschrijving | De implementatie van het geïntegreerde personeelsplanningssysteem en alle organisatorische consequenties daarvan voor de verschillende afdelingen worden in de komende periode door de betreffende afdelingsmanagers zorgvuldig geëvalueerd en gedocumenteerd |',
      '',
      '```',
      'const implementatieprocedurebeschrijving = organisatieontwikkelingsprogramma + personeelsplanningssysteem + communicatieondersteuning;',
      '```',
      '',
      // Read as words, this URL alone would make a sentence of more than 25.
      'Je vindt alles op https://intranet.example/roosters/magazijn/hal/drie/ploeg/b/week/zes/planning/overzicht/versie/twee/definitief/pdf/download/nu en in de app.',
    ].join('\n');
    expect(await check({ [FILE]: message({ body }) })).toEqual([]);
  });

  it('gives no score for a text too short to judge, but still checks sentence length', async () => {
    expect(await readability(message({ body: 'Medewerkers ontvangen tijdig aanvullende communicatieve ondersteuning.' }))).toEqual([]);
  });

  it('takes options from the plan', async () => {
    const long = message({ body: LONG_NL });
    expect(await readability(long, `${PLAN}rules:\n  readability: [warn, {maxSentenceWords: {B1: 40}}]\n`)).toEqual([]);
    const dense = message({ body: DENSE_NL });
    expect(await readability(dense, `${PLAN}rules:\n  readability: [warn, {minWords: 40}]\n`)).toEqual([]);
    expect(await readability(dense, `${PLAN}rules:\n  readability: error\n`)).toMatchObject([{ severity: 'error' }]);
    expect(await readability(dense, `${PLAN}rules:\n  readability: off\n`)).toEqual([]);
  });

  it('can be silenced for the next line or for the message', async () => {
    const commented = message({ body: `Vanaf maart werkt het anders.\n\n<!-- herald-disable-next-line readability -->\n${LONG_NL}` });
    expect(await readability(commented)).toEqual([]);
    expect(await readability(message({ body: LONG_NL, extra: 'lint: {disable: [readability]}' }))).toEqual([]);
  });
});
