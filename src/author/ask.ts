import { MESSAGE_KINDS, type MessageKind } from '../model/front-matter-schema.js';
import pc from 'picocolors';
import { ASSISTANT, longMoment, readDate, type CheckedFlags, type NewCallToAction, type NewEvent, type NewMessage } from './new-message.js';
import { compose, quotable, templateOf, type Lang } from '../messages/index.js';
import type { MessageData } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { isRealDate, urlSchema } from '../model/primitives.js';
import { parseMoment } from '../validate/moment.js';
import { advisor } from './advice.js';
import { dateConcerns, proposeDate, PUBLISH_TIME, type Concern, type DateProposal, type ScheduleFacts } from './propose-date.js';

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
  input(config: { message: string; default?: string; validate?: (value: string) => boolean | string; theme?: PromptTheme }): Promise<string>;
}

/**
 * The part of @inquirer's theme herald sets: the key help under a question
 * ("↑↓ navigate • ⏎ select"), in the writer's language, and how advice
 * under a typed answer looks (a hint, not an alarm).
 */
export interface PromptTheme {
  style: { keysHelpTip: (keys: [key: string, action: string][]) => string | undefined; error: (text: string) => string };
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
      error: (text) => pc.yellow(`> ${text}`),
    },
  };
}

/** What the assistant knows besides the flags: the plan, the existing messages' facts, and the clock. */
export interface AssistantContext {
  plan: Plan;
  /** The facts, or how to read them: read when the date question comes, so the first questions never wait on a big archive. */
  facts: ScheduleFacts | (() => Promise<ScheduleFacts>);
  now: number;
}

/**
 * A check for a typed answer that advises without trapping: an answer that
 * cannot be written (`error`) is refused with plain advice; an answer the
 * check would warn about (`advice`) is refused once with that advice, and
 * taken when the writer presses Enter again on the same answer.
 */
function softly(lang: Lang, check: (value: string) => { error?: string; advice?: string[] }): (value: string) => true | string {
  let kept: string | undefined;
  return (value) => {
    const { error, advice = [] } = check(value.trim());
    if (error !== undefined) return error;
    if (advice.length === 0 || value === kept) return true;
    kept = value;
    return [...advice, compose(lang, ASSISTANT, 'keep-hint')].join(' ');
  };
}

/** The reasons a proposal passed over earlier days, as one clause in the writer's language (empty when it passed over none). */
export function proposalReasons(proposal: DateProposal, plan: Pick<Plan, 'segments'>, lang: Lang): string {
  // One clause per quiet period, and one per segment naming all its full weeks, in the order herald met them.
  const clauses: ({ quiet: string } | { segment: string })[] = [];
  const weeks = new Map<string, number[]>();
  for (const concern of proposal.skipped) {
    if (concern.kind === 'quiet') {
      clauses.push({ quiet: concern.reason });
      continue;
    }
    const week = Number(concern.week.slice(6));
    const list = weeks.get(concern.segment);
    if (list) list.push(week);
    else {
      weeks.set(concern.segment, [week]);
      clauses.push({ segment: concern.segment });
    }
  }
  return clauses
    .map((clause) => {
      if ('quiet' in clause) return compose(lang, ASSISTANT, 'date-after-quiet', { reason: quotable(clause.quiet) });
      const list = weeks.get(clause.segment)!;
      const segment = plan.segments.find((s) => s.id === clause.segment)?.name ?? clause.segment;
      return compose(lang, ASSISTANT, 'date-week-full', { count: list.length, weeks: list, segment });
    })
    .join('; ');
}

/** The proposal as the writer reads it: the date in words and why it was chosen, or that nothing fits. */
export function describeProposal(proposal: DateProposal, plan: Pick<Plan, 'segments'>, lang: Lang, id: 'date-proposed' | 'date-chosen'): string {
  const when = longMoment(proposal.date, lang);
  if (proposal.noFit) return compose(lang, ASSISTANT, 'date-no-fit', { when });
  return compose(lang, ASSISTANT, id, { when, reasons: proposalReasons(proposal, plan, lang) });
}

/** What the check will say of a publish date the writer typed, in the writer's language. */
function dateAdvice(context: AssistantContext, facts: ScheduleFacts, audience: string[], date: string, lang: Lang): string[] {
  const { plan, now } = context;
  const moment = parseMoment(date, plan.site.timezone);
  const advice: string[] = [];
  if (moment.epochMs <= now) advice.push(compose(lang, ASSISTANT, 'date-past', { when: longMoment(date, lang) }));
  for (const concern of dateConcerns(plan, facts, audience, date)) advice.push(concernText(concern, moment.ymd, plan, lang));
  if (plan.calendar.weekends === 'avoid' && (moment.weekday === 0 || moment.weekday === 6)) {
    advice.push(compose(lang, 'quiet-period', moment.weekday === 6 ? 'on-saturday' : 'on-sunday', { date: moment.ymd }));
  }
  return advice;
}

function concernText(concern: Concern, ymd: string, plan: Plan, lang: Lang): string {
  if (concern.kind === 'quiet') {
    // The quiet-period rule's own sentence: what the check will say.
    return compose(lang, 'quiet-period', 'in-quiet-period', { date: ymd, reason: concern.reason, from: concern.from, until: concern.until });
  }
  const segment = plan.segments.find((s) => s.id === concern.segment)?.name ?? concern.segment;
  return compose(lang, ASSISTANT, 'date-full', { segment, budget: concern.budget });
}

/** A day the writer typed without a time goes out at the time herald proposes, not at midnight. */
function atPublishTime(date: string): string {
  return date.length === 10 ? `${date}T${PUBLISH_TIME}` : date;
}

/** Refuses what is not a date (`error`), in the writer's words, with an example from the proposal. */
function dateError(value: string, example: string, lang: Lang): string | undefined {
  if (readDate(value) !== undefined) return undefined;
  const shape = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2})?$/.exec(value);
  return shape
    ? compose(lang, ASSISTANT, 'date-not-real', { text: value })
    : compose(lang, ASSISTANT, 'date-format', { text: value, example: example.slice(0, 10) });
}

/**
 * Asks for every value the flags left open, with the plan's segments, goals
 * and campaigns as the choices (a writer picks, never types, an id), then
 * the publish date (a proposal that fits the calendar and the budgets), an
 * event's place and time, the why and the call-to-action, with the check's
 * advice shown as a hint that the writer may pass over.
 */
export async function askMissing(
  title: string,
  checked: CheckedFlags,
  context: AssistantContext,
  prompts: Prompts,
  lang: Lang = context.plan.site.language,
): Promise<NewMessage> {
  const { plan } = context;
  const q = (id: string) => compose(lang, PROMPTS, id);
  const t = (id: string, data?: MessageData) => compose(lang, ASSISTANT, id, data);
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

  let date = checked.date;
  if (date === undefined) {
    const facts = typeof context.facts === 'function' ? await context.facts() : context.facts;
    const proposal = proposeDate(plan, facts, normalised, context.now);
    const answer = await prompts.input({
      message: `${t('date-question')} ${describeProposal(proposal, plan, lang, 'date-proposed')}`,
      default: proposal.date,
      theme,
      validate: softly(lang, (value) => {
        const error = dateError(value, proposal.date, lang);
        return error !== undefined ? { error } : { advice: dateAdvice(context, facts, normalised, atPublishTime(readDate(value)!), lang) };
      }),
    });
    date = atPublishTime(readDate(answer.trim())!);
  }
  const message: NewMessage = { title, date, audience: normalised, goal, kind, ...(campaign ? { campaign } : {}) };

  const event: NewEvent = { ...checked.event };
  if (kind === 'event') {
    if (event.where === undefined) {
      const where = (await prompts.input({ message: t('event-where-question'), theme })).replace(/\s+/g, ' ').trim();
      if (where) event.where = where;
    }
    if (event.when === undefined) {
      const publish = parseMoment(date, plan.site.timezone).epochMs;
      const when = (
        await prompts.input({
          message: t('event-when-question', { example: date.slice(0, 10) }),
          theme,
          validate: softly(lang, (value) => {
            if (value === '') return {};
            const error = dateError(value, date, lang);
            if (error !== undefined) return { error };
            const before = parseMoment(readDate(value)!, plan.site.timezone).epochMs < publish;
            return { advice: before ? [t('event-before-publish', { date: longMoment(date, lang) })] : [] };
          }),
        })
      ).trim();
      if (when) event.when = readDate(when)!;
    }
  }
  if (event.where || event.when) message.event = event;

  const advice = advisor(plan, lang);
  const sentences = (findings: { messageId: string; message: string }[], skip: string[] = []) =>
    findings.filter((f) => !skip.includes(f.messageId)).map((f) => f.message);
  let why = checked.why;
  if (why === undefined) {
    why = (
      await prompts.input({
        message: t('why-question', { minWords: advice.minWords }),
        theme,
        // An empty why is left for the editor: the file's comment says what to write, and the check insists.
        validate: softly(lang, (value) => (value === '' ? {} : { advice: sentences(advice.advise({ ...message, why: value }, 'why-missing')) })),
      })
    )
      .replace(/\s+/g, ' ')
      .trim();
  }
  if (why) message.why = why;

  const cta: Partial<NewCallToAction> = { ...checked.cta };
  if (cta.text === undefined) {
    const text = (
      await prompts.input({
        message: t('cta-question'),
        theme,
        // Where and when are asked next: here only the verb.
        validate: softly(lang, (value) =>
          value === '' ? {} : { advice: sentences(advice.advise({ ...message, cta: { ...cta, text: value } }, 'cta-vague'), ['no-where-or-when']) },
        ),
      })
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (text) cta.text = text;
  }
  if (cta.text !== undefined) {
    if (cta.url === undefined) {
      const url = (
        await prompts.input({
          message: t('cta-url-question'),
          theme,
          validate: (value) => value.trim() === '' || urlSchema.safeParse(value.trim()).success || t('cta-url-invalid', { text: value.trim() }),
        })
      ).trim();
      if (url) cta.url = url;
    }
    const vague = advice.advise({ ...message, cta: { ...cta, text: cta.text } }, 'cta-vague').find((f) => f.messageId === 'no-where-or-when');
    if (cta.due === undefined && vague) {
      const due = (
        await prompts.input({
          message: `${vague.message} ${t('cta-due-question', { example: date.slice(0, 10) })}`,
          theme,
          validate: (value) => {
            const v = value.trim();
            if (v === '') return true;
            if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return t('due-format', { text: v, example: date.slice(0, 10) });
            return isRealDate(v) || t('date-not-real', { text: v });
          },
        })
      ).trim();
      if (due) cta.due = due;
    }
  }
  if (cta.text || cta.url || cta.due) message.cta = { text: cta.text ?? '', ...(cta.url ? { url: cta.url } : {}), ...(cta.due ? { due: cta.due } : {}) };
  return message;
}
