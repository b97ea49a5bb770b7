import { neglectGaps } from '../facts/plan-metrics.js';
import { definePlanRule } from '../model/rule.js';
import { ymdOfDay } from '../validate/moment.js';

export default definePlanRule({
  id: 'segment-neglected',
  scope: 'plan',
  description: 'No segment goes without a message for more than `neglectAfterDays` (default 21) within the period the messages span.',
  defaultSeverity: 'warning',
  rationale:
    'A group that hears nothing for weeks concludes that nothing concerns them, or that nobody thinks of them. Frontline staff are the usual victims.',
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
        message: gap.none
          ? `Segment "${gap.segment}" gets no message at all between ${ymdOfDay(period.first)} and ${ymdOfDay(period.last)} (${gap.length} days; neglectAfterDays is ${gap.limit}).`
          : `Segment "${gap.segment}" gets no message for ${gap.length} days, from ${ymdOfDay(gap.from)} to ${ymdOfDay(gap.until)}; neglectAfterDays is ${gap.limit}.`,
      });
    }
  },
});
