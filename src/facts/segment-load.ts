import type { MessageSummary } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { OverBudget, SegmentLoad } from '../model/facts.js';

export const WINDOW_DAYS = 7;

/**
 * Per segment, walks its messages in publish order with a sliding 7-day
 * window (two pointers: O(n) per segment after the O(n log n) sort). A
 * message is over budget when, counting it, the segment has received more
 * than `maxPerWeek` messages in the 7 calendar days ending on its day. So the
 * first `maxPerWeek` messages of a busy week pass and each one after that is
 * reported, naming the others.
 */
export function computeSegmentLoad<M extends MessageSummary>(plan: Plan, published: M[], audienceOf: (m: MessageSummary) => string[]): SegmentLoad<M> {
  const timeline = new Map<string, M[]>(plan.segments.map((s) => [s.id, []]));
  for (const m of published) {
    for (const id of audienceOf(m)) timeline.get(id)?.push(m);
  }

  const overBudget = new Map<string, OverBudget<M>[]>();
  for (const segment of plan.segments) {
    const budget = segment.maxPerWeek;
    if (budget === undefined) continue;
    const list = timeline.get(segment.id)!;
    let start = 0;
    for (let end = 0; end < list.length; end++) {
      const day = list[end]!.fields.date!.day;
      while (list[start]!.fields.date!.day <= day - WINDOW_DAYS) start++;
      const count = end - start + 1;
      if (count > budget) {
        const entry: OverBudget<M> = { segment: segment.id, budget, count, others: list.slice(start, end) };
        const existing = overBudget.get(list[end]!.file);
        if (existing) existing.push(entry);
        else overBudget.set(list[end]!.file, [entry]);
      }
    }
  }
  return { timeline, overBudget };
}
