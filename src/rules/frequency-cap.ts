import { WINDOW_DAYS } from '../facts/segment-load.js';
import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'frequency-cap',
  scope: 'message',
  dependsOn: 'messages',
  description: "No segment gets more messages in any 7-day window than its `maxPerWeek` (messages for `all` count for every segment).",
  defaultSeverity: 'error',
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
      const list = others.map((m) => `${m.file} (${m.fields.date!.ymd})`).join(', ');
      report({
        at: fieldLocation(message, ['date']),
        message: `Segment "${segment}" gets ${count} messages in the ${WINDOW_DAYS} days up to ${message.fields.date!.ymd}, over its budget of ${budget} per week; the others are ${list}.`,
      });
    }
  },
});
