import { describe, expect, it } from 'vitest';
import { askMissing, type Choice, type Prompts } from '../../src/author/ask.js';
import { checkFlags, messagePath, newMessageText, readDate } from '../../src/author/new-message.js';
import { slugify } from '../../src/model/slug.js';
import { UsageError } from '../../src/model/errors.js';
import { check, PLAN } from '../helpers/project.js';
import { factsOf, planOf } from '../helpers/stages.js';

const plan = planOf({ 'plans/plan.yaml': PLAN }).plan;
const NOW = Date.parse('2026-11-23T10:20:00Z'); // 11:20 in Amsterdam

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('slugify', () => {
  it.each([
    ['Nieuwe roosterapp vanaf 1 maart', 'nieuwe-roosterapp-vanaf-1-maart'],
    ['Één keer per week: café-overleg!', 'een-keer-per-week-cafe-overleg'],
    ["Collega's vertellen", 'collegas-vertellen'],
    ['Straße & Œuvre, ĳsbaan', 'strasse-oeuvre-ijsbaan'],
    ['  --Hallo   wereld--  ', 'hallo-wereld'],
    ['🎉', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('checkFlags', () => {
  it('accepts segments comma-separated or repeated, and all', () => {
    expect(checkFlags({ audience: ['magazijn,chauffeurs', 'kantoor'] }, plan).audience).toEqual(['magazijn', 'chauffeurs', 'kantoor']);
    expect(checkFlags({ audience: ['magazijn', 'all'] }, plan).audience).toEqual(['all']);
  });

  it('refuses an unknown segment, goal, kind or campaign with the nearest id', () => {
    expect(usageError(() => checkFlags({ audience: ['magazjin'] }, plan)).message).toBe('Unknown segment "magazjin" for --audience; did you mean "magazijn"?');
    expect(usageError(() => checkFlags({ goal: 'roosterap' }, plan)).message).toMatch(/did you mean "roosterapp"/);
    expect(usageError(() => checkFlags({ kind: 'sucess' }, plan)).message).toMatch(/did you mean "success"/);
    expect(usageError(() => checkFlags({ campaign: 'invoering' }, plan)).hint).toBe("The plan's campaigns: invoering-app.");
  });

  it('takes the goal from the campaign, and refuses a campaign of another goal', () => {
    expect(checkFlags({ campaign: 'invoering-app' }, plan)).toMatchObject({ campaign: 'invoering-app', goal: 'roosterapp' });
    expect(usageError(() => checkFlags({ campaign: 'invoering-app', goal: 'veilig-werken' }, plan)).message).toMatch(/serves goal "roosterapp"/);
  });

  it('takes --date as YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is read too), and nothing else', () => {
    expect(checkFlags({ date: '2026-12-01' }, plan).date).toBe('2026-12-01');
    expect(checkFlags({ date: '2026-12-01T08:30' }, plan).date).toBe('2026-12-01T08:30');
    expect(checkFlags({ date: '2026-12-01 08:30' }, plan).date).toBe('2026-12-01T08:30');
    expect(checkFlags({}, plan).date).toBeUndefined();
    for (const bad of ['1-12-2026', '2026-02-30', '2026-12-01T25:00', '2026-12-01 8:30']) {
      expect(usageError(() => checkFlags({ date: bad }, plan)).hint).toMatch(/YYYY-MM-DD/);
    }
    expect(readDate(' 2026-03-09 ')).toBe('2026-03-09');
    expect(readDate('morgen')).toBeUndefined();
  });

  it('takes --why, --cta, --cta-url, --cta-due, --where and --when, and refuses a link or date it cannot publish', () => {
    expect(
      checkFlags(
        {
          why: '  Je  ziet je rooster op je telefoon ',
          cta: 'Installeer de app',
          ctaUrl: 'https://intranet.example/app',
          ctaDue: '2026-03-01',
          where: 'Kantine',
          when: '2026-03-02 12:00',
        },
        plan,
      ),
    ).toEqual({
      why: 'Je ziet je rooster op je telefoon',
      cta: { text: 'Installeer de app', url: 'https://intranet.example/app', due: '2026-03-01' },
      event: { where: 'Kantine', when: '2026-03-02T12:00' },
    });
    expect(usageError(() => checkFlags({ ctaUrl: 'javascript:alert(1)' }, plan)).message).toBe(
      '--cta-url "javascript:alert(1)" is not a link herald can publish.',
    );
    expect(usageError(() => checkFlags({ ctaDue: '2026-02-30' }, plan)).message).toBe('--cta-due "2026-02-30" is not a date.');
    expect(usageError(() => checkFlags({ when: 'morgen' }, plan)).message).toBe('--when "morgen" is not a date.');
  });
});

describe('the new message', () => {
  const message = {
    title: 'Nieuwe kantine: open',
    date: '2026-02-02T09:00',
    audience: ['magazijn'],
    goal: 'roosterapp',
    kind: 'change' as const,
    campaign: 'invoering-app',
  };

  it('goes to content/<yyyy>/<slug>.md', () => {
    expect(messagePath(message)).toBe('content/2026/nieuwe-kantine-open.md');
    expect(usageError(() => messagePath({ ...message, title: '!!!' })).message).toMatch(/no letters or digits/);
  });

  it('has the front-matter prefilled and fails only why-missing and cta-missing until they are written', async () => {
    const text = newMessageText(message, plan);
    expect(text).toMatch(
      /^---\ntitle: "Nieuwe kantine: open"\ndate: 2026-02-02T09:00 {2}# publicatiemoment, in Europe\/Amsterdam\naudience: \[magazijn\]\ngoal: roosterapp\nkind: change\ncampaign: invoering-app\n/,
    );
    expect(text).toMatch(/# Waarom is dit belangrijk voor de lezer\?[^\n]*\n#[^\n]*\nwhy:\n/);
    expect(text).toMatch(/# effective: YYYY-MM-DD/);
    const findings = await check({ 'content/2026/nieuwe-kantine-open.md': text });
    expect(findings.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['why-missing', 'cta-missing']);
  });

  it('checks clean once why and cta are filled in as the comments say', async () => {
    const text = newMessageText({ ...message, kind: 'news' }, plan)
      .replace('why:\n', 'why: Je ziet je rooster voortaan op je telefoon, ook thuis.\n')
      .replace('cta:\n', 'cta:\n  text: Installeer de app\n  url: https://intranet.example/app\n')
      .replace(
        /<!--[\s\S]*-->\n/,
        'Vanaf maart staat je rooster in de app. Je ruilt diensten met een collega. De planner hoeft niets te doen. Je logt in met je nummer.\n',
      );
    expect(await check({ 'content/2026/nieuwe-kantine-open.md': text })).toEqual([]);
  });

  it('writes the why, the call-to-action and the place and time of an event when they are given', async () => {
    const text = newMessageText(
      {
        ...message,
        kind: 'event',
        why: 'Je ziet: je nieuwe rooster staat in de app',
        cta: { text: 'Kom naar de kantine', due: '2026-02-10' },
        event: { where: 'Kantine, gebouw B', when: '2026-02-10T12:00' },
      },
      plan,
    );
    expect(text).toContain('why: "Je ziet: je nieuwe rooster staat in de app"\ncta:\n  text: Kom naar de kantine\n  due: 2026-02-10\n---\n');
    expect(text).not.toContain('# Waarom is dit belangrijk');
    expect(text).toContain('---\n**Waar:** Kantine, gebouw B  \n**Wanneer:** dinsdag 10 februari 2026, 12:00\n\n<!--\n');
    const english = { ...plan, site: { ...plan.site, language: 'en' as const } };
    expect(newMessageText({ ...message, kind: 'event', event: { when: '2026-02-10' } }, english)).toContain('---\n**When:** Tuesday, 10 February 2026\n\n<!--');
    const findings = await check({ 'content/2026/nieuwe-kantine-open.md': text });
    expect(findings.filter((d) => d.ruleId === 'front-matter' || d.ruleId === 'why-missing' || d.ruleId === 'cta-missing')).toEqual([]);
  });

  it('writes its comments in English for an English site', () => {
    const english = { ...plan, site: { ...plan.site, language: 'en' as const } };
    expect(newMessageText({ ...message, audience: ['all'] }, english)).toMatch(/audience: all\n[\s\S]*# Why does this matter to the reader\?/);
  });
});

describe('askMissing (the questions of herald new on a terminal)', () => {
  /** Prompts that answer from a script and remember what they were asked. */
  function scripted(answers: Record<string, string | string[]>) {
    const asked: { message: string; choices: string[] }[] = [];
    const answer = (config: { message: string; choices?: Choice<string>[] }) => {
      asked.push({ message: config.message, choices: (config.choices ?? []).map((c) => c.value) });
      // A typed answer is found by the start of its question: the rest (a proposal, advice) depends on the day.
      const key = Object.keys(answers).find((k) => config.message === k || (config.choices === undefined && config.message.startsWith(k)));
      if (key === undefined) throw new Error(`unexpected question: ${config.message}`);
      return answers[key]!;
    };
    const prompts: Prompts = {
      checkbox: async (config) => answer(config) as string[],
      select: async <V extends string>(config: { message: string; choices: Choice<V>[] }) => answer(config) as V,
      input: async (config) => {
        const typed = answer(config) as string;
        return typed === '' ? (config.default ?? '') : typed;
      },
    };
    return { prompts, asked };
  }
  const context = { plan, facts: factsOf(plan, []), now: NOW };
  const typed = { 'Wanneer gaat het bericht uit?': '', 'Waarom is dit belangrijk': '', 'Wat moet de lezer nu doen?': '' };

  it('asks for audience, goal, kind and campaign with the plan as the choices', async () => {
    const { prompts, asked } = scripted({
      'Voor wie is het bericht?': ['magazijn', 'chauffeurs'],
      'Bij welk doel hoort het?': 'roosterapp',
      'Wat voor bericht is het?': 'dialogue',
      'Hoort het bij een campagne?': 'invoering-app',
      ...typed,
    });
    const result = await askMissing('Vragenuur', checkFlags({}, plan), context, prompts);
    expect(asked).toEqual([
      { message: 'Voor wie is het bericht?', choices: ['all', 'magazijn', 'chauffeurs', 'kantoor', 'directie'] },
      { message: 'Bij welk doel hoort het?', choices: ['roosterapp', 'veilig-werken'] },
      { message: 'Wat voor bericht is het?', choices: ['news', 'change', 'success', 'dialogue', 'event'] },
      { message: 'Hoort het bij een campagne?', choices: ['', 'invoering-app'] },
      { message: 'Wanneer gaat het bericht uit? Voorstel: dinsdag 24 november 2026, 09:00.', choices: [] },
      { message: 'Waarom is dit belangrijk voor de lezer? Schrijf wat er voor de lezer verandert of wat het oplevert, in minstens 6 woorden.', choices: [] },
      { message: 'Wat moet de lezer nu doen? Begin met een werkwoord, zoals "Meld je aan voor de training".', choices: [] },
    ]);
    expect(result).toEqual({
      title: 'Vragenuur',
      date: '2026-11-24T09:00',
      audience: ['magazijn', 'chauffeurs'],
      goal: 'roosterapp',
      kind: 'dialogue',
      campaign: 'invoering-app',
    });
  });

  it('takes a typed day at 09:00, the time it proposes', async () => {
    const { prompts } = scripted({ ...typed, 'Wanneer gaat het bericht uit?': '2026-12-02' });
    const result = await askMissing('Helm op', checkFlags({ audience: ['kantoor'], goal: 'veilig-werken', kind: 'news' }, plan), context, prompts);
    expect(result.date).toBe('2026-12-02T09:00');
  });

  it('asks only what the flags left open, and no campaign question for a goal without campaigns', async () => {
    const { prompts, asked } = scripted({
      'Bij welk doel hoort het?': 'veilig-werken',
      'Wat voor bericht is het?': 'news',
      'Waarom is dit belangrijk': '',
      'Waar doet de lezer dat?': '',
      'Zeg waar of wanneer': '',
    });
    const result = await askMissing('Helm op', checkFlags({ audience: ['all'], date: '2026-12-01', cta: 'Zet je helm op' }, plan), context, prompts);
    expect(asked.map((q) => q.message)).toEqual([
      'Bij welk doel hoort het?',
      'Wat voor bericht is het?',
      'Waarom is dit belangrijk voor de lezer? Schrijf wat er voor de lezer verandert of wat het oplevert, in minstens 6 woorden.',
      'Waar doet de lezer dat? Plak een link (https://…), of laat het leeg.',
      'Zeg waar of wanneer: voeg een link (cta.url), een plek of een uiterste datum (cta.due) toe. Voor wanneer? Typ een datum zoals 2026-12-01, of laat het leeg.',
    ]);
    expect(result).toMatchObject({ audience: ['all'], goal: 'veilig-werken', kind: 'news' });
    expect(result).not.toHaveProperty('campaign');
  });
});
