import { z } from 'zod';
import { definePlanRule } from '../lint/rule.js';

export default definePlanRule({
  id: 'mix',
  scope: 'plan',
  description: "Each month's share of each message kind named in the plan's `mix` (e.g. success, dialogue) is at least the plan's minimum.",
  defaultSeverity: 'warning',
  options: z
    .object({
      /** Months with fewer messages say little about the mix. */
      minMessages: z.number().int().positive().default(3),
    })
    .strict()
    .default({ minMessages: 3 }),
  rationale: 'A healthy stream has success stories and dialogue, not only announcements. Success stories make progress visible; dialogue keeps people involved.',
  example: {
    fail: '# mix: {success: 0.2} and March has 8 messages, none of kind success',
    pass: '# March has 8 messages, 2 of them kind: success',
  },
  check({ plan, facts, options, report }) {
    const wanted = Object.entries(plan.mix) as [string, number][];
    if (wanted.length === 0) return;
    const months = new Map<string, string[]>();
    for (const m of facts.published) {
      const month = m.fields.date!.ymd.slice(0, 7);
      const kinds = months.get(month);
      if (kinds) kinds.push(m.fields.kind);
      else months.set(month, [m.fields.kind]);
    }
    for (const [month, kinds] of months) {
      if (kinds.length < options.minMessages) continue;
      for (const [kind, minimum] of wanted) {
        const count = kinds.filter((k) => k === kind).length;
        const share = count / kinds.length;
        if (share + 1e-9 >= minimum) continue;
        report({
          at: plan.locate(['mix', kind]),
          message: `In ${month}, ${count} of ${kinds.length} messages (${Math.round(share * 100)}%) are ${kind} messages; the plan asks for at least ${Math.round(minimum * 100)}%.`,
        });
      }
    }
  },
});
