import { definePlanRule } from '../lint/rule.js';
import { ymdOfDay } from '../validate/moment.js';

export default definePlanRule({
  id: 'goal-uncovered',
  scope: 'plan',
  description: 'Every goal that is active during the period the messages span has at least one message in its own period.',
  defaultSeverity: 'warning',
  rationale: 'A goal nobody writes about is a goal in name only. Either the plan is out of date, or the communication is.',
  example: {
    fail: '# goals: [{id: veilig-werken, from: 2026-01-01, until: 2026-06-30}] and no message with goal: veilig-werken',
    pass: '# at least one message with goal: veilig-werken dated in 2026-01-01 – 2026-06-30',
  },
  check({ plan, facts, report }) {
    const period = facts.period;
    if (!period) return;
    const first = ymdOfDay(period.first);
    const last = ymdOfDay(period.last);
    for (const goal of plan.goals) {
      const from = goal.from ?? first;
      const until = goal.until ?? last;
      if (from > last || until < first) continue; // not active while these messages run
      const covered = facts.published.some((m) => m.fields.goal === goal.id && m.fields.date!.ymd >= from && m.fields.date!.ymd <= until);
      if (covered) continue;
      report({
        at: plan.locateItem('goals', goal.id),
        message: `Goal "${goal.id}" has no message between ${from > first ? from : first} and ${until < last ? until : last}; write one or end the goal.`,
      });
    }
  },
});
