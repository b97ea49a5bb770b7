import { neglectGaps } from '../facts/plan-metrics.js';
import { definePlanRule } from '../model/rule.js';
import { ymdOfDay } from '../validate/moment.js';

export default definePlanRule({
  id: 'segment-neglected',
  scope: 'plan',
  description: 'No segment goes without a message for more than `neglectAfterDays` (default 21) within the period the messages span.',
  defaultSeverity: 'warning',
  messages: {
    'no-message-at-all': ['segment', 'first', 'last', 'days', 'limit'],
    'no-message-for-days': ['segment', 'days', 'from', 'until', 'limit'],
  },
  rationale: 'A group that hears nothing for weeks concludes that nothing concerns them, or that nobody thinks of them. Frontline staff are the usual victims.',
  example: {
    fail: '# messages for kantoor every week, and nothing for chauffeurs between 2026-02-02 and 2026-03-16',
    pass: '# at least one message for chauffeurs every three weeks',
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
