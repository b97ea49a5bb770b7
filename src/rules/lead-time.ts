import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { dayNumber } from '../validate/moment.js';

export default defineMessageRule({
  id: 'lead-time',
  scope: 'message',
  defaultSeverity: 'error',
  messages: {
    'after-effective': ['date', 'days', 'effective', 'leadTimeDays'],
    'too-close-to-effective': ['days', 'effective', 'leadTimeDays'],
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
