import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { quotable } from '../messages/index.js';

export default defineMessageRule({
  id: 'quiet-period',
  scope: 'message',
  defaultSeverity: 'warning',
  messages: {
    'in-quiet-period': ['date', 'reason', 'from', 'until'],
    'on-saturday': ['date'],
    'on-sunday': ['date'],
  },
  check({ message, plan, report }) {
    const date = message.fields.date;
    if (!date) return;
    // A getter: locating a value builds the positioned YAML document, which only findings need.
    const at = () => fieldLocation(message, ['date']);
    for (const quiet of plan.calendar.quiet) {
      if (date.ymd >= quiet.from && date.ymd <= quiet.until) {
        report({ at: at(), messageId: 'in-quiet-period', data: { date: date.ymd, reason: quotable(quiet.reason), from: quiet.from, until: quiet.until } });
      }
    }
    if (plan.calendar.weekends === 'avoid' && (date.weekday === 0 || date.weekday === 6)) {
      report({ at: at(), messageId: date.weekday === 6 ? 'on-saturday' : 'on-sunday', data: { date: date.ymd } });
    }
  },
});
