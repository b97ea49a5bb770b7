import { campaignMessages, goalCoverage, isoWeek, meetsMinimum, mondayOf, monthlyMix, neglectGaps, quietIn, weeklyCounts } from '../facts/plan-metrics.js';
import type { ProjectFacts } from '../model/facts.js';
import type { MessageKind, MessageSummary } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import { dayNumber, ymdOfDay } from '../validate/moment.js';

/**
 * The planning view as data: what `herald plan` prints (table, JSON, CSV)
 * and what the /plan/ dashboard draws. Every count comes from
 * `facts/plan-metrics.ts`, the functions the plan rules and `frequency-cap`
 * use, so the view and the linter never disagree. Pure: the window is given,
 * never read from the clock.
 */
export interface PlanningReport {
  period: { from: string; until: string; weeks: number };
  /** The ISO weeks of the period, with the quiet periods that touch each. */
  weeks: WeekInfo[];
  segments: SegmentRow[];
  goals: GoalRow[];
  campaigns: CampaignRow[];
  mix: MixRow[];
  neglected: NeglectedRow[];
}

export interface WeekInfo {
  week: string;
  /** Monday and Sunday, `yyyy-mm-dd`. */
  from: string;
  until: string;
  /** Reasons of the plan's quiet periods in this week; empty when none. */
  quiet: string[];
}

export interface SegmentRow {
  id: string;
  name: string;
  /** `maxPerWeek`, or null when the segment has no budget. */
  budget: number | null;
  weeks: SegmentWeek[];
}

export interface SegmentWeek {
  week: string;
  /** Published messages for the segment that week (messages for `all` count). */
  count: number;
  budget: number | null;
  /**
   * `frequency-cap` findings for this segment on messages of this week: each
   * busy stretch is one finding, on the message that goes over the budget,
   * and marks that message's week (facts/segment-load.ts groups them).
   */
  overBudget: number;
  quiet: boolean;
}

/** A message as the views list it. */
export interface MessageRef {
  file: string;
  title: string;
  /** Local publish day, `yyyy-mm-dd`. */
  date: string;
  kind: MessageKind;
  /** Site-relative page URL, when the message has one. */
  url: string | null;
}

export interface GoalRow {
  id: string;
  title: string;
  measure: string | null;
  /** The goal's period overlaps the report's. */
  active: boolean;
  count: number;
  messages: MessageRef[];
}

export interface CampaignRow {
  id: string;
  title: string;
  goal: string;
  from: string;
  until: string;
  /** The campaign runs during the report's period. */
  active: boolean;
  requireFeedback: boolean;
  /** Every published message of the campaign, also outside the report's period (a campaign is one story), oldest first. */
  messages: MessageRef[];
  /** How many of those are dialogue moments (`kind: dialogue`). */
  dialogue: number;
}

export interface MixRow {
  /** `2026-03`. */
  month: string;
  total: number;
  kinds: Record<MessageKind, number>;
  /** The plan's `mix` minimums for this month. */
  minimums: MixMinimum[];
}

export interface MixMinimum {
  kind: MessageKind;
  minimum: number;
  /** The month's share of this kind, 0–1, rounded to 3 decimals. */
  share: number;
  meets: boolean;
  /** Months with fewer messages than the `mix` rule's `minMessages` are not judged. */
  judged: boolean;
}

export interface NeglectedRow {
  segment: string;
  name: string;
  /** The last message before the gap (or the period's start) and the next (or the period's end). */
  from: string;
  until: string;
  days: number;
  /** No message for the segment at all in the period. */
  none: boolean;
  limit: number;
}

export interface PlanningWindow {
  /** Any day; the report starts on the Monday of its ISO week. */
  from: string;
  weeks: number;
}

export interface PlanningOptions {
  /** The `mix` rule's `minMessages` as configured in the plan. */
  mixMinMessages: number;
}

export function planningReport(plan: Plan, facts: ProjectFacts, window: PlanningWindow, options: PlanningOptions): PlanningReport {
  const first = mondayOf(dayNumber(window.from));
  const last = first + 7 * window.weeks - 1;
  const from = ymdOfDay(first);
  const until = ymdOfDay(last);

  const weeks: WeekInfo[] = [];
  for (let w = 0; w < window.weeks; w++) {
    const start = first + 7 * w;
    weeks.push({ week: isoWeek(start), from: ymdOfDay(start), until: ymdOfDay(start + 6), quiet: quietIn(plan, start, start + 6) });
  }

  const segments = weeklyCounts(plan, facts, first, window.weeks).map(({ segment, weeks: cells }): SegmentRow => {
    const s = plan.segmentById.get(segment)!;
    const budget = s.maxPerWeek ?? null;
    return {
      id: s.id,
      name: s.name,
      budget,
      weeks: cells.map((c, i) => ({ week: c.week, count: c.count, budget, overBudget: c.over, quiet: weeks[i]!.quiet.length > 0 })),
    };
  });

  const ref = (m: MessageSummary): MessageRef => ({
    file: m.file,
    title: m.fields.title ?? m.file,
    date: m.fields.date!.ymd,
    kind: m.fields.kind,
    url: m.url ?? null,
  });

  const goals = goalCoverage(plan, facts, from, until).map((c): GoalRow => {
    const goal = plan.goalById.get(c.goal)!;
    return { id: goal.id, title: goal.title, measure: goal.measure ?? null, active: c.active, count: c.messages.length, messages: c.messages.map(ref) };
  });

  const campaigns = plan.campaigns.map((c): CampaignRow => {
    const messages = campaignMessages(facts, c.id).map(ref);
    return {
      id: c.id,
      title: c.title,
      goal: c.goal,
      from: c.from,
      until: c.until,
      active: c.from <= until && c.until >= from,
      requireFeedback: c.requireFeedback,
      messages,
      dialogue: messages.filter((m) => m.kind === 'dialogue').length,
    };
  });

  const wanted = Object.entries(plan.mix) as [MessageKind, number][];
  const mix = monthlyMix(plan, facts)
    .filter((m) => m.month >= from.slice(0, 7) && m.month <= until.slice(0, 7))
    .map((m): MixRow => ({
      month: m.month,
      total: m.total,
      kinds: m.kinds,
      minimums: wanted.map(([kind, minimum]) => ({
        kind,
        minimum,
        share: Math.round((m.kinds[kind] / m.total) * 1000) / 1000,
        meets: meetsMinimum(m.kinds[kind], m.total, minimum),
        judged: m.total >= options.mixMinMessages,
      })),
    }));

  const neglected = neglectGaps(plan, facts, { first, last }).map((g): NeglectedRow => ({
    segment: g.segment,
    name: plan.segmentById.get(g.segment)!.name,
    from: ymdOfDay(g.from),
    until: ymdOfDay(g.until),
    days: g.length,
    none: g.none,
    limit: g.limit,
  }));

  return { period: { from, until, weeks: window.weeks }, weeks, segments, goals, campaigns, mix, neglected };
}

/** The /plan/ dashboard shows at most this many weeks: half a year stays readable. */
const DASHBOARD_MAX_WEEKS = 26;

/**
 * The dashboard's window, taken from the content and never from the clock so
 * that a build stays byte-for-byte reproducible: the weeks from the first to
 * the last scheduled message (drafts left out), the most recent
 * `DASHBOARD_MAX_WEEKS` of them.
 */
export function dashboardWindow(facts: ProjectFacts, maxWeeks = DASHBOARD_MAX_WEEKS): PlanningWindow | undefined {
  if (!facts.period) return undefined;
  const firstMonday = mondayOf(facts.period.first);
  const lastMonday = mondayOf(facts.period.last);
  const weeks = Math.min((lastMonday - firstMonday) / 7 + 1, maxWeeks);
  return { from: ymdOfDay(lastMonday - 7 * (weeks - 1)), weeks };
}
