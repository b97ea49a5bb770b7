import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
const cta = (text: string, more = '\n  url: https://intranet.example/app') => `cta:\n  text: ${text}${more}`;

describe('cta-vague', () => {
  it('warns at the text when the call-to-action is "more information"', async () => {
    const text = message({ cta: cta('Meer informatie over de app') });
    expect(await check({ [FILE]: text })).toMatchObject([
      {
        ruleId: 'cta-vague',
        messageId: 'vague-cta',
        data: { text: 'Meer informatie over de app' },
        severity: 'warning',
        file: FILE,
        ...positionOf(text, 'Meer informatie'),
      },
    ]);
  });

  it('warns about "klik hier" and "lees meer", even though they start with a verb', async () => {
    for (const words of ['Klik hier', 'Lees meer']) {
      const text = message({ cta: cta(words) });
      expect(await check({ [FILE]: text })).toMatchObject([{ ruleId: 'cta-vague', messageId: 'vague-cta', data: { text: words }, ...positionOf(text, words) }]);
    }
  });

  it('warns when the call-to-action does not start with a verb', async () => {
    const text = message({ cta: cta('Training voor iedereen in de app') });
    expect(await check({ [FILE]: text })).toMatchObject([
      { ruleId: 'cta-vague', messageId: 'no-leading-verb', data: { text: 'Training voor iedereen in de app' }, ...positionOf(text, 'Training voor') },
    ]);
  });

  it('warns when the call-to-action says neither where nor by when', async () => {
    const text = message({ cta: cta('Installeer de nieuwe roosterapp', '') });
    expect(await check({ [FILE]: text })).toMatchObject([
      { ruleId: 'cta-vague', messageId: 'no-where-or-when', data: {}, ...positionOf(text, 'Installeer de nieuwe') },
    ]);
  });

  it('points at the value of the short form', async () => {
    const text = message({ cta: 'cta: Meer informatie volgt' });
    expect(only(await check({ [FILE]: text }), 'cta-vague')).toMatchObject([{ messageId: 'vague-cta', ...positionOf(text, 'Meer informatie volgt') }]);
  });

  it('accepts a verb with a link, a place or a due date', async () => {
    const clean = [
      cta('Installeer de app en log één keer in'),
      cta('Meld je aan bij je teamleider', ''),
      cta('Vul de vragenlijst in', '\n  due: 2026-02-20'),
      cta('Lees het hele plan op het intranet', ''),
      cta('Gebruik vanaf maandag de nieuwe scanner'),
      cta('Zorg dat je app is bijgewerkt', '\n  due: 2026-02-27'),
      cta('Aanmelden voor de training', '\n  due: 2026-02-20'),
      'cta: Stel je vraag in de app',
      // Separable verbs: the imperative comes first, its particle later.
      cta('Schuif aan bij de koffie op dinsdag om 09.00 in de kantine', ''),
      cta('Dien je openstaande declaraties in vóór 8 mei', '\n  due: 2026-05-08'),
      cta('Haal je nieuwe pas op bij de receptie', ''),
      // The polite form, a courtesy first, and a day or time in the text as the "by when".
      cta('Meldt u aan via de website'),
      cta('Graag aanmelden vóór 20 november', ''),
      cta('Zet maandag 19 oktober, 12.00 uur in je agenda', ''),
      cta('Kom langs in lokaal 12', ''),
      cta('Vernieuw je wachtwoord via TOPdesk'),
    ];
    for (const c of clean) expect(await check({ [FILE]: message({ cta: c }) }), c).toEqual([]);
  });

  it('reads an English message with English verbs, and suggests in English', async () => {
    const en = (text: string) => message({ cta: cta(text), extra: 'lang: en', why: 'You swap shifts yourself, without calling the planner.' });
    expect(only(await check({ [FILE]: en('Sign up for the training') }), 'cta-vague')).toEqual([]);
    expect(only(await check({ [FILE]: en('Wear your safety shoes from Monday') }), 'cta-vague')).toEqual([]);
    expect(only(await check({ [FILE]: en('Pop in at the canteen on Tuesday') }), 'cta-vague')).toEqual([]);
    expect(only(await check({ [FILE]: en('Reset your password before Friday') }), 'cta-vague')).toEqual([]);
    // "may" is a verb as often as a month: no "by when" from it.
    const noWhen = message({
      cta: 'cta:\n  text: Finish the course as you may',
      extra: 'lang: en',
      why: 'You swap shifts yourself, without calling the planner.',
    });
    expect(only(await check({ [FILE]: noWhen }), 'cta-vague')).toMatchObject([{ messageId: 'no-where-or-when' }]);

    const readMore = en('Read more');
    expect(only(await check({ [FILE]: readMore }), 'cta-vague')).toMatchObject([
      { messageId: 'vague-cta-en', data: { text: 'Read more' }, ...positionOf(readMore, 'Read more') },
    ]);

    const training = en('Training for everyone');
    expect(only(await check({ [FILE]: training }), 'cta-vague')).toMatchObject([
      { messageId: 'no-leading-verb-en', data: { text: 'Training for everyone' }, ...positionOf(training, 'Training for') },
    ]);
  });

  it('takes extra verbs and places from the plan', async () => {
    // Yammer (the product) is no Dutch verb in the lexicon, and English verbs from the lexicon do not count in Dutch text.
    const text = message({ cta: cta('Yammer over je idee voor de barbecue', '') });
    expect(only(await check({ [FILE]: text }), 'cta-vague').map((d) => d.messageId)).toEqual(['no-leading-verb', 'no-where-or-when']);
    const plan = `${PLAN}rules:\n  cta-vague: [warn, {verbs: {nl: [yammer]}, places: {nl: [barbecue]}}]\n`;
    expect(only(await check({ [FILE]: text }, plan), 'cta-vague')).toEqual([]);
  });

  it('knows the imperatives of thousands of verbs it derived, not only a hand-picked few', async () => {
    const clean = [
      'Ontdooi de vriezer vóór vrijdag',
      'Plak de sticker op je kluisje',
      'Veeg de vloer voor sluitingstijd in de kantine',
      'Tank de bus vol bij de pomp in Zwolle',
      'Verhuis je spullen vóór 1 april naar de nieuwe loods',
      'Leeg je postvak in de hal',
      'Bak de oliebollen op 31 december in de kantine',
      'Kies je rooster in de app',
      'Reserveer een fiets bij de receptie',
      'Luister het interview terug op intranet',
      'Waarschuw de planner via de app',
      'Overleg met je teamleider vóór vrijdag',
      'Ondersteun je collega bij de kassa',
      'Wees op tijd bij de ingang',
      // Separable verbs: the stem first, the particle later.
      'Meld je vóór 1 maart aan via de app',
      'Schrijf je in op intranet.example/training',
      'Lever je pas in bij de balie',
      'Nodig je team uit in de vergaderzaal',
      // The polite form, of a regular and an irregular verb.
      'Ontdooit u de vriezer vóór vrijdag',
      'Gaat u naar de balie',
      // An infinitive as the instruction, with its particle or without.
      'Inschrijven kan tot 1 maart via de app',
      'Opruimen vóór vrijdag',
      'Ontdooien vóór vrijdag',
      'Graag voorstellen insturen vóór 1 mei',
    ];
    for (const c of clean) expect(only(await check({ [FILE]: message({ cta: cta(c) }) }), 'cta-vague'), c).toEqual([]);

    const en = (text: string) => message({ cta: cta(text), extra: 'lang: en', why: 'You swap shifts yourself, without calling the planner.' });
    for (const c of [
      'Sweep the loading dock by Friday',
      'Label the returns at gate 4',
      'Thaw the freezer before Friday',
      'Please defrost the freezer by Friday',
    ]) {
      expect(only(await check({ [FILE]: en(c) }), 'cta-vague'), c).toEqual([]);
    }
  });

  it('knows a verb that is a noun first by the word after it, a hyphenated verb by its last part, and skips a leading "nu"', async () => {
    const clean = [
      // Noun-first verbs before a word a verb takes.
      'Borrel mee op vrijdag in de kantine',
      'Lunch met je team in de kantine',
      // Any word before an object pronoun, also one no lexicon has as a verb.
      'Sms je teamleider vóór vrijdag',
      'Whatsapp je collega’s via de app',
      // A hyphenated verb, and a leading adverb.
      'E-mail je vraag naar hr@example.nl',
      'Nu inschrijven via de app',
      'Meteen downloaden via intranet',
    ];
    for (const c of clean) expect(only(await check({ [FILE]: message({ cta: cta(c) }) }), 'cta-vague'), c).toEqual([]);
    const en = (text: string) => message({ cta: cta(text), extra: 'lang: en', why: 'You swap shifts yourself, without calling the planner.' });
    for (const c of [
      'Slack your manager before Friday',
      'Phone your team lead today',
      'Skype us from home',
      'Taxi to the gate',
      'Triple-check the order at gate 4',
      'Re-read the policy on the intranet',
      'Now sign up at the desk',
      // Verbs of working life newer than WordNet 3.0, added by the derivation script.
      'Carpool with a colleague from the depot this week',
      'RSVP by Friday at hr@example.com',
    ]) {
      expect(only(await check({ [FILE]: en(c) }), 'cta-vague'), c).toEqual([]);
    }
    for (const text of ['"Tip: de app is vernieuwd"', 'Lunch op vrijdag', 'Wil je meedoen? Kijk op intranet', 'Nu ook in de app']) {
      expect(
        only(await check({ [FILE]: message({ cta: cta(text) }) }), 'cta-vague').map((d) => d.messageId),
        text,
      ).toEqual(['no-leading-verb']);
    }
    for (const text of ['"Lunch: Friday in the canteen"', 'Team news for everyone', 'Bike shed at the back']) {
      expect(
        only(await check({ [FILE]: en(text) }), 'cta-vague').map((d) => d.messageId),
        text,
      ).toEqual(['no-leading-verb-en']);
    }
  });

  it('still reports a call-to-action without a verb, or with a noun that could be one', async () => {
    // "Meer" is the imperative of "meren" (to moor), but reads as "more": still the vague "more information".
    expect(only(await check({ [FILE]: message({ cta: cta('Meer informatie op intranet') }) }), 'cta-vague').map((d) => d.messageId)).toEqual(['vague-cta']);
    for (const text of [
      'Meer dan 100 collega’s in de kantine',
      'Training op 3 maart',
      'Vragen? Mail hr@example.nl',
      'Heb je vragen? Mail hr@example.nl',
      'Voorstellen voor de nieuwe kantine',
      'Feest op vrijdag in de kantine',
      'Begin maart in de kantine',
      'Informatie in de app',
      // An English verb does not start a Dutch call.
      'Team Noord op vrijdag in de kantine',
    ]) {
      expect(
        only(await check({ [FILE]: message({ cta: cta(text) }) }), 'cta-vague').map((d) => d.messageId),
        text,
      ).toEqual(['no-leading-verb']);
    }
    const en = (text: string) => message({ cta: cta(text), extra: 'lang: en', why: 'You swap shifts yourself, without calling the planner.' });
    for (const text of [
      'More information on the intranet',
      'Training on 3 March',
      'Questions? Mail hr@example.com',
      'Team lunch on Friday',
      'Free coffee at the canteen',
    ]) {
      expect(
        only(await check({ [FILE]: en(text) }), 'cta-vague').map((d) => d.messageId),
        text,
      ).toEqual(['no-leading-verb-en']);
    }
  });

  it('can be silenced on the line of the text, for the message, or for the project', async () => {
    const commented = message({ cta: 'cta:\n  # herald-disable-next-line cta-vague\n  text: Meer informatie\n  url: https://intranet.example/app' });
    expect(await check({ [FILE]: commented })).toEqual([]);
    expect(await check({ [FILE]: message({ cta: cta('Meer informatie'), extra: 'lint: {disable: [cta-vague]}' }) })).toEqual([]);
    expect(await check({ [FILE]: message({ cta: cta('Meer informatie') }) }, `${PLAN}rules:\n  cta-vague: off\n`)).toEqual([]);
    expect(await check({ [FILE]: message({ cta: cta('Meer informatie') }) }, `${PLAN}rules:\n  cta-vague: error\n`)).toMatchObject([
      { ruleId: 'cta-vague', severity: 'error', messageId: 'vague-cta' },
    ]);
  });
});
