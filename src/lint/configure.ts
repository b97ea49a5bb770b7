import type { Diagnostic, MessageData, Severity } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { describeIssue, getPath } from '../validate/describe-issue.js';
import { allowedKeys } from '../validate/schema-keys.js';
import { closest } from '../validate/suggest.js';
import { planDiagnostic } from '../validate/validate-plan.js';
import type { ConfiguredRule, Rule, RuleConfiguration } from '../model/rule.js';
import type { Lang } from '../messages/index.js';

export type { ConfiguredRule, RuleConfiguration };

/**
 * Applies the plan's `rules:` section to the catalogue: severity per rule and
 * options validated against each rule's own schema. Rules set to `off` are
 * left out; a bad setting is a plan error (its sentence in `lang`) and the
 * rule keeps its defaults.
 */
export function configureRules(plan: Plan, catalogue: readonly Rule[], lang: Lang): RuleConfiguration {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const report = (path: (string | number)[], messageId: string, data: MessageData, expected?: string[], atKey = false) => {
    const { file, ...at } = plan.locate(path, { atKey });
    diagnostics.push(planDiagnostic(lang, file, at, messageId, data, expected));
  };

  for (const id of Object.keys(plan.rules)) {
    if (!byId.has(id)) {
      const suggestion = closest(id, byId.keys());
      report(['rules', id], 'unknown-rule', { id }, suggestion ? [suggestion] : undefined, true);
    }
  }

  const rules: ConfiguredRule[] = [];
  for (const rule of catalogue) {
    const setting = plan.rules[rule.id];
    const level = setting === undefined ? undefined : Array.isArray(setting) ? setting[0] : setting;
    if (level === 'off') continue;
    const severity: Severity = level === 'warn' ? 'warning' : level === 'error' ? 'error' : rule.defaultSeverity;
    const given = (Array.isArray(setting) ? setting[1] : undefined) ?? {};
    let options: unknown = given;
    if (rule.options) {
      const schema = rule.options;
      const result = schema.safeParse(given);
      if (result.success) options = result.data;
      else {
        const base = ['rules', rule.id, 1];
        const valueAt = (p: (string | number)[]) => getPath(given, p.slice(base.length));
        const keysAt = (p: (string | number)[]) => allowedKeys(schema, p.slice(base.length));
        for (const issue of result.error.issues) {
          for (const d of describeIssue(issue, base, valueAt, keysAt)) report(d.path, d.messageId, d.data, d.expected, d.atKey);
        }
        options = schema.parse({});
      }
    }
    rules.push({ rule, severity, options });
  }
  return { rules, diagnostics };
}
