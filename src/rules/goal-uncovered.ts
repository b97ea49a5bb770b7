import { goalCoverage } from '../facts/plan-metrics.js';
import { definePlanRule } from '../model/rule.js';

export default definePlanRule({
  id: 'goal-uncovered',
  scope: 'plan',
  defaultSeverity: 'warning',
  messages: { 'no-message-in-period': ['goal', 'from', 'until'] },
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
