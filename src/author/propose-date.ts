import { isoWeek } from '../facts/plan-metrics.js';
import { computeSegmentLoad, WINDOW_DAYS } from '../facts/segment-load.js';
import type { ProjectFacts } from '../model/facts.js';
import type { MessageSummary, Moment } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import { dayNumber, localDateTime, parseMoment, ymdOfDay } from '../validate/moment.js';

/** The time of day herald proposes: the start of a working day, when most people read work news. */
export const PUBLISH_TIME = '09:00';

/** How far ahead herald looks for a day that fits: a plan's quiet periods and busy weeks rarely block more than a year. */
export const HORIZON_DAYS = 366;

/** Why a day did not fit. */
export type Concern =
  /** The day is in a quiet period of the plan calendar. */
  | { kind: 'quiet'; reason: string; from: string; until: string }
  /** A segment of the audience already gets `budget` messages in a 7-day window around the day (ISO week of the day, `2026-W12`). */
  | { kind: 'full'; segment: string; week: string; budget: number };

export interface DateProposal {
  /** `YYYY-MM-DDTHH:MM`, wall time in the site's time zone. */
  date: string;
  /** What made herald pass over earlier working days, in the order it met them (each once). */
  skipped: Concern[];
  /**
   * No working day within `HORIZON_DAYS` is outside every quiet period and
   * within every budget: `date` is then the next working day, as if there
   * were no calendar.
   */
  noFit: boolean;
}

/** The plan facts a proposal needs. */
export type SchedulePlan = Pick<Plan, 'site' | 'segments' | 'calendar'>;

/** The existing messages, as the check's facts hold them. */
export type ScheduleFacts = Pick<ProjectFacts, 'published' | 'audienceOf'>;

/** What a proposal depends on, prepared once for many days. */
interface Schedule {
  plan: SchedulePlan;
  audience: 'all' | string[];
  /** The segments of the audience that have a budget, and the published messages that reach any of them. */
  budgeted: SchedulePlan['segments'];
  relevant: MessageSummary[];
  audienceOf: ScheduleFacts['audienceOf'];
}

function scheduleOf(plan: SchedulePlan, facts: ScheduleFacts, audience: readonly string[]): Schedule {
  const normalised: 'all' | string[] = audience.includes('all') ? 'all' : [...audience];
  const reached = new Set(normalised === 'all' ? plan.segments.map((s) => s.id) : normalised);
  const budgeted = plan.segments.filter((s) => s.maxPerWeek !== undefined && reached.has(s.id));
  const ids = new Set(budgeted.map((s) => s.id));
  const relevant = budgeted.length === 0 ? [] : facts.published.filter((m) => facts.audienceOf(m).some((id) => ids.has(id)));
  return { plan, audience: normalised, budgeted, relevant, audienceOf: facts.audienceOf };
}

/** The new message as the facts see it: where it would sit among the others. */
const CANDIDATE = '\u0000new message';

/**
 * What is wrong with publishing on `date` for this audience: the quiet
 * periods it falls in, and the segments whose 7-day budget it would break.
 * The budget is the `frequency-cap` check itself (facts/segment-load.ts) run
 * with the new message among the existing ones: a day is full for a segment
 * when the new message would be part of a busy stretch that rule reports.
 */
function concernsOf(schedule: Schedule, date: Moment): Concern[] {
  const concerns: Concern[] = [];
  for (const quiet of schedule.plan.calendar.quiet) {
    if (date.ymd >= quiet.from && date.ymd <= quiet.until) concerns.push({ kind: 'quiet', reason: quiet.reason, from: quiet.from, until: quiet.until });
  }
  if (schedule.budgeted.length === 0) return concerns;
  const candidate: MessageSummary = {
    file: CANDIDATE,
    slug: '',
    lang: schedule.plan.site.language,
    fields: { date, audience: schedule.audience, kind: 'news', draft: false },
  };
  // Only the messages whose 7-day windows can hold the new one, or share a message with a window that does: a few
  // weeks around it, not the whole archive for every day tried. Published messages are ordered by instant; the new
  // one goes after those of the same instant.
  const list = schedule.relevant;
  const from = firstIndex(list, (m) => m.fields.date!.day >= date.day - 2 * WINDOW_DAYS + 1);
  const until = firstIndex(list, (m) => m.fields.date!.day > date.day + WINDOW_DAYS - 1);
  const at = firstIndex(list, (m) => m.fields.date!.epochMs > date.epochMs);
  const withCandidate = [...list.slice(from, Math.max(from, at)), candidate, ...list.slice(Math.max(from, at), until)];
  const load = computeSegmentLoad({ ...schedule.plan, segments: schedule.budgeted } as Plan, withCandidate, schedule.audienceOf);
  const full = new Set<string>();
  for (const [file, stretches] of load.overBudget) {
    for (const stretch of stretches) {
      if (file === CANDIDATE || stretch.others.includes(candidate)) full.add(stretch.segment);
    }
  }
  for (const segment of schedule.budgeted) {
    if (full.has(segment.id)) concerns.push({ kind: 'full', segment: segment.id, week: isoWeek(date.day), budget: segment.maxPerWeek! });
  }
  return concerns;
}

/** The first index of a sorted list where `after` holds (the list's length when it never does). */
function firstIndex<T>(list: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  for (let hi = list.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (after(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** What the check will say about a date the writer typed (`YYYY-MM-DD[THH:MM]`, site time), before it says it. */
export function dateConcerns(plan: SchedulePlan, facts: ScheduleFacts, audience: readonly string[], date: string): Concern[] {
  return concernsOf(scheduleOf(plan, facts, audience), parseMoment(date, plan.site.timezone));
}

/**
 * The publish moment herald proposes: the next working day (Monday to
 * Friday) at 09:00 on the site's clock, after `now`, outside every quiet
 * period, and within the weekly budget of every segment of the audience
 * (messages for `all` count, as in `frequency-cap`). Pure: the clock and
 * the existing messages are given.
 */
export function proposeDate(plan: SchedulePlan, facts: ScheduleFacts, audience: readonly string[], now: number): DateProposal {
  const schedule = scheduleOf(plan, facts, audience);
  const timeZone = plan.site.timezone;
  const today = dayNumber(localDateTime(now, timeZone).slice(0, 10));
  const skipped: Concern[] = [];
  const seen = new Set<string>();
  let firstWorkingDay: string | undefined;
  for (let day = today; day <= today + HORIZON_DAYS; day++) {
    const date = `${ymdOfDay(day)}T${PUBLISH_TIME}`;
    const moment = parseMoment(date, timeZone);
    if (moment.weekday === 0 || moment.weekday === 6 || moment.epochMs <= now) continue;
    firstWorkingDay ??= date;
    const concerns = concernsOf(schedule, moment);
    if (concerns.length === 0) return { date, skipped, noFit: false };
    for (const concern of concerns) {
      const key = concern.kind === 'quiet' ? `quiet ${concern.from} ${concern.reason}` : `full ${concern.segment} ${concern.week}`;
      if (seen.has(key)) continue;
      seen.add(key);
      skipped.push(concern);
    }
  }
  return { date: firstWorkingDay!, skipped: [], noFit: true };
}
