import { describe, expect, it } from 'vitest';
import { askMissing, type Choice, type Prompts } from '../../src/author/ask.js';
import { checkFlags, defaultDate, messagePath, newMessageText } from '../../src/author/new-message.js';
import { slugify } from '../../src/model/slug.js';
import { UsageError } from '../../src/model/errors.js';
import { check, PLAN } from '../helpers/project.js';
import { planOf } from '../helpers/stages.js';

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
    expect(checkFlags({ audience: ['magazijn,chauffeurs', 'kantoor'] }, plan, NOW).audience).toEqual(['magazijn', 'chauffeurs', 'kantoor']);
    expect(checkFlags({ audience: ['magazijn', 'all'] }, plan, NOW).audience).toEqual(['all']);
  });

  it('refuses an unknown segment, goal, kind or campaign with the nearest id', () => {
    expect(usageError(() => checkFlags({ audience: ['magazjin'] }, plan, NOW)).message).toBe(
      'Unknown segment "magazjin" for --audience; did you mean "magazijn"?',
    );
    expect(usageError(() => checkFlags({ goal: 'roosterap' }, plan, NOW)).message).toMatch(/did you mean "roosterapp"/);
    expect(usageError(() => checkFlags({ kind: 'sucess' }, plan, NOW)).message).toMatch(/did you mean "success"/);
    expect(usageError(() => checkFlags({ campaign: 'invoering' }, plan, NOW)).hint).toBe("The plan's campaigns: invoering-app.");
  });

  it('takes the goal from the campaign, and refuses a campaign of another goal', () => {
    expect(checkFlags({ campaign: 'invoering-app' }, plan, NOW)).toMatchObject({ campaign: 'invoering-app', goal: 'roosterapp' });
    expect(usageError(() => checkFlags({ campaign: 'invoering-app', goal: 'veilig-werken' }, plan, NOW)).message).toMatch(/serves goal "roosterapp"/);
  });

  it('takes --date as YYYY-MM-DD or YYYY-MM-DDTHH:MM, and nothing else', () => {
    expect(checkFlags({ date: '2026-12-01' }, plan, NOW).date).toBe('2026-12-01');
    expect(checkFlags({ date: '2026-12-01T08:30' }, plan, NOW).date).toBe('2026-12-01T08:30');
    for (const bad of ['1-12-2026', '2026-02-30', '2026-12-01T25:00', '2026-12-01 08:30']) {
      expect(usageError(() => checkFlags({ date: bad }, plan, NOW)).hint).toMatch(/YYYY-MM-DD/);
    }
  });
});

describe('defaultDate', () => {
  it('is the next whole hour on the site clock', () => {
    expect(defaultDate(NOW, 'Europe/Amsterdam')).toBe('2026-11-23T12:00');
    expect(defaultDate(Date.parse('2026-07-01T21:59:00Z'), 'Europe/Amsterdam')).toBe('2026-07-02T00:00');
    expect(defaultDate(Date.parse('2026-11-23T10:00:00Z'), 'America/New_York')).toBe('2026-11-23T06:00');
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

  it('writes its comments in English for an English site', () => {
    const english = { ...plan, site: { ...plan.site, language: 'en' as const } };
    expect(newMessageText({ ...message, audience: ['all'] }, english)).toMatch(/audience: all\n[\s\S]*# Why does this matter to the reader\?/);
  });
});

describe('askMissing (the questions of herald new on a terminal)', () => {
  /** Prompts that answer from a script and remember what they were asked. */
  function scripted(answers: Record<string, string | string[]>) {
    const asked: { message: string; choices: string[] }[] = [];
    const answer = (config: { message: string; choices: Choice<string>[] }) => {
      asked.push({ message: config.message, choices: config.choices.map((c) => c.value) });
      const a = answers[config.message];
      if (a === undefined) throw new Error(`unexpected question: ${config.message}`);
      return a;
    };
    const prompts: Prompts = {
      checkbox: async (config) => answer(config) as string[],
      select: async <V extends string>(config: { message: string; choices: Choice<V>[] }) => answer(config) as V,
    };
    return { prompts, asked };
  }

  it('asks for audience, goal, kind and campaign with the plan as the choices', async () => {
    const { prompts, asked } = scripted({
      'Voor wie is het bericht?': ['magazijn', 'chauffeurs'],
      'Bij welk doel hoort het?': 'roosterapp',
      'Wat voor bericht is het?': 'dialogue',
      'Hoort het bij een campagne?': 'invoering-app',
    });
    const result = await askMissing('Vragenuur', checkFlags({}, plan, NOW), plan, prompts);
    expect(asked).toEqual([
      { message: 'Voor wie is het bericht?', choices: ['all', 'magazijn', 'chauffeurs', 'kantoor', 'directie'] },
      { message: 'Bij welk doel hoort het?', choices: ['roosterapp', 'veilig-werken'] },
      { message: 'Wat voor bericht is het?', choices: ['news', 'change', 'success', 'dialogue', 'event'] },
      { message: 'Hoort het bij een campagne?', choices: ['', 'invoering-app'] },
    ]);
    expect(result).toEqual({
      title: 'Vragenuur',
      date: '2026-11-23T12:00',
      audience: ['magazijn', 'chauffeurs'],
      goal: 'roosterapp',
      kind: 'dialogue',
      campaign: 'invoering-app',
    });
  });

  it('asks only what the flags left open, and no campaign question for a goal without campaigns', async () => {
    const { prompts, asked } = scripted({ 'Bij welk doel hoort het?': 'veilig-werken', 'Wat voor bericht is het?': 'news' });
    const result = await askMissing('Helm op', checkFlags({ audience: ['all'] }, plan, NOW), plan, prompts);
    expect(asked.map((q) => q.message)).toEqual(['Bij welk doel hoort het?', 'Wat voor bericht is het?']);
    expect(result).toMatchObject({ audience: ['all'], goal: 'veilig-werken', kind: 'news' });
    expect(result).not.toHaveProperty('campaign');
  });
});
