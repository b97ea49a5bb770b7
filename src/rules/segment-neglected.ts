import { definePlanRule } from '../lint/rule.js';
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
    const limit = plan.calendar.neglectAfterDays;
    for (const segment of plan.segments) {
      const days = facts.load.timeline.get(segment.id)!.map((m) => m.fields.date!.day);
      const marks = [period.first, ...days, period.last];
      let longest = { from: period.first, until: period.last, length: -1 };
      for (let i = 1; i < marks.length; i++) {
        const length = marks[i]! - marks[i - 1]!;
        if (length > longest.length) longest = { from: marks[i - 1]!, until: marks[i]!, length };
      }
      if (longest.length <= limit) continue;
      report({
        at: plan.locateItem('segments', segment.id),
        message:
          days.length === 0
            ? `Segment "${segment.id}" gets no message at all between ${ymdOfDay(period.first)} and ${ymdOfDay(period.last)} (${longest.length} days; neglectAfterDays is ${limit}).`
            : `Segment "${segment.id}" gets no message for ${longest.length} days, from ${ymdOfDay(longest.from)} to ${ymdOfDay(longest.until)}; neglectAfterDays is ${limit}.`,
      });
    }
  },
});
