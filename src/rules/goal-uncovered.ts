import { goalCoverage } from '../facts/plan-metrics.js';
import { definePlanRule } from '../model/rule.js';

export default definePlanRule({
  id: 'goal-uncovered',
  scope: 'plan',
  description: 'Every goal that is active during the period the messages span has at least one message in its own period.',
  defaultSeverity: 'warning',
  messages: { 'no-message-in-period': ['goal', 'from', 'until'] },
  rationale: 'A goal nobody writes about is a goal in name only. Either the plan is out of date, or the communication is.',
  example: {
    fail: '# goals: [{id: veilig-werken, from: 2026-01-01, until: 2026-06-30}] and no message with goal: veilig-werken',
    pass: '# at least one message with goal: veilig-werken dated in 2026-01-01 – 2026-06-30',
  },
  check({ plan, facts, report }) {
    for (const coverage of goalCoverage(plan, facts)) {
      if (!coverage.active || coverage.messages.length > 0) continue; // not active while these messages run, or covered
      report({
        at: plan.locateItem('goals', coverage.goal),
        messageId: 'no-message-in-period',
        data: { goal: coverage.goal, from: coverage.from, until: coverage.until },
      });
    }
  },
});
