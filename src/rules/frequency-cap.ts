import { WINDOW_DAYS } from '../facts/segment-load.js';
import { fieldLocation, otherFieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { ymdOfDay } from '../validate/moment.js';

export default defineMessageRule({
  id: 'frequency-cap',
  scope: 'message',
  dependsOn: 'messages',
  defaultSeverity: 'error',
  messages: {
    'over-budget': ['segment', 'count', 'days', 'from', 'until', 'date', 'budget', 'others', 'otherDates'],
    // A related place: another message of the busy stretch.
    'other-message': [],
  },
  check({ message, facts, report }) {
    const over = facts.load.overBudget.get(message.file);
    if (!over) return;
    // One finding per busy stretch and segment (facts/segment-load.ts groups them), on the message that goes over.
    for (const { segment, budget, count, others, from, until } of over) {
      report({
        at: fieldLocation(message, ['date']),
        messageId: 'over-budget',
        data: {
          segment,
          count,
          days: WINDOW_DAYS,
          from: ymdOfDay(from),
          until: ymdOfDay(until),
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
