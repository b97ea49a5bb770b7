import { z } from 'zod';
import { meetsMinimum, monthlyMix } from '../facts/plan-metrics.js';
import { definePlanRule } from '../model/rule.js';

export default definePlanRule({
  id: 'mix',
  scope: 'plan',
  defaultSeverity: 'warning',
  // One id per message kind the plan's mix can name (model/front-matter-schema.ts MESSAGE_KINDS).
  messages: {
    'too-few-news': ['month', 'count', 'total', 'percent', 'minimum'],
    'too-few-change': ['month', 'count', 'total', 'percent', 'minimum'],
    'too-few-success': ['month', 'count', 'total', 'percent', 'minimum'],
    'too-few-dialogue': ['month', 'count', 'total', 'percent', 'minimum'],
    'too-few-event': ['month', 'count', 'total', 'percent', 'minimum'],
  },
  options: z
    .object({
      /** Months with fewer messages say little about the mix. */
      minMessages: z.number().int().positive().default(3),
    })
    .strict()
    .default({ minMessages: 3 }),
  check({ plan, facts, options, report }) {
    const wanted = Object.entries(plan.mix) as [string, number][];
    if (wanted.length === 0) return;
    for (const { month, total, kinds } of monthlyMix(plan, facts)) {
      if (total < options.minMessages) continue;
      for (const [kind, minimum] of wanted) {
        const count = kinds[kind as keyof typeof kinds] ?? 0;
        if (meetsMinimum(count, total, minimum)) continue;
        report({
          at: plan.locate(['mix', kind]),
          messageId: `too-few-${kind}`,
          data: { month, count, total, percent: Math.round((count / total) * 100), minimum: Math.round(minimum * 100) },
        });
      }
    }
  },
});
