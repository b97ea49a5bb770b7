import type { MessageSummary } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { OverBudget, SegmentLoad } from '../model/facts.js';

export const WINDOW_DAYS = 7;

/**
 * Per segment, walks its messages in publish order with a sliding 7-day
 * window (two pointers: O(n) per segment after the O(n log n) sort). A
 * message is over budget when, counting it, the segment has received more
 * than `maxPerWeek` messages in the 7 calendar days ending on its day.
 *
 * Over-budget messages are grouped into busy stretches, so that a writer gets
 * one finding per crowded week, not one per message: the first message over
 * the budget opens a stretch, and every later over-budget message within 7
 * days of it (its day and the six after) joins that stretch. The stretch
 * names each of its messages once: from the first message of the window that
 * went over to the last one that joined. A message over the budget after
 * that opens the next stretch.
 */
export function computeSegmentLoad<M extends MessageSummary>(
  plan: Plan,
  published: M[],
  audienceOf: (m: MessageSummary) => string[],
): SegmentLoadWithStretches<M> {
  const timeline = new Map<string, M[]>(plan.segments.map((s) => [s.id, []]));
  for (const m of published) {
    for (const id of audienceOf(m)) timeline.get(id)?.push(m);
  }

  const stretches = new Map(plan.segments.map((segment) => [segment.id, segmentStretches(segment, timeline.get(segment.id)!)]));
  return { timeline, overBudget: overBudgetOf(plan, stretches), stretches };
}

/** The load with each segment's stretches kept, so that an update can redo only the segments it touched. */
export type SegmentLoadWithStretches<M extends MessageSummary> = SegmentLoad<M> & { stretches: Map<string, Stretch<M>[]> };

/** `overBudget` from the stretches of every segment: per message, its stretches in plan order of their segments. */
export function overBudgetOf<M extends MessageSummary>(plan: Plan, stretches: Map<string, Stretch<M>[]>): Map<string, OverBudget<M>[]> {
  const overBudget = new Map<string, OverBudget<M>[]>();
  for (const segment of plan.segments) {
    for (const entry of stretches.get(segment.id) ?? []) {
      const existing = overBudget.get(entry.message.file);
      if (existing) existing.push(entry.stretch);
      else overBudget.set(entry.message.file, [entry.stretch]);
    }
  }
  return overBudget;
}

/** One busy stretch of a segment, and the message that opens it (the one its finding is on). */
export interface Stretch<M extends MessageSummary> {
  message: M;
  stretch: OverBudget<M>;
}

/** The busy stretches of one segment over its timeline (published, oldest first), in order; none without a budget. */
export function segmentStretches<M extends MessageSummary>(segment: { id: string; maxPerWeek?: number | undefined }, list: readonly M[]): Stretch<M>[] {
  const budget = segment.maxPerWeek;
  if (budget === undefined) return [];
  const out: Stretch<M>[] = [];
  let start = 0;
  // The open stretch: index of its first message, of the message that went over, and its last day to join.
  let stretch: { first: number; over: number; last: number; lastDay: number } | undefined;
  const close = () => {
    if (!stretch) return;
    const message = list[stretch.over]!;
    const members = list.slice(stretch.first, stretch.last + 1);
    out.push({
      message,
      stretch: {
        segment: segment.id,
        budget,
        count: members.length,
        others: members.filter((m) => m !== message),
        from: members[0]!.fields.date!.day,
        until: members[members.length - 1]!.fields.date!.day,
      },
    });
    stretch = undefined;
  };
  for (let end = 0; end < list.length; end++) {
    const day = list[end]!.fields.date!.day;
    while (list[start]!.fields.date!.day <= day - WINDOW_DAYS) start++;
    const count = end - start + 1;
    if (count <= budget) continue;
    if (stretch && day <= stretch.lastDay) {
      stretch.last = end;
      continue;
    }
    close();
    stretch = { first: start, over: end, last: end, lastDay: day + WINDOW_DAYS - 1 };
  }
  close();
  return out;
}
