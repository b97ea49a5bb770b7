import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'goal-inactive',
  scope: 'message',
  description: "The message date falls inside its goal's and campaign's from–until period.",
  defaultSeverity: 'warning',
  messages: {
    'before-goal': ['date', 'id', 'from'],
    'after-goal': ['date', 'id', 'until'],
    'before-campaign': ['date', 'id', 'from'],
    'after-campaign': ['date', 'id', 'until'],
  },
  rationale: 'A message that serves a goal or campaign outside its period is usually a wrong date or a stale goal; either way the plan view would miscount it.',
  example: {
    fail: 'date: 2026-06-01T09:00\ngoal: regie-over-rooster   # runs 2026-01-15 – 2026-04-30',
    pass: 'date: 2026-02-02T09:00\ngoal: regie-over-rooster',
  },
  check({ message, plan, report }) {
    const date = message.fields.date;
    if (!date) return;
    const periods = [
      { kind: 'goal' as const, item: message.fields.goal ? plan.goalById.get(message.fields.goal) : undefined },
      { kind: 'campaign' as const, item: message.fields.campaign ? plan.campaignById.get(message.fields.campaign) : undefined },
    ];
    for (const { kind, item } of periods) {
      if (!item) continue;
      const { from, until } = item as { from?: string; until?: string };
      const before = from !== undefined && date.ymd < from;
      const after = until !== undefined && date.ymd > until;
      if (!before && !after) continue;
      report({
        at: fieldLocation(message, ['date']),
        ...(before
          ? { messageId: `before-${kind}`, data: { date: date.ymd, id: item.id, from: from! } }
          : { messageId: `after-${kind}`, data: { date: date.ymd, id: item.id, until: until! } }),
      });
    }
  },
});
