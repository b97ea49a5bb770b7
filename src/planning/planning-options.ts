import { configureRules } from '../lint/configure.js';
import type { Plan } from '../model/plan.js';
import { RULES } from '../rules/index.js';
import type { PlanningOptions } from './planning-report.js';

/** The rule options the views share with the linter (the `mix` rule's `minMessages`), as the plan configures them. */
export function planningOptions(plan: Plan): PlanningOptions {
  const mix = configureRules(plan, RULES).rules.find((r) => r.rule.id === 'mix');
  return { mixMinMessages: (mix?.options as { minMessages?: number } | undefined)?.minMessages ?? 3 };
}
