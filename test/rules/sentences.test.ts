import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

/**
 * The English sentences end to end, one or two per rule: the rule tests key on
 * message ids and data, and these pin what a writer reads (byte for byte what
 * herald said before the sentences moved to the catalogue).
 */
const FILE = 'content/2026/roosterapp.md';
const MIX_PLAN = `${PLAN}mix:\n  success: 0.25\n  dialogue: 0.1\n`;
const PLAN_21 = PLAN.replace('neglectAfterDays: 60', 'neglectAfterDays: 21');
const NOT_MAGAZIJN = '[chauffeurs, kantoor, directie]';

interface Case {
  name: string;
  files: Record<string, string>;
  plan?: string;
  ruleId: string;
  sentences: string[];
}

const cases: Case[] = [
  {
    name: 'unknown-reference',
    files: { [FILE]: message({ audience: '[magazijn, chaufeurs, stagiairs]' }) },
    ruleId: 'unknown-reference',
    sentences: [
      'Did you mean "chauffeurs"? The plan has no segment "chaufeurs".',
      'The plan has no segment "stagiairs". It has: magazijn, chauffeurs, kantoor, directie.',
    ],
  },
  {
    name: 'goal-inactive',
    files: {
      [FILE]: message({ date: '2026-07-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-01-14T09:00', audience: '[kantoor]', extra: 'campaign: invoering-app' }),
    },
    ruleId: 'goal-inactive',
    sentences: [
      'Pick a later date: on 2026-01-14, campaign "invoering-app" has not started yet (it starts on 2026-02-01).',
      'Pick an earlier date: on 2026-07-02, goal "roosterapp" is over (it ran until 2026-06-30).',
    ],
  },
  {
    name: 'why-missing',
    files: {
      [FILE]: message({ why: 'Handig voor jou.' }),
      'content/2026/b.md': message({ why: 'Nieuwe roosterapp, vanaf maart!', audience: '[kantoor]', date: '2026-02-03T09:00' }),
      'content/2026/c.md': message({ why: null, audience: '[kantoor]', date: '2026-02-04T09:00' }),
    },
    ruleId: 'why-missing',
    sentences: [
      'Say in "why" what this means for the reader: now it repeats the title.',
      'Add "why:" with a sentence about what this means for the reader.',
      'Explain more in "why": use at least 6 words. Now it has 3 words.',
    ],
  },
  {
    name: 'cta-missing',
    files: { [FILE]: message({ cta: null }) },
    ruleId: 'cta-missing',
    sentences: ['The message has no call-to-action; add "cta: {text: …}" saying what the reader should do next.'],
  },
  {
    name: 'cta-vague',
    files: {
      [FILE]: message({ cta: 'cta:\n  text: Meer informatie over de app\n  url: https://intranet.example/app' }),
      'content/2026/b.md': message({ audience: '[kantoor]', date: '2026-02-03T09:00', cta: 'cta:\n  text: Training voor iedereen' }),
      'content/2026/c.md': message({
        audience: '[kantoor]',
        date: '2026-02-04T09:00',
        extra: 'lang: en',
        why: 'You swap shifts yourself, without calling the planner.',
        cta: 'cta:\n  text: Read more\n  url: https://intranet.example/app',
      }),
    },
    ruleId: 'cta-vague',
    sentences: [
      'The call-to-action "Training voor iedereen" does not start with a verb the reader can do; start with one, e.g. "Meld je aan voor …".',
      'The call-to-action says neither where nor by when; add a link (cta.url), a place, or a due date (cta.due).',
      'The call-to-action "Read more" is vague; say what the reader should do, e.g. "Sign up for the training".',
      'The call-to-action "Meer informatie over de app" is vague; say what the reader should do, e.g. "Meld je aan voor de training".',
    ],
  },
  {
    name: 'channel-reach',
    files: {
      [FILE]: message({ audience: '[magazijn, chauffeurs, kantoor]', extra: 'channels: [app, e-mail]' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00', extra: 'channels: [intranet]' }),
    },
    ruleId: 'channel-reach',
    sentences: [
      'Channel "intranet" does not reach segment "magazijn"; use a channel listed for it in the plan.',
      'Channel "e-mail" does not reach segments "magazijn", "chauffeurs"; use a channel listed for them in the plan.',
    ],
  },
  {
    name: 'frequency-cap',
    files: {
      'content/2026/a-maandag.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b-woensdag.md': message({ date: '2026-02-04T09:00' }),
      'content/2026/c-donderdag.md': message({ date: '2026-02-05T09:00' }),
    },
    ruleId: 'frequency-cap',
    sentences: [
      'Spread these messages out: segment "magazijn" gets 3 messages from 2026-02-02 to 2026-02-05, more than its budget of 2 in any 7 days, and this one (2026-02-05) goes over it; the others are content/2026/a-maandag.md (2026-02-02), content/2026/b-woensdag.md (2026-02-04).',
    ],
  },
  {
    name: 'quiet-period',
    files: {
      [FILE]: message({ date: '2026-04-28T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-07T10:00', audience: '[kantoor]' }),
      'content/2026/c.md': message({ date: '2026-02-08T10:00', audience: '[chauffeurs]' }),
    },
    ruleId: 'quiet-period',
    sentences: [
      'Pick a working day: 2026-02-07 is a Saturday, and the calendar avoids weekends.',
      'Pick a working day: 2026-02-08 is a Sunday, and the calendar avoids weekends.',
      'Pick another date: 2026-04-28 falls in the quiet period "Inventarisatieweek" (2026-04-27 – 2026-05-01).',
    ],
  },
  {
    name: 'lead-time',
    files: {
      [FILE]: message({ kind: 'change', date: '2026-02-27T09:00', extra: 'effective: 2026-02-28\nfeedback: https://intranet.example/vragen' }),
      'content/2026/b.md': message({
        kind: 'change',
        audience: '[kantoor]',
        date: '2026-03-03T09:00',
        extra: 'effective: 2026-03-02\nfeedback: https://intranet.example/vragen',
      }),
    },
    ruleId: 'lead-time',
    sentences: [
      'Announce a change at least 14 days ahead. This message comes on 2026-03-03, 1 day after the change took effect (2026-03-02).',
      'Announce a change at least 14 days ahead. This message comes only 1 day before the change (2026-02-28).',
    ],
  },
  {
    name: 'feedback-missing',
    files: { [FILE]: message({ kind: 'dialogue' }), 'content/2026/b.md': message({ kind: 'change', audience: '[kantoor]', date: '2026-02-03T09:00' }) },
    ruleId: 'feedback-missing',
    sentences: [
      'Add "feedback:" with a link or mailto: address, so readers can respond to this change.',
      'Add "feedback:" with a link or mailto: address, so readers can respond to this dialogue.',
    ],
  },
  {
    name: 'hype',
    files: { [FILE]: message({ body: 'Dit is een EXCLUSIEF moment. Mis het niet!! Dit is GRATIS.' }) },
    ruleId: 'hype',
    sentences: [
      'Say plainly what happens and what it means for the reader: "EXCLUSIEF" sounds like an advert.',
      'Say plainly what happens and what it means for the reader: "Mis het niet" sounds like an advert.',
      'Use one exclamation mark at most, or none: "!!" shouts.',
      'Write "GRATIS" in sentence case: text in capitals reads as shouting.',
    ],
  },
  {
    name: 'readability',
    files: {
      [FILE]: message({
        body: 'In de app zie je welke diensten je hebt en met welke collega je samen werkt en wanneer je vrij bent en ook wanneer je een dienst kunt ruilen met iemand anders uit je team.',
      }),
    },
    ruleId: 'readability',
    sentences: ['Split this sentence: it has 35 words, too many for reading level B1 (at most 25).'],
  },
  {
    name: 'image-alt',
    files: { [FILE]: message({ extra: 'image: ./app.png', body: '![](./app.png) en <img src="./app.png">' }), 'content/2026/app.png': 'png' },
    ruleId: 'image-alt',
    sentences: [
      'Give the image alt text that says what it shows: image: {src: ./app.png, alt: …}.',
      'Say what the image "./app.png" shows, between the brackets: ![what it shows](…).',
      'Add alt="…" to this <img>: say what it shows.',
    ],
  },
  {
    name: 'broken-link',
    files: {
      [FILE]: message({
        body: 'Zie [a](./kickoff.md), [b](../../plans/plan.yaml), [c](../feed.xml) en [d](./bijlage.HTML).\n\n![De plattegrond](./plattegrond.svg)',
      }),
      'content/2026/kick-off.md': message({ date: '2026-01-12T09:00', audience: '[kantoor]' }),
      'content/feed.xml': '<feed/>',
      'content/2026/bijlage.HTML': '<p/>',
      'content/2026/plattegrond.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    },
    ruleId: 'broken-link',
    sentences: [
      'Did you mean "kick-off.md"? The link "./kickoff.md" points to content/2026/kickoff.md, which does not exist.',
      'Put the file in content/: the link "../../plans/plan.yaml" points outside it, and the site cannot include that.',
      'Move or rename the file: the link "../feed.xml" points to content/feed.xml, which would be published at /feed.xml, where the site writes its own feed.xml.',
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the link "./bijlage.HTML" points to content/2026/bijlage.HTML, which would be published at /2026/bijlage.HTML, but herald publishes only images, documents, audio and video (such as .png, .pdf, .docx, .mp4), not .html files, which a browser or web server might run as part of the site.',
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the image "./plattegrond.svg" points to content/2026/plattegrond.svg, which would be published at /2026/plattegrond.svg, but herald cannot publish that SVG: it has an event handler attribute (onload=), and a browser opening it on the site\'s address could run it as part of the site.',
    ],
  },
  {
    name: 'duplicate-slug',
    files: {
      'content/2026/roosterapp.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/maart/roosterapp.md': message({ date: '2026-03-02T09:00', audience: '[kantoor]' }),
    },
    ruleId: 'duplicate-slug',
    sentences: [
      'Give one of these messages a different "slug": this one would be published at /2026/roosterapp/, like content/2026/roosterapp.md.',
      'Give one of these messages a different "slug": this one would be published at /2026/roosterapp/, like content/2026/maart/roosterapp.md.',
    ],
  },
  {
    name: 'body-structure',
    files: { [FILE]: message({ body: '<div>'.repeat(250) + 'x' + '</div>'.repeat(250) }) },
    ruleId: 'body-structure',
    sentences: [
      'The body nests 251 levels deep from here (lists, quotes and HTML elements inside each other); the site renders at most 200. Remove the extra nesting, for example the HTML pasted from another tool.',
    ],
  },
  {
    name: 'segment-neglected',
    files: {
      'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: '[magazijn, chauffeurs, kantoor]' }),
      'content/2026/b.md': message({ date: '2026-02-16T09:00', audience: NOT_MAGAZIJN.replace(', directie', '') }),
      'content/2026/c.md': message({ date: '2026-03-02T09:00', audience: '[chauffeurs, kantoor]' }),
      'content/2026/d.md': message({ date: '2026-03-16T09:00', audience: '[magazijn, chauffeurs, kantoor]' }),
    },
    plan: PLAN_21,
    ruleId: 'segment-neglected',
    sentences: [
      'Write a message for segment "magazijn": it gets nothing for 42 days, from 2026-02-02 to 2026-03-16 (neglectAfterDays is 21).',
      'Write a message for segment "directie": it gets nothing between 2026-02-02 and 2026-03-16 (42 days; neglectAfterDays is 21).',
    ],
  },
  {
    name: 'goal-uncovered',
    files: {
      'content/2026/a.md': message({ date: '2026-06-01T09:00', audience: 'all' }),
      'content/2026/b.md': message({ date: '2026-06-22T09:00', audience: 'all' }),
      'content/2026/c.md': message({ date: '2026-07-13T09:00', audience: 'all', goal: 'roosterapp' }),
    },
    ruleId: 'goal-uncovered',
    sentences: ['Write a message for goal "veilig-werken", or end the goal sooner: it has no message between 2026-07-01 and 2026-07-13.'],
  },
  {
    name: 'campaign-no-dialogue',
    files: { [FILE]: message({ extra: 'campaign: invoering-app' }) },
    plan: PLAN.replace('requireFeedback: false', 'requireFeedback: true'),
    ruleId: 'campaign-no-dialogue',
    sentences: ['Add a dialogue message (kind: dialogue) to campaign "invoering-app", where people can ask questions, or set requireFeedback: false.'],
  },
  {
    name: 'mix',
    files: {
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-04T09:00', audience: '[kantoor]' }),
      'content/2026/c.md': message({
        date: '2026-02-10T09:00',
        audience: '[chauffeurs]',
        kind: 'dialogue',
        extra: 'feedback: https://intranet.example/vragen',
      }),
      'content/2026/d.md': message({ date: '2026-02-17T09:00' }),
    },
    plan: MIX_PLAN,
    ruleId: 'mix',
    sentences: ['Write more success messages: in 2026-02, 0% of the messages are about a success (0 of 4). The plan asks for at least 25%.'],
  },
];

describe('the sentences a writer reads', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, { files, plan, ruleId, sentences }) => {
    const found = only(await check(files, plan), ruleId).map((d) => d.message);
    expect(found.sort()).toEqual([...sentences].sort());
  });

  it('readability: the score, with the formula of the message’s language', async () => {
    const dense =
      'De implementatie van het geïntegreerde personeelsplanningssysteem wordt gefaseerd gerealiseerd. ' +
      'De organisatorische consequenties worden geëvalueerd door de betreffende afdelingsmanagers. ' +
      'Medewerkers ontvangen tijdig aanvullende communicatieve ondersteuning.';
    const found = only(await check({ [FILE]: message({ body: dense }) }), 'readability');
    const d = found.find((f) => f.messageId === 'hard-to-read-nl');
    const { score, wordsPerSentence, syllablesPerWord } = d!.data as Record<string, string | number>;
    // The advice first (the longest sentences at their lines, plain words, other hard words), then the score.
    expect(d!.message).toBe(
      `Make the text easier for reading level B1: split the longest sentences, on line 11 (9 words), line 11 (9 words); write "invoering" for "implementatie"; find shorter words than "personeelsplanningssysteem", "organisatorische". The text scores ${score} (Flesch–Douma), below 60: ${wordsPerSentence} words per sentence, ${syllablesPerWord} syllables per word; the hardest sentence starts here.`,
    );
    expect(found.filter((f) => f.messageId === 'plain-word').map((f) => f.message)).toEqual([
      'Write "invoering" instead of "implementatie": the plain word reads faster.',
    ]);
  });
});
