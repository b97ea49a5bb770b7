import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'goal-inactive',
  scope: 'message',
  description: "The message date falls inside its goal's and campaign's from–until period.",
  defaultSeverity: 'warning',
  rationale:
    'A message that serves a goal or campaign outside its period is usually a wrong date or a stale goal; either way the plan view would miscount it.',
  example: {
    fail: 'date: 2026-06-01T09:00\ngoal: regie-over-rooster   # runs 2026-01-15 – 2026-04-30',
    pass: 'date: 2026-02-02T09:00\ngoal: regie-over-rooster',
  },
  check({ message, plan, report }) {
    const date = message.fields.date;
    if (!date) return;
    const periods = [
      { kind: 'goal', item: message.fields.goal ? plan.goalById.get(message.fields.goal) : undefined },
      { kind: 'campaign', item: message.fields.campaign ? plan.campaignById.get(message.fields.campaign) : undefined },
    ];
    for (const { kind, item } of periods) {
      if (!item) continue;
      const { from, until } = item as { from?: string; until?: string };
      const before = from !== undefined && date.ymd < from;
      const after = until !== undefined && date.ymd > until;
      if (!before && !after) continue;
      report({
        at: fieldLocation(message, ['date']),
        message: before
          ? `Published on ${date.ymd}, before ${kind} "${item.id}" starts (${from}).`
          : `Published on ${date.ymd}, after ${kind} "${item.id}" has ended (${until}).`,
      });
    }
  },
});
