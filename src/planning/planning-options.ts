import type { RuleConfiguration } from '../model/rule.js';
import mix from '../rules/mix.js';
import type { PlanningOptions } from './planning-report.js';

/**
 * The rule options the views share with the linter (the `mix` rule's
 * `minMessages`), read from the configuration the linter uses. A rule the
 * plan switched off still has its options: its own defaults, from its schema.
 */
export function planningOptions(configuration: RuleConfiguration): PlanningOptions {
  const configured = configuration.rules.find((r) => r.rule.id === mix.id);
  const options = (configured?.options as { minMessages: number } | undefined) ?? mix.options!.parse(undefined);
  return { mixMinMessages: options.minMessages };
}
