import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'goal-inactive',
  scope: 'message',
  defaultSeverity: 'warning',
  messages: {
    'before-goal': ['date', 'id', 'from'],
    'after-goal': ['date', 'id', 'until'],
    'before-campaign': ['date', 'id', 'from'],
    'after-campaign': ['date', 'id', 'until'],
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
