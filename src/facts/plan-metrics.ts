import type { MessageKind, MessageSummary } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import { dayNumber, weekdayOfDay, ymdOfDay } from '../validate/moment.js';
import type { ProjectFacts } from '../model/facts.js';

/**
 * The plan's counts, computed once and shared: the plan rules
 * (`segment-neglected`, `goal-uncovered`, `mix`) and the planning views
 * (`herald plan`, the /plan/ dashboard) call these, so they never disagree.
 * Every function is pure and works on local day numbers (`Moment.day`).
 */

// ── Segment neglect ───────────────────────────────────────────────────────

/** The longest stretch without a message for one segment, when it is over `neglectAfterDays`. */
export interface NeglectGap {
  segment: string;
  /** Day numbers: the last message before the gap (or the period's start) and the next (or the period's end). */
  from: number;
  until: number;
  /** `until - from`, in days. */
  length: number;
  /** The segment gets no message at all in the period. */
  none: boolean;
  /** The plan's `neglectAfterDays`. */
  limit: number;
}

/**
 * Per segment, in plan order, its longest gap within a window (by default
 * the period the messages span, first to last publish day), for segments
 * whose longest gap is over `neglectAfterDays`. A gap that began before the
 * window starts at the segment's last message before it: silence does not
 * reset when a planning view starts looking.
 */
export function neglectGaps(plan: Plan, facts: ProjectFacts, window: { first: number; last: number } | undefined = facts.period): NeglectGap[] {
  if (!window) return [];
  const limit = plan.calendar.neglectAfterDays;
  const gaps: NeglectGap[] = [];
  for (const segment of plan.segments) {
    const all = (facts.load.timeline.get(segment.id) ?? []).map((m) => m.fields.date!.day);
    const days = all.filter((d) => d >= window.first && d <= window.last);
    const before = all.filter((d) => d < window.first).at(-1);
    const marks = [before ?? window.first, ...days, window.last];
    let longest = { from: marks[0]!, until: window.last, length: -1 };
    for (let i = 1; i < marks.length; i++) {
      const length = marks[i]! - marks[i - 1]!;
      if (length > longest.length) longest = { from: marks[i - 1]!, until: marks[i]!, length };
    }
    if (longest.length <= limit) continue;
    gaps.push({ segment: segment.id, ...longest, none: days.length === 0, limit });
  }
  return gaps;
}

// ── Goal coverage ─────────────────────────────────────────────────────────

export interface GoalCoverage<M extends MessageSummary = MessageSummary> {
  goal: string;
  /** The goal's period overlaps the window. */
  active: boolean;
  /** The overlap of the goal's period and the window (ymd), when active. */
  from: string;
  until: string;
  /** Published messages for the goal in that overlap, oldest first. */
  messages: M[];
}

/**
 * Per goal, in plan order: whether it is active in the window (by default the
 * period the messages span) and its published messages within both the
 * goal's own period and the window.
 */
export function goalCoverage<M extends MessageSummary>(plan: Plan, facts: ProjectFacts<M>, from?: string, until?: string): GoalCoverage<M>[] {
  const period = facts.period;
  const first = from ?? (period ? ymdOfDay(period.first) : undefined);
  const last = until ?? (period ? ymdOfDay(period.last) : undefined);
  if (first === undefined || last === undefined) return [];
  // One pass over the messages, not one per goal: `herald dev` recomputes this after every edit.
  const byGoal = groupBy(facts.published, (m) => m.fields.goal);
  return plan.goals.map((goal) => {
    const start = goal.from !== undefined && goal.from > first ? goal.from : first;
    const end = goal.until !== undefined && goal.until < last ? goal.until : last;
    const active = start <= end;
    const messages = active ? (byGoal.get(goal.id) ?? []).filter((m) => m.fields.date!.ymd >= start && m.fields.date!.ymd <= end) : [];
    return { goal: goal.id, active, from: start, until: end, messages };
  });
}

// ── Campaigns ─────────────────────────────────────────────────────────────

/** A campaign's published messages, oldest first (what `campaign-no-dialogue` and the timeline look at). */
export function campaignMessages<M extends MessageSummary>(facts: ProjectFacts<M>, campaign: string): readonly M[] {
  // Grouped once per version of the facts, not one pass over every message per campaign: `herald lsp` and
  // `herald dev` run the plan rules after every front-matter edit.
  let groups = byCampaign.get(facts.published) as Map<string, M[]> | undefined;
  if (!groups) {
    groups = groupBy(facts.published, (m) => m.fields.campaign);
    byCampaign.set(facts.published, groups);
  }
  return groups.get(campaign) ?? [];
}

/** Keyed by the `published` list, which every change of the facts replaces. */
const byCampaign = new WeakMap<readonly MessageSummary[], Map<string, MessageSummary[]>>();

// ── Content mix ───────────────────────────────────────────────────────────

export const MESSAGE_KINDS: readonly MessageKind[] = ['news', 'change', 'success', 'dialogue', 'event'];

export interface MonthMix {
  /** `2026-03`. */
  month: string;
  total: number;
  /** Published messages per kind (every kind, zeros included). */
  kinds: Record<MessageKind, number>;
}

/** Published messages per month (local dates) and kind, oldest month first; only months with messages. */
export function monthlyMix(_plan: Plan, facts: ProjectFacts): MonthMix[] {
  const months = new Map<string, MonthMix>();
  for (const m of facts.published) {
    const month = m.fields.date!.ymd.slice(0, 7);
    let entry = months.get(month);
    if (!entry) {
      entry = { month, total: 0, kinds: Object.fromEntries(MESSAGE_KINDS.map((k) => [k, 0])) as Record<MessageKind, number> };
      months.set(month, entry);
    }
    entry.total++;
    entry.kinds[m.fields.kind]++;
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Whether a month's share of a kind meets the plan's minimum (the rounding slack the `mix` rule allows). */
export function meetsMinimum(count: number, total: number, minimum: number): boolean {
  return count / total + 1e-9 >= minimum;
}

// ── Weekly load ───────────────────────────────────────────────────────────

/** The Monday (day number) of the ISO week a day falls in. */
export function mondayOf(day: number): number {
  return day - ((weekdayOfDay(day) + 6) % 7);
}

/** ISO 8601 week of a day number, `2026-W11`. */
export function isoWeek(day: number): string {
  const thursday = mondayOf(day) + 3;
  const year = Number(ymdOfDay(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface WeekCount {
  week: string;
  /** Day numbers of the week's Monday and Sunday. */
  start: number;
  end: number;
  /** Published messages for the segment that week (messages for `all` count). */
  count: number;
  /** The segment's `maxPerWeek`, if it has one. */
  budget?: number;
  /** Messages that week that `frequency-cap` reports for this segment (over budget in their 7-day window). */
  over: number;
}

export interface SegmentWeeks {
  segment: string;
  weeks: WeekCount[];
}

/**
 * Per segment, in plan order, its published messages in each of `weeks` ISO
 * weeks starting with the week of `fromDay`, from the same timelines and
 * 7-day budget check as `frequency-cap`.
 */
export function weeklyCounts(plan: Plan, facts: ProjectFacts, fromDay: number, weeks: number): SegmentWeeks[] {
  const monday = mondayOf(fromDay);
  return plan.segments.map((segment) => {
    const cells: WeekCount[] = [];
    for (let w = 0; w < weeks; w++) {
      const start = monday + 7 * w;
      cells.push({
        week: isoWeek(start),
        start,
        end: start + 6,
        count: 0,
        ...(segment.maxPerWeek !== undefined ? { budget: segment.maxPerWeek } : {}),
        over: 0,
      });
    }
    for (const m of facts.load.timeline.get(segment.id) ?? []) {
      const index = Math.floor((m.fields.date!.day - monday) / 7);
      const cell = cells[index];
      if (index < 0 || !cell) continue;
      cell.count++;
      if (facts.load.overBudget.get(m.file)?.some((o) => o.segment === segment.id)) cell.over++;
    }
    return { segment: segment.id, weeks: cells };
  });
}

/** Quiet periods of the plan that overlap a week (start/end day numbers), with their reasons. */
export function quietIn(plan: Plan, start: number, end: number): string[] {
  return plan.calendar.quiet.filter((q) => dayNumber(q.from) <= end && dayNumber(q.until) >= start).map((q) => q.reason);
}

/** The items by key, in their order (Node 20 has no `Map.groupBy`); items without a key are left out. */
function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
