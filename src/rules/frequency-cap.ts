import { WINDOW_DAYS } from '../facts/segment-load.js';
import { fieldLocation, otherFieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'frequency-cap',
  scope: 'message',
  dependsOn: 'messages',
  description: "No segment gets more messages in any 7-day window than its `maxPerWeek` (messages for `all` count for every segment).",
  defaultSeverity: 'error',
  messages: {
    'over-budget': ['segment', 'count', 'days', 'date', 'budget', 'others', 'otherDates'],
    // A related place: another message of the overloaded window.
    'other-message': [],
  },
  rationale:
    'Attention is a budget. Past a few messages a week, readers stop reading all of them, including the one that mattered. Drafts do not count; messages for everyone do.',
  example: {
    fail: '# magazijn has maxPerWeek: 2, and already gets two messages on 2026-02-02 and 2026-02-04\ndate: 2026-02-05T09:00\naudience: [magazijn]',
    pass: 'date: 2026-02-10T09:00\naudience: [magazijn]',
  },
  check({ message, facts, report }) {
    const over = facts.load.overBudget.get(message.file);
    if (!over) return;
    for (const { segment, budget, count, others } of over) {
      report({
        at: fieldLocation(message, ['date']),
        messageId: 'over-budget',
        data: {
          segment,
          count,
          days: WINDOW_DAYS,
          date: message.fields.date!.ymd,
          budget,
          others: others.map((m) => m.file),
          otherDates: others.map((m) => m.fields.date!.ymd),
        },
        related: others.map((m) => ({ file: m.file, ...otherFieldLocation(m, ['date']), messageId: 'other-message' })),
      });
    }
  },
});

