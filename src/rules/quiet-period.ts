import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'quiet-period',
  scope: 'message',
  description: 'The message is not published in a quiet period of the calendar or, with `weekends: avoid`, on a weekend.',
  defaultSeverity: 'warning',
  messages: {
    'in-quiet-period': ['date', 'reason', 'from', 'until'],
    'on-saturday': ['date'],
    'on-sunday': ['date'],
  },
  rationale: 'Holidays and peak weeks are when people cannot or should not read work news. A message then is missed, or intrudes.',
  example: {
    fail: '# calendar: quiet: [{from: 2026-12-21, until: 2027-01-03, reason: Kerstvakantie}]\ndate: 2026-12-23T09:00',
    pass: 'date: 2026-12-17T09:00',
  },
  check({ message, plan, report }) {
    const date = message.fields.date;
    if (!date) return;
    // A getter: locating a value builds the positioned YAML document, which only findings need.
    const at = () => fieldLocation(message, ['date']);
    for (const quiet of plan.calendar.quiet) {
      if (date.ymd >= quiet.from && date.ymd <= quiet.until) {
        report({ at: at(), messageId: 'in-quiet-period', data: { date: date.ymd, reason: quiet.reason, from: quiet.from, until: quiet.until } });
      }
    }
    if (plan.calendar.weekends === 'avoid' && (date.weekday === 0 || date.weekday === 6)) {
      report({ at: at(), messageId: date.weekday === 6 ? 'on-saturday' : 'on-sunday', data: { date: date.ymd } });
    }
  },
});
