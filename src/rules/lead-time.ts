import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { dayNumber } from '../validate/moment.js';

export default defineMessageRule({
  id: 'lead-time',
  scope: 'message',
  description: 'A `change` with an `effective` date is announced at least `leadTimeDays` (default 14) before it takes effect.',
  defaultSeverity: 'error',
  messages: {
    'after-effective': ['date', 'days', 'effective', 'leadTimeDays'],
    'too-close-to-effective': ['days', 'effective', 'leadTimeDays'],
  },
  rationale: 'People need time to understand a change, ask questions and prepare. A change announced days before it lands feels imposed.',
  example: {
    fail: 'kind: change\ndate: 2026-02-25T09:00\neffective: 2026-03-01',
    pass: 'kind: change\ndate: 2026-02-02T09:00\neffective: 2026-03-01',
  },
  check({ message, plan, report }) {
    const { kind, date, effective } = message.fields;
    if (kind !== 'change' || !date || !effective) return;
    const days = dayNumber(effective) - date.day;
    const lead = plan.calendar.leadTimeDays;
    if (days >= lead) return;
    report({
      at: fieldLocation(message, ['date']),
      ...(days < 0
        ? { messageId: 'after-effective', data: { date: date.ymd, days: -days, effective, leadTimeDays: lead } }
        : { messageId: 'too-close-to-effective', data: { days, effective, leadTimeDays: lead } }),
    });
  },
});
