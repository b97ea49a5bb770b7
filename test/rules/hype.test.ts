import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
// message() without kind or extra: the body starts on line 11.
const body = (...lines: string[]) => message({ body: lines.join('\n') });
const hype = async (text: string, plan?: string) => only(await check({ [FILE]: text }, plan), 'hype');
/** Each finding as [message id, quoted text, line, column]. */
const found = (diagnostics: { messageId?: string; data?: { text?: unknown }; line: number; column: number }[]) =>
  diagnostics.map((d) => [d.messageId, d.data?.text, d.line, d.column]);
/** [message id, quoted text, line, column] of the `occurrence`-th `needle` in `text`. */
const finding = (text: string, messageId: string, needle: string, occurrence = 0, quoted = needle) => {
  const { line, column } = positionOf(text, needle, occurrence);
  return [messageId, quoted, line, column];
};

describe('hype', () => {
  it('warns at a hype word in the body, once even when it is also in capitals', async () => {
    const text = body('Vanaf maart staat je rooster in de app.', '', 'Dit is een EXCLUSIEF moment voor het hele team.');
    expect(await check({ [FILE]: text })).toMatchObject([
      { ruleId: 'hype', messageId: 'sales-hype', data: { text: 'EXCLUSIEF' }, severity: 'warning', file: FILE, ...positionOf(text, 'EXCLUSIEF') },
    ]);
  });

  it('spans the whole text at fault, for the caret and editors, also after markup earlier on the line', async () => {
    const text = body('Dit is een **nieuw** en FANTASTISCH moment!!');
    const [word, marks] = await hype(text);
    const at = positionOf(text, 'FANTASTISCH');
    expect(word).toMatchObject({ messageId: 'sales-hype', line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 'FANTASTISCH'.length });
    const bang = positionOf(text, '!!');
    expect(marks).toMatchObject({ messageId: 'shouting-exclamations', column: bang.column, endColumn: bang.column + 2 });
  });

  it('finds Dutch and English phrases, and "!!"', async () => {
    const text = body('De app komt eraan. Mis het niet!!', '', 'This will unlock a game changer for everyone.');
    expect(found(await hype(text))).toEqual([
      finding(text, 'sales-hype', 'Mis het niet'),
      finding(text, 'shouting-exclamations', '!!'),
      finding(text, 'sales-hype', 'unlock'),
      finding(text, 'sales-hype', 'game changer'),
    ]);
  });

  it('flags words of five or more capitals, but not acronyms', async () => {
    const text = body(
      'Vraag het aan HR of ICT, zij kennen de AVG en de cao.',
      '',
      'De nieuwe app is GRATIS voor iedereen.',
      '',
      'Steun de UNICEF-actie en lees de COVID-19-regels.',
    );
    expect(found(await hype(text))).toEqual([finding(text, 'shouting-capitals', 'GRATIS')]);
  });

  it('knows common names in capitals, and a price "exclusief btw" is not hype', async () => {
    const text = body('Volg de HACCP-regels en de COVID maatregelen in de kantine.', '', 'De fiets kost 450 euro exclusief btw. Prices are exclusive of VAT.');
    expect(await check({ [FILE]: text })).toEqual([]);
    const offer = body('Een exclusief aanbod: de fiets kost 450 euro exclusief btw.');
    expect(found(await hype(offer))).toEqual([finding(offer, 'sales-hype', 'exclusief')]);
  });

  it('leaves facts alone: prices without VAT, a real door, a legal term, official names and Roman numerals', async () => {
    const text = body(
      'De lunch kost € 12,50, exclusief 21% btw. Het is een niet-exclusieve licentie. De ingang is niet te missen.',
      '',
      'You can unlock the back door with your badge. The two options are mutually exclusive. Please park on the next level up. We have limited time to test.',
      '',
      'De gevelsteen draagt het jaartal MDCCXCVI. Het gebouw heeft een BREEAM-certificaat en UNHCR helpt mee.',
    );
    expect(await hype(text)).toEqual([]);
  });

  it('still finds the hype next to those facts', async () => {
    const findings = await hype(
      body('Exclusief voor jou: unlock je toekomst en ga naar the next level! Niet te missen. Limited time, exclusively yours. DIT IS BELANGRIJK.'),
    );
    expect(findings.map((d) => d.data?.text)).toEqual([
      'Exclusief',
      'unlock',
      'next level',
      'Niet te missen',
      'Limited time',
      'exclusively',
      'DIT IS BELANGRIJK',
    ]);
    expect(findings.at(-1)!.messageId).toBe('shouting-capitals');
  });

  it('takes extra acronyms from the plan', async () => {
    const text = body('Vanaf maart plant ROUTIQ onze routes.');
    expect(found(await hype(text))).toEqual([finding(text, 'shouting-capitals', 'ROUTIQ')]);
    expect(await hype(text, `${PLAN}rules:\n  hype: [warn, {acronyms: [ROUTIQ]}]\n`)).toEqual([]);
  });

  it('does not read code, link targets or bare URLs as prose', async () => {
    const text = body(
      'Zoek in de app op `exclusief` of op `UNLOCK`.',
      '',
      '```',
      'UNLOCK DE APP!!!',
      '```',
      '',
      '    GRATIS!! (ingesprongen code)',
      '',
      'Kijk op [de nieuwe pagina](https://intranet.example/exclusief-unlock) of https://intranet.example/UNLOCKED.',
    );
    expect(await hype(text)).toEqual([]);
  });

  it('does read link text, headings, list items and quotes', async () => {
    const text = body('## Ongekend nieuws', '', '- Een [exclusieve kans](https://intranet.example/kans)', '', '> Op is op.');
    expect(found(await hype(text))).toEqual([
      finding(text, 'sales-hype', 'Ongekend'),
      finding(text, 'sales-hype', 'exclusieve'),
      finding(text, 'sales-hype', 'Op is op'),
    ]);
  });

  it('finds hype in title, why and cta at the right word, also when it repeats', async () => {
    const text = message({
      title: '"Unlocked: unlock je rooster!!"',
      why: 'Het is exclusief, echt exclusief voor jou en je collega’s.',
      cta: 'cta:\n  text: Installeer de app, nu of nooit\n  url: https://intranet.example/app',
    });
    expect(found(await hype(text))).toEqual([
      finding(text, 'sales-hype', 'unlock'), // the second one, not the "Unlocked" before it (positionOf is case-sensitive)
      finding(text, 'shouting-exclamations', '!!'),
      finding(text, 'sales-hype', 'exclusief'),
      finding(text, 'sales-hype', 'exclusief', 1),
      finding(text, 'sales-hype', 'nu of nooit'), // in the cta text
    ]);
  });

  it('finds a phrase that a folded why breaks over two lines', async () => {
    const text = message({ why: ">-\n  Je ruilt straks zelf diensten met collega's. Nu of\n  nooit, want de planner stopt ermee." });
    // The quoted text is on one line, as the reader sees it.
    expect(found(await hype(text))).toEqual([finding(text, 'sales-hype', 'Nu of', 0, 'Nu of nooit')]);
  });

  it('accepts plain text, one exclamation mark and ?!', async () => {
    const text = body('Wat?! Vanaf maart staat je rooster in de app. Handig!', '', 'Het megaproject loopt door. De HR-afdeling helpt.');
    expect(await check({ [FILE]: text })).toEqual([]);
  });

  it('takes extra words from the plan as whole words, and can allow a listed one', async () => {
    const text = body('Dit wordt turbo voor het magazijn.', '', 'Het turboproject loopt door.');
    expect(await hype(text)).toEqual([]);
    const extra = await hype(text, `${PLAN}rules:\n  hype: [warn, {words: [turbo]}]\n`);
    expect(extra).toMatchObject([{ severity: 'warning', messageId: 'sales-hype', data: { text: 'turbo' }, ...positionOf(text, 'turbo') }]);

    const allowed = body('De exclusieve rechten liggen bij de uitgever.');
    expect(await hype(allowed)).toHaveLength(1);
    expect(await hype(allowed, `${PLAN}rules:\n  hype: [warn, {allow: [exclusieve]}]\n`)).toEqual([]);
  });

  it('follows the severity set in the plan', async () => {
    const text = body('Dit is revolutionair.');
    expect(await hype(text, `${PLAN}rules:\n  hype: error\n`)).toMatchObject([
      { severity: 'error', messageId: 'sales-hype', ...positionOf(text, 'revolutionair') },
    ]);
    expect(await hype(text, `${PLAN}rules:\n  hype: off\n`)).toEqual([]);
  });

  it('can be silenced for the next line in the body', async () => {
    const text = body('Gewoon nieuws.', '', '<!-- herald-disable-next-line hype -->', 'Dit is een EXCLUSIEF moment.', '', 'Nog een EXCLUSIEF moment.');
    // Only the line after the comment is silenced.
    expect(await hype(text)).toMatchObject([{ messageId: 'sales-hype', ...positionOf(text, 'EXCLUSIEF', 1) }]);
    const other = body('<!-- herald-disable-next-line readability -->', 'Dit is een EXCLUSIEF moment.');
    expect(await hype(other)).toMatchObject([{ messageId: 'sales-hype', ...positionOf(other, 'EXCLUSIEF') }]);
    const all = body('<!-- herald-disable-next-line -->', 'Dit is een EXCLUSIEF moment.');
    expect(await hype(all)).toEqual([]);
  });

  it('can be silenced in the front-matter', async () => {
    expect(await hype(message({ title: 'EXCLUSIEF voor jou', extra: 'lint: {disable: [hype]}' }))).toEqual([]);
    const commented = message({ title: 'EXCLUSIEF voor jou' }).replace('title:', '# herald-disable-next-line hype\ntitle:');
    expect(await hype(commented)).toEqual([]);
  });

  it('finds the superlatives comms teams overuse, in both languages, as whole words', async () => {
    const text = body('Een geweldig en uniek project, super handig en mega snel.', '', 'An awesome, incredible launch with a unique feel.');
    expect(found(await hype(text))).toEqual([
      finding(text, 'sales-hype', 'geweldig'),
      finding(text, 'sales-hype', 'uniek'),
      finding(text, 'sales-hype', 'super'),
      finding(text, 'sales-hype', 'mega'),
      finding(text, 'sales-hype', 'awesome'),
      finding(text, 'sales-hype', 'incredible'),
      finding(text, 'sales-hype', 'unique'),
    ]);
    // Part of a longer word it is no superlative: de supermarkt, het megaproject, een fantastischer plan is not listed.
    expect(await hype(body('Bij de supermarkt om de hoek hangt het megaproject-bord.'))).toEqual([]);
  });

  it('leaves the factual uses of those words alone', async () => {
    const text = body(
      'Je krijgt een uniek nummer en een unieke code voor de kluis.',
      '',
      'Each badge has a unique identifier, and the super user resets it. The super market opens at eight.',
    );
    expect(await hype(text)).toEqual([]);
  });

  it('reports a run of capitals once, from its first to its last word', async () => {
    const text = body('Let op: DIT IS ECHT BELANGRIJK voor iedereen.', '', 'NIET VERGETEN: inloggen.');
    expect(found(await hype(text))).toEqual([
      finding(text, 'shouting-capitals', 'DIT IS ECHT BELANGRIJK'),
      finding(text, 'shouting-capitals', 'NIET VERGETEN'),
    ]);
    const [first] = await hype(text);
    const { line, column } = positionOf(text, 'DIT IS');
    expect(first).toMatchObject({ line, column });
    expect(first!.message).toBe('Write "DIT IS ECHT BELANGRIJK" in sentence case: text in capitals reads as shouting.');
  });

  it('a run of short acronyms is no shouting; a compound name leaves the run', async () => {
    const text = body('Vragen over de AVG EN ICT? Mail HR. Lees de UNICEF-actie en de COVID-19-regels, of HET NIEUWE UNICEF-plan.');
    expect(found(await hype(text))).toEqual([finding(text, 'shouting-capitals', 'HET NIEUWE')]);
  });
});
