import { MESSAGE_KINDS, type MessageKind } from '../model/front-matter-schema.js';
import type { AuthoringPlan, CheckedFlags, NewMessage } from './new-message.js';

/** A choice as @inquirer/prompts shows it. */
export interface Choice<V> {
  name: string;
  value: V;
  description?: string;
  checked?: boolean;
}

/**
 * The two prompts `herald new` uses, with the shapes of @inquirer/prompts'
 * `checkbox` and `select`. Passed in, so tests answer them without a terminal.
 */
export interface Prompts {
  checkbox(config: { message: string; choices: Choice<string>[]; required?: boolean }): Promise<string[]>;
  select<V extends string>(config: { message: string; choices: Choice<V>[]; default?: V }): Promise<V>;
}

const NO_CAMPAIGN = '';

const KIND_LABELS: Record<'nl' | 'en', Record<MessageKind, string>> = {
  nl: { news: 'nieuws', change: 'verandering', success: 'succes', dialogue: 'gesprek (vragen, reageren)', event: 'evenement' },
  en: { news: 'news', change: 'change', success: 'success story', dialogue: 'dialogue (questions, feedback)', event: 'event' },
};

const QUESTIONS = {
  nl: { audience: 'Voor wie is het bericht?', all: 'Iedereen', goal: 'Bij welk doel hoort het?', kind: 'Wat voor bericht is het?', campaign: 'Hoort het bij een campagne?', none: 'Geen campagne' },
  en: { audience: 'Who is the message for?', all: 'Everyone', goal: 'Which goal does it serve?', kind: 'What kind of message is it?', campaign: 'Is it part of a campaign?', none: 'No campaign' },
} as const;

/**
 * Asks for every value the flags left open, with the plan's segments, goals
 * and campaigns as the choices: a writer picks, never types, an id.
 */
export async function askMissing(title: string, checked: CheckedFlags, plan: AuthoringPlan, prompts: Prompts): Promise<NewMessage> {
  const lang = plan.site.language;
  const q = QUESTIONS[lang];
  const audience =
    checked.audience ??
    (await prompts.checkbox({
      message: q.audience,
      required: true,
      choices: [
        { name: q.all, value: 'all' },
        ...plan.segments.map((s) => ({ name: `${s.name} (${s.id})`, value: s.id, ...(s.description ? { description: s.description } : {}) })),
      ],
    }));
  const goal =
    checked.goal ??
    (await prompts.select({
      message: q.goal,
      choices: plan.goals.map((g) => ({ name: `${g.title} (${g.id})`, value: g.id, ...(g.description ? { description: g.description } : {}) })),
    }));
  const kind =
    checked.kind ??
    (await prompts.select<MessageKind>({
      message: q.kind,
      default: 'news',
      choices: MESSAGE_KINDS.map((k) => ({ name: KIND_LABELS[lang][k], value: k })),
    }));
  let campaign = checked.campaign;
  const campaigns = plan.campaigns.filter((c) => c.goal === goal);
  // Only the goal's campaigns are offered; a question with one answer is not asked.
  if (campaign === undefined && campaigns.length > 0) {
    const answer = await prompts.select({
      message: q.campaign,
      default: NO_CAMPAIGN,
      choices: [{ name: q.none, value: NO_CAMPAIGN }, ...campaigns.map((c) => ({ name: `${c.title} (${c.id})`, value: c.id }))],
    });
    if (answer !== NO_CAMPAIGN) campaign = answer;
  }
  const normalised = audience.includes('all') ? ['all'] : audience;
  return { title, date: checked.date, audience: normalised, goal, kind, ...(campaign ? { campaign } : {}) };
}
