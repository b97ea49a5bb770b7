import { stringify } from 'yaml';
import { usageError } from '../messages/terminal.js';
import type { Plan } from '../model/plan.js';
import { MESSAGE_KINDS, type MessageKind } from '../model/front-matter-schema.js';
import { isRealDate, urlSchema } from '../model/primitives.js';
import { closest } from '../validate/suggest.js';
import { slugify } from '../model/slug.js';
import type { MessageData } from '../model/diagnostic.js';
import { compose } from '../messages/index.js';

/** The call-to-action as the writer gave it. */
export interface NewCallToAction {
  text: string;
  url?: string;
  /** `YYYY-MM-DD`. */
  due?: string;
}

/** Where and when an event happens (the front-matter has no fields for them: they open the body). */
export interface NewEvent {
  where?: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, site time. */
  when?: string;
}

/** What `herald new` needs to write a message; `why`, `cta` and an event's place and time when the writer gave them. */
export interface NewMessage {
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, wall time in the site's time zone. */
  date: string;
  /** Segment ids, or `['all']`. */
  audience: string[];
  goal: string;
  kind: MessageKind;
  campaign?: string;
  why?: string;
  cta?: NewCallToAction;
  event?: NewEvent;
}

/** The flags of `herald new`, as typed. */
export interface NewFlags {
  audience?: string[];
  goal?: string;
  kind?: string;
  campaign?: string;
  date?: string;
  why?: string;
  cta?: string;
  ctaUrl?: string;
  ctaDue?: string;
  where?: string;
  when?: string;
}

/** The plan facts `herald new` offers and checks against. */
export type AuthoringPlan = Pick<Plan, 'site' | 'segments' | 'goals' | 'campaigns' | 'calendar'>;

/** Flags checked against the plan; what is missing is asked, proposed (the date) or left for the writer. */
export type CheckedFlags = Partial<Omit<NewMessage, 'title' | 'cta'>> & {
  kind?: MessageKind;
  cta?: Partial<NewCallToAction>;
};

const DATE_FLAG = /^(\d{4}-\d{2}-\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d))?$/;

/**
 * Checks every flag against the plan: an unknown id is a usage error with
 * the nearest id, so a typo never reaches a file. A campaign without a goal
 * brings its own goal.
 */
export function checkFlags(flags: NewFlags, plan: AuthoringPlan): CheckedFlags {
  const segmentIds = plan.segments.map((s) => s.id);
  const goalIds = plan.goals.map((g) => g.id);
  const campaignIds = plan.campaigns.map((c) => c.id);
  const out: CheckedFlags = {};
  if (flags.date !== undefined) out.date = checkDate(flags.date, '--date');
  const text = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;
  const why = text(flags.why);
  if (why) out.why = why;
  const cta: Partial<NewCallToAction> = {};
  const ctaText = text(flags.cta);
  if (ctaText) cta.text = ctaText;
  if (flags.ctaUrl !== undefined && flags.ctaUrl.trim() !== '') {
    if (!urlSchema.safeParse(flags.ctaUrl.trim()).success) throw usageError('usage-new-url', { url: flags.ctaUrl });
    cta.url = flags.ctaUrl.trim();
  }
  if (flags.ctaDue !== undefined && flags.ctaDue.trim() !== '') {
    if (!isRealDate(flags.ctaDue.trim())) throw usageError('usage-new-flag-date', { flag: '--cta-due', date: flags.ctaDue });
    cta.due = flags.ctaDue.trim();
  }
  if (Object.keys(cta).length > 0) out.cta = cta;
  const where = text(flags.where);
  const when = flags.when === undefined || flags.when.trim() === '' ? undefined : checkDate(flags.when, '--when');
  if (where || when) out.event = { ...(where ? { where } : {}), ...(when ? { when } : {}) };

  if (flags.audience !== undefined) {
    const ids = [
      ...new Set(
        flags.audience
          .flatMap((a) => a.split(','))
          .map((a) => a.trim())
          .filter((a) => a !== ''),
      ),
    ];
    if (ids.length === 0) throw usageError('usage-new-audience-empty', { segments: segmentIds });
    for (const id of ids) {
      if (id !== 'all' && !segmentIds.includes(id)) {
        throw usageError('usage-new-unknown-segment', { id, expected: closest(id, [...segmentIds, 'all']) ?? '', segments: segmentIds });
      }
    }
    out.audience = ids.includes('all') ? ['all'] : ids;
  }
  if (flags.campaign !== undefined) {
    const campaign = plan.campaigns.find((c) => c.id === flags.campaign);
    if (!campaign) {
      throw usageError('usage-new-unknown-campaign', { id: flags.campaign, expected: closest(flags.campaign, campaignIds) ?? '', campaigns: campaignIds });
    }
    if (flags.goal !== undefined && flags.goal !== campaign.goal) {
      throw usageError('usage-new-campaign-goal', { campaign: campaign.id, goal: campaign.goal, given: flags.goal });
    }
    out.campaign = campaign.id;
    out.goal = campaign.goal;
  }
  if (flags.goal !== undefined) {
    if (!goalIds.includes(flags.goal)) {
      throw usageError('usage-new-unknown-goal', { id: flags.goal, expected: closest(flags.goal, goalIds) ?? '', goals: goalIds });
    }
    out.goal = flags.goal;
  }
  if (flags.kind !== undefined) {
    if (!(MESSAGE_KINDS as readonly string[]).includes(flags.kind)) {
      throw usageError('usage-new-unknown-kind', { id: flags.kind, expected: closest(flags.kind, MESSAGE_KINDS) ?? '', kinds: [...MESSAGE_KINDS] });
    }
    out.kind = flags.kind as MessageKind;
  }
  return out;
}

/** The flags still needed to write a message (the required front-matter herald cannot guess). */
export function missingFlags(checked: CheckedFlags): string[] {
  return [checked.audience === undefined ? '--audience' : '', checked.goal === undefined ? '--goal' : ''].filter(Boolean);
}

/**
 * A date as a writer may type it (`2026-12-07`, `2026-12-07T09:00`, or with a
 * space for the T) in the front-matter form; undefined when it is not a real
 * date and time.
 */
export function readDate(text: string): string | undefined {
  const m = DATE_FLAG.exec(text.trim());
  if (!m || !isRealDate(m[1]!)) return undefined;
  return m[2] === undefined ? m[1]! : `${m[1]!}T${m[2]}:${m[3]!}`;
}

function checkDate(text: string, flag: string): string {
  const date = readDate(text);
  if (date === undefined) {
    throw flag === '--date' ? usageError('usage-new-date', { date: text }) : usageError('usage-new-flag-date', { flag, date: text });
  }
  return date;
}

/** Where the message goes: `content/<yyyy>/<slug>.md`, relative to the project root. */
export function messagePath(message: Pick<NewMessage, 'title' | 'date'>): string {
  const slug = slugify(message.title);
  if (slug === '') throw usageError('usage-new-no-slug', { title: message.title });
  return `content/${message.date.slice(0, 4)}/${slug}.md`;
}

/** The catalogue block of herald new's assistant, and of the comments it writes into a new file. */
export const ASSISTANT = 'assistant';

/**
 * The new file's text. What the writer did not give is left empty on
 * purpose, with comments that say what to write: until the writer fills in
 * `why` and `cta`, the message fails `why-missing` and `cta-missing`, so it
 * cannot be published half-done. The comments and the event lines are in
 * the message's language (the site's), as the text around them will be.
 */
export function newMessageText(message: NewMessage, plan: AuthoringPlan): string {
  const lang = plan.site.language;
  const t = (id: string, data?: MessageData) => compose(lang, ASSISTANT, id, data);
  const comment = (text: string) => text.split('\n').map((l) => `# ${l}`.trimEnd());
  const audience = message.audience.length === 1 && message.audience[0] === 'all' ? 'all' : `[${message.audience.join(', ')}]`;
  const lines = [
    '---',
    `title: ${scalar(message.title)}`,
    `date: ${message.date}  # ${t('file-date', { timezone: plan.site.timezone })}`,
    `audience: ${audience}`,
    `goal: ${message.goal}`,
    `kind: ${message.kind}`,
  ];
  if (message.campaign) lines.push(`campaign: ${message.campaign}`);
  if (message.why) lines.push(`why: ${scalar(message.why)}`);
  else lines.push(...comment(t('file-why')), 'why:');
  const cta = message.cta;
  if (cta?.text || cta?.url || cta?.due) {
    if (!cta.text) lines.push(...comment(t('file-cta')));
    lines.push('cta:');
    if (cta.text) lines.push(`  text: ${scalar(cta.text)}`);
    if (cta.url) lines.push(`  url: ${scalar(cta.url)}`);
    if (cta.due) lines.push(`  due: ${cta.due}`);
  } else {
    lines.push(...comment(t('file-cta')), 'cta:');
  }
  if (message.kind === 'change') lines.push(...comment(t('file-effective', { days: plan.calendar.leadTimeDays })), '# effective: YYYY-MM-DD');
  if (message.kind === 'change' || message.kind === 'dialogue') lines.push(...comment(t('file-feedback')), '# feedback: https://');
  lines.push('---');
  const event = message.event;
  if (event?.where || event?.when) {
    // The front-matter has no fields for an event's place and time: they open the body, where readers see them first.
    if (event.where) lines.push(`${t('file-event-where', { where: event.where })}  `);
    if (event.when) lines.push(`${t('file-event-when', { when: longMoment(event.when, lang) })}  `);
    lines[lines.length - 1] = lines[lines.length - 1]!.trimEnd();
    lines.push('');
  }
  const segment = message.audience[0] === 'all' ? (plan.segments[0]?.id ?? 'all') : message.audience[0]!;
  lines.push('<!--', ...t('file-body', { segment }).split('\n'), '-->');
  return `${lines.join('\n')}\n`;
}

/** "donderdag 14 januari 2027, 12:00" / "Thursday 14 January 2027, 12:00": a date as a reader says it. */
export function longMoment(date: string, lang: 'nl' | 'en'): string {
  const day = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
  return date.length > 10 ? `${day}, ${date.slice(11, 16)}` : day;
}

/** A YAML scalar, quoted only when it has to be (a colon, a leading quote, "yes"). */
function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}
