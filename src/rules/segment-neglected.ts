import { neglectGaps } from '../facts/plan-metrics.js';
import { definePlanRule } from '../model/rule.js';
import { ymdOfDay } from '../validate/moment.js';

export default definePlanRule({
  id: 'segment-neglected',
  scope: 'plan',
  defaultSeverity: 'warning',
  messages: {
    'no-message-at-all': ['segment', 'first', 'last', 'days', 'limit'],
    'no-message-for-days': ['segment', 'days', 'from', 'until', 'limit'],
  },
  check({ plan, facts, report }) {
    const period = facts.period;
    if (!period) return;
    for (const gap of neglectGaps(plan, facts)) {
      report({
        at: plan.locateItem('segments', gap.segment),
        ...(gap.none
          ? {
              messageId: 'no-message-at-all',
              data: { segment: gap.segment, first: ymdOfDay(period.first), last: ymdOfDay(period.last), days: gap.length, limit: gap.limit },
            }
          : {
              messageId: 'no-message-for-days',
              data: { segment: gap.segment, days: gap.length, from: ymdOfDay(gap.from), until: ymdOfDay(gap.until), limit: gap.limit },
            }),
      });
    }
  },
});
