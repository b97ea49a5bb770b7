import { MESSAGE_KINDS, type MessageKind } from '../model/front-matter-schema.js';
import pc from 'picocolors';
import type { AuthoringPlan, CheckedFlags, NewMessage } from './new-message.js';
import { compose, templateOf, type Lang } from '../messages/index.js';

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
  checkbox(config: {
    message: string;
    choices: Choice<string>[];
    validate?: (choices: readonly { value: string }[]) => boolean | string;
    theme?: PromptTheme;
  }): Promise<string[]>;
  select<V extends string>(config: { message: string; choices: Choice<V>[]; default?: V; theme?: PromptTheme }): Promise<V>;
}

/** The part of @inquirer's theme herald sets: the key help under a question ("↑↓ navigate • ⏎ select"), in the writer's language. */
export interface PromptTheme {
  style: { keysHelpTip: (keys: [key: string, action: string][]) => string | undefined };
}

/** The catalogue block of herald new's questions, key help and validation. */
const PROMPTS = 'prompts';

const NO_CAMPAIGN = '';

/** The catalogue's word for a key or an action, else the word as @inquirer wrote it. */
function word(lang: Lang, id: string, fallback: string): string {
  return templateOf(lang, PROMPTS, id) === undefined ? fallback : compose(lang, PROMPTS, id);
}

/** The key help with @inquirer's action words (`navigate`, `select`, `all`, `invert`, `submit`) from the catalogue; an unknown word as it is. */
export function promptTheme(lang: Lang): PromptTheme {
  return {
    style: {
      keysHelpTip: (keys) =>
        keys
          .map(([key, action]) => `${pc.bold(word(lang, `key-${key}`, key))} ${pc.dim(word(lang, `key-${key === '⏎' ? 'enter-' : ''}${action}`, action))}`)
          .join(pc.dim(' • ')),
    },
  };
}

/**
 * Asks for every value the flags left open, with the plan's segments, goals
 * and campaigns as the choices: a writer picks, never types, an id.
 */
export async function askMissing(
  title: string,
  checked: CheckedFlags,
  plan: AuthoringPlan,
  prompts: Prompts,
  lang: Lang = plan.site.language,
): Promise<NewMessage> {
  const q = (id: string) => compose(lang, PROMPTS, id);
  const theme = promptTheme(lang);
  const audience =
    checked.audience ??
    (await prompts.checkbox({
      message: q('new-audience'),
      theme,
      validate: (chosen) => chosen.length > 0 || q('new-audience-required'),
      choices: [
        { name: q('new-audience-all'), value: 'all' },
        ...plan.segments.map((s) => ({ name: `${s.name} (${s.id})`, value: s.id, ...(s.description ? { description: s.description } : {}) })),
      ],
    }));
  const goal =
    checked.goal ??
    (await prompts.select({
      message: q('new-goal'),
      theme,
      choices: plan.goals.map((g) => ({ name: `${g.title} (${g.id})`, value: g.id, ...(g.description ? { description: g.description } : {}) })),
    }));
  const kind =
    checked.kind ??
    (await prompts.select<MessageKind>({
      message: q('new-kind'),
      theme,
      default: 'news',
      choices: MESSAGE_KINDS.map((k) => ({ name: q(`kind-${k}`), value: k })),
    }));
  let campaign = checked.campaign;
  const campaigns = plan.campaigns.filter((c) => c.goal === goal);
  // Only the goal's campaigns are offered; a question with one answer is not asked.
  if (campaign === undefined && campaigns.length > 0) {
    const answer = await prompts.select({
      message: q('new-campaign'),
      theme,
      default: NO_CAMPAIGN,
      choices: [{ name: q('new-campaign-none'), value: NO_CAMPAIGN }, ...campaigns.map((c) => ({ name: `${c.title} (${c.id})`, value: c.id }))],
    });
    if (answer !== NO_CAMPAIGN) campaign = answer;
  }
  const normalised = audience.includes('all') ? ['all'] : audience;
  return { title, date: checked.date, audience: normalised, goal, kind, ...(campaign ? { campaign } : {}) };
}
