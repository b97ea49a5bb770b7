import { describe, expect, it } from 'vitest';
import { compose } from '../../src/messages/index.js';
import { checkProject } from '../../src/pipeline/check.js';
import { check, makeProject, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
/** The score and sentence-length findings (the plain-word advice has tests of its own below). */
const readability = async (text: string, plan?: string) => only(await check({ [FILE]: text }, plan), 'readability').filter((d) => d.messageId !== 'plain-word');
const plainWords = async (text: string, plan?: string) => only(await check({ [FILE]: text }, plan), 'readability').filter((d) => d.messageId === 'plain-word');

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
const MEDIUM_NL = 'In de app zie je welke diensten je hebt en met welke collega je samen werkt en wanneer je vrij bent en wanneer je een dienst kunt ruilen.';

const EN = {
  extra: 'lang: en',
  why: 'You swap shifts yourself, without calling the planner first.',
  cta: 'cta:\n  text: Install the app and log in once\n  url: https://intranet.example/app',
};

// message() without kind or extra: the body starts on line 11; with one extra line, on line 12.
describe('readability', () => {
  it('warns about a dense Dutch paragraph for a B1 audience, with the score, at the hardest sentence', async () => {
    const text = message({ body: `Vanaf maart staat je rooster in de app.\n\n${DENSE_NL}` });
    const findings = await readability(text);
    expect(findings).toMatchObject([
      {
        ruleId: 'readability',
        messageId: 'hard-to-read-nl',
        data: { minScore: 60, level: 'B1' },
        severity: 'warning',
        file: FILE,
        ...positionOf(text, 'Medewerkers'),
      },
    ]);
    const { score, wordsPerSentence, syllablesPerWord } = findings[0]!.data as Record<string, unknown>;
    expect(score).toBeTypeOf('number');
    expect(score as number).toBeLessThan(60);
    // Plain numbers in the data (rounded to one and two decimals); the sentence writes them in the language.
    expect(wordsPerSentence).toBeTypeOf('number');
    expect(Math.round((wordsPerSentence as number) * 10)).toBe((wordsPerSentence as number) * 10);
    expect(syllablesPerWord).toBeTypeOf('number');
    expect(findings[0]!.message).toContain(`${String(syllablesPerWord)} syllables per word`);
    // In Dutch, the same numbers with a decimal comma.
    const dutch = compose('nl', 'readability', 'hard-to-read-nl', findings[0]!.data);
    expect(dutch).toContain(`${String(syllablesPerWord).replace('.', ',')} lettergrepen per woord`);
    expect(dutch).toContain(`scoort ${String(score).replace('.', ',')} (Flesch-Douma)`);
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
    expect(dense).toMatchObject([
      { severity: 'warning', messageId: 'hard-to-read-en', data: { minScore: 60, level: 'B1' }, line: positionOf(denseText, 'The organisational').line },
    ]);
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
    for (const body of [
      `Vanaf maart werkt het anders. ${LONG_NL}`,
      `Vanaf maart werkt het anders.\n${LONG_NL}`,
      `Vanaf maart werkt het anders.\n\n- ${LONG_NL}`,
    ]) {
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

  it('names the longest sentences at their lines and the hardest words, before the score', async () => {
    const text = message({ body: `Vanaf maart staat je rooster in de app.\n\n${DENSE_NL}\n\nTeneinde alles goed te regelen helpt je teamleider je.` });
    const [finding] = await readability(text);
    expect(finding).toMatchObject({ messageId: 'hard-to-read-nl' });
    const data = finding!.data as Record<string, unknown>;
    const line = positionOf(text, 'De implementatie').line;
    // DENSE_NL's three sentences share one line; its first two are the longest (9 words each).
    expect(data).toMatchObject({ sentenceCount: 2, sentenceLines: [line, line], sentenceWords: [9, 9] });
    // "implementatie" and "teneinde" are on the substitution list; then the word with the most syllables.
    expect(data).toMatchObject({
      swapCount: 2,
      swaps: ['implementatie', 'Teneinde'],
      swapTo: ['invoering', 'om'],
      hardWordCount: 1,
      hardWords: ['personeelsplanningssysteem'],
    });
    expect(finding!.message).toMatch(
      new RegExp(
        `^Make the text easier for reading level B1: split the longest sentences, on line ${line} \\(9 words\\), line ${line} \\(9 words\\); write "invoering" for "implementatie", "om" for "Teneinde"; find shorter words than "personeelsplanningssysteem"\\. The text scores `,
      ),
    );
    const { diagnostics: dutch } = await checkProject(makeProject({ [FILE]: text }), { lang: { flag: 'nl' } });
    expect(only(dutch, 'readability').find((d) => d.messageId === 'hard-to-read-nl')!.message).toMatch(
      new RegExp(
        `^Maak de tekst makkelijker voor taalniveau B1: splits de langste zinnen, op regel ${line} \\(9 woorden\\), regel ${line} \\(9 woorden\\); schrijf "invoering" in plaats van "implementatie", `,
      ),
    );
  });

  it('names hard words without a known alternative, and leaves out names and numbers', async () => {
    const text = message({
      body: `${DENSE_NL.replace('De implementatie', 'De invoering')} Rotterdam-Zuidoostelijke Organisatieafdelingen krijgen 2026-documentatie.`,
    });
    const [finding] = await readability(text);
    const data = finding!.data as Record<string, unknown>;
    expect(data.swapCount).toBeUndefined();
    expect(data.hardWords).toEqual(['personeelsplanningssysteem', 'organisatorische', 'afdelingsmanagers']);
    expect(finding!.message).not.toContain('write "');
    expect(finding!.message).toContain('; find shorter words than "personeelsplanningssysteem", "organisatorische", "afdelingsmanagers". The text scores');
  });

  it('suggests a plain word for each hard word once, wherever it stands, also when the score passes', async () => {
    const text = message({
      why: 'Teneinde je rooster zelf te regelen, krijg je een app.',
      body: `${PLAIN_NL} Teneinde dat goed te doen, helpt de planner je. Dat is teneinde het werk te laten doorgaan.`,
    });
    expect(await readability(text)).toEqual([]);
    expect(await plainWords(text)).toMatchObject([
      { messageId: 'plain-word', data: { text: 'Teneinde', plain: 'om' }, severity: 'warning', ...positionOf(text, 'Teneinde je') },
    ]);
    const phrase = message({ body: `${PLAIN_NL} Dit doen we in het\nkader van de nieuwe app.` });
    expect(await plainWords(phrase)).toMatchObject([{ data: { text: 'in het kader van', plain: 'voor/bij' }, ...positionOf(phrase, 'in het') }]);
    // English messages get the English list only.
    const en = message({ ...EN, body: `${PLAIN_EN} Please utilise the app. Teneinde is Dutch.` });
    expect((await plainWords(en)).map((d) => d.data)).toEqual([{ text: 'utilise', plain: 'use' }]);
  });

  it('takes more substitutions from the plan, and switches a built-in one off with ""', async () => {
    const text = message({ body: `${PLAIN_NL} Teneinde dat te doen, kun je per omgaande bellen.` });
    const plan = `${PLAN}rules:\n  readability: [warn, {substitutions: {nl: {per omgaande: meteen, teneinde: ""}}}]\n`;
    expect((await plainWords(text, plan)).map((d) => d.data)).toEqual([{ text: 'per omgaande', plain: 'meteen' }]);
    expect((await plainWords(text)).map((d) => d.data)).toEqual([{ text: 'Teneinde', plain: 'om' }]);
  });
});
