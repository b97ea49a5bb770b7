import { stringify } from 'yaml';
import { usageError } from '../messages/terminal.js';
import type { Plan } from '../model/plan.js';
import { MESSAGE_KINDS, type MessageKind } from '../model/front-matter-schema.js';
import { localDateTime } from '../validate/moment.js';
import { isRealDate } from '../model/primitives.js';
import { closest } from '../validate/suggest.js';
import { slugify } from '../model/slug.js';

/** What `herald new` needs to write a message; `why` and `cta` are the writer's job. */
export interface NewMessage {
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, wall time in the site's time zone. */
  date: string;
  /** Segment ids, or `['all']`. */
  audience: string[];
  goal: string;
  kind: MessageKind;
  campaign?: string;
}

/** The flags of `herald new`, as typed. */
export interface NewFlags {
  audience?: string[];
  goal?: string;
  kind?: string;
  campaign?: string;
  date?: string;
}

/** The plan facts `herald new` offers and checks against. */
export type AuthoringPlan = Pick<Plan, 'site' | 'segments' | 'goals' | 'campaigns' | 'calendar'>;

/** Flags checked against the plan; `audience` and `goal` may still be missing. */
export type CheckedFlags = Partial<Omit<NewMessage, 'title'>> & { date: string; kind?: MessageKind };

const DATE_FLAG = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

/**
 * Checks every flag against the plan: an unknown id is a usage error with
 * the nearest id, so a typo never reaches a file. A campaign without a goal
 * brings its own goal.
 */
export function checkFlags(flags: NewFlags, plan: AuthoringPlan, now: number): CheckedFlags {
  const segmentIds = plan.segments.map((s) => s.id);
  const goalIds = plan.goals.map((g) => g.id);
  const campaignIds = plan.campaigns.map((c) => c.id);
  const out: CheckedFlags = { date: flags.date === undefined ? defaultDate(now, plan.site.timezone) : checkDate(flags.date) };

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

function checkDate(text: string): string {
  const m = DATE_FLAG.exec(text.trim());
  if (!m || !isRealDate(m[1]!)) {
    throw usageError('usage-new-date', { date: text });
  }
  return text.trim();
}

/**
 * The next whole hour on the site's clock: a message is usually written to
 * go out soon, and a round time reads as deliberate. The writer changes it
 * when the message is planned for later.
 */
export function defaultDate(now: number, timeZone: string): string {
  const nextHour = Math.floor(now / 3_600_000) * 3_600_000 + 3_600_000;
  // Whole hours in UTC are whole hours in every zone herald's users live in
  // (half-hour zones get :30, still a round time).
  return localDateTime(nextHour, timeZone);
}

/** Where the message goes: `content/<yyyy>/<slug>.md`, relative to the project root. */
export function messagePath(message: Pick<NewMessage, 'title' | 'date'>): string {
  const slug = slugify(message.title);
  if (slug === '') throw usageError('usage-new-no-slug', { title: message.title });
  return `content/${message.date.slice(0, 4)}/${slug}.md`;
}

const TEXT = {
  nl: {
    date: (tz: string) => `publicatiemoment, in ${tz}`,
    why: [
      'Waarom is dit belangrijk voor de lezer? Schrijf in een of twee zinnen wat er',
      'voor hem of haar verandert of wat het oplevert (minstens 6 woorden, niet de titel).',
    ],
    cta: [
      'Wat doet de lezer nu? Begin met een werkwoord en zeg waar en voor wanneer, zoals:',
      '  text: Meld je aan voor de training',
      '  url: https://intranet.example/training',
      '  due: 2026-12-01',
    ],
    effective: (days: number) => `Wanneer gaat de verandering in? Kondig die minstens ${days} dagen vooraf aan.`,
    feedback: 'Waar kan de lezer reageren of een vraag stellen? Een link, of mailto:.',
    body: (segment: string) => [
      '<!--',
      'Schrijf hier het bericht. Korte zinnen en gewone woorden (taalniveau B1).',
      'Begin met wat er voor de lezer verandert. Tekst voor één doelgroep zet je in een blok:',
      '',
      `:::for{segment=${segment}}`,
      'Alleen voor deze doelgroep.',
      ':::',
      '-->',
    ],
  },
  en: {
    date: (tz: string) => `publish moment, in ${tz}`,
    why: [
      'Why does this matter to the reader? Say in one or two sentences what changes',
      'for them or what they gain (at least 6 words, not the title again).',
    ],
    cta: [
      'What does the reader do next? Start with a verb and say where and by when, like:',
      '  text: Sign up for the training',
      '  url: https://intranet.example/training',
      '  due: 2026-12-01',
    ],
    effective: (days: number) => `When does the change take effect? Announce it at least ${days} days before.`,
    feedback: 'Where can the reader respond or ask a question? A link, or mailto:.',
    body: (segment: string) => [
      '<!--',
      'Write the message here. Short sentences and common words (level B1).',
      'Start with what changes for the reader. Text for one segment only goes in a block:',
      '',
      `:::for{segment=${segment}}`,
      'Only for this segment.',
      ':::',
      '-->',
    ],
  },
} as const;

/**
 * The new file's text. `why` and `cta` are left empty on purpose, with
 * comments that say what to write: until the writer fills them in, the
 * message fails `why-missing` and `cta-missing`, so it cannot be published
 * half-done.
 */
export function newMessageText(message: NewMessage, plan: AuthoringPlan): string {
  const t = TEXT[plan.site.language];
  const comment = (lines: readonly string[]) => lines.map((l) => `# ${l}`.trimEnd());
  const audience = message.audience.length === 1 && message.audience[0] === 'all' ? 'all' : `[${message.audience.join(', ')}]`;
  const lines = [
    '---',
    `title: ${scalar(message.title)}`,
    `date: ${message.date}  # ${t.date(plan.site.timezone)}`,
    `audience: ${audience}`,
    `goal: ${message.goal}`,
    `kind: ${message.kind}`,
  ];
  if (message.campaign) lines.push(`campaign: ${message.campaign}`);
  lines.push(...comment(t.why), 'why:');
  lines.push(...comment(t.cta), 'cta:');
  if (message.kind === 'change') lines.push(...comment([t.effective(plan.calendar.leadTimeDays), 'effective: YYYY-MM-DD']));
  if (message.kind === 'change' || message.kind === 'dialogue') lines.push(...comment([t.feedback, 'feedback: https://']));
  lines.push('---');
  const segment = message.audience[0] === 'all' ? (plan.segments[0]?.id ?? 'all') : message.audience[0]!;
  lines.push(...t.body(segment));
  return `${lines.join('\n')}\n`;
}

/** A YAML scalar, quoted only when it has to be (a colon, a leading quote, "yes"). */
function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}
