import type { Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics, ruleUrl } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { ProjectFacts } from '../model/facts.js';
import { configureRules, type ConfiguredRule } from './configure.js';
import { closest } from '../validate/suggest.js';
import { disabledLines, isDisabled } from './disable-comments.js';
import { fieldLocation } from '../scope/locate.js';
import type { Finding, PlanFinding, Rule, RuleConfiguration } from '../model/rule.js';
import { compose, type Lang } from '../messages/index.js';

/** The rule that owns front-matter problems, such as an unknown id in `lint.disable`. */
const FRONT_MATTER = 'front-matter';

/**
 * Runs the catalogue over a validated project. Rules only report; this adds
 * rule id, severity, file and docs URL, applies disable comments and
 * front-matter `lint.disable`, and keeps one crashing rule from hiding the
 * findings of the others. Every sentence is composed in `lang`, the
 * language chosen for the project (`chooseLang`, in pipeline/check.ts).
 */
export function lintProject(
  plan: Plan,
  messages: Message[],
  facts: ProjectFacts,
  catalogue: readonly Rule[],
  lang: Lang,
  configuration: RuleConfiguration = configureRules(plan, catalogue, lang),
): Diagnostic[] {
  const { rules, diagnostics } = configuration;
  return [...diagnostics, ...lintMessages(plan, messages, facts, rules, catalogue, lang), ...lintPlan(plan, facts, rules, lang)].sort(compareDiagnostics);
}

/** The message rules over some messages (all of them, or those `herald dev` lints again after a change), in turn. */
export function lintMessages(
  plan: Plan,
  messages: Iterable<Message>,
  facts: ProjectFacts,
  rules: ConfiguredRule[],
  catalogue: readonly Rule[],
  lang: Lang,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const messageRules = rules.filter((r) => r.rule.scope === 'message');
  const known = catalogue.map((r) => r.id);
  const frontMatter = messageRules.find((r) => r.rule.id === FRONT_MATTER);
  for (const message of messages) {
    const disabled = disabledLines(message);
    const disabledRules = new Set(message.fields.lint?.disable ?? []);
    // A misspelt id in lint.disable would silence nothing, silently: it is a front-matter problem.
    if (frontMatter && !disabledRules.has(FRONT_MATTER)) {
      message.fields.lint?.disable.forEach((id, i) => {
        if (known.includes(id)) return;
        const at = fieldLocation(message, ['lint', 'disable', i]);
        if (isDisabled(disabled, at.line, FRONT_MATTER)) return;
        const suggestion = closest(id, known);
        const finding: Finding = { at, messageId: 'unknown-rule-in-disable', data: { id }, ...(suggestion ? { expected: [suggestion] } : {}) };
        out.push(toDiagnostic(lang, FRONT_MATTER, frontMatter.severity, message.file, finding));
      });
    }
    // One context and one report function per message, for every rule in turn (not one each per
    // rule and message: 22 rules × 10,000 messages of them were a tenth of this loop's time).
    let current: ConfiguredRule | undefined;
    const report = (f: Finding) => {
      if (isDisabled(disabled, f.at.line, current!.rule.id)) return;
      out.push(toDiagnostic(lang, current!.rule.id, current!.severity, message.file, f));
    };
    const context = { message, plan, facts, options: undefined as unknown, report };
    for (const configured of messageRules) {
      const { rule } = configured;
      if (disabledRules.has(rule.id) || rule.scope !== 'message') continue;
      current = configured;
      context.options = configured.options;
      try {
        rule.check(context);
      } catch (error) {
        out.push(internalError(lang, rule.id, message.file, error));
      }
    }
  }

  return out;
}

/** The plan rules, once per project; they only need the facts. */
export function lintPlan(plan: Plan, facts: ProjectFacts, rules: ConfiguredRule[], lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { rule, severity, options } of rules) {
    if (rule.scope !== 'plan') continue;
    const report = (f: PlanFinding) => out.push(toDiagnostic(lang, rule.id, severity, f.at.file, f));
    try {
      rule.check({ plan, facts, options, report });
    } catch (error) {
      out.push(internalError(lang, rule.id, plan.files[0]?.file ?? 'plans', error));
    }
  }
  return out;
}

function toDiagnostic(lang: Lang, ruleId: string, severity: Diagnostic['severity'], file: string, f: Finding | PlanFinding): Diagnostic {
  const { line, column, endLine, endColumn } = f.at;
  return {
    ruleId,
    severity,
    file,
    line,
    column,
    ...(endLine !== undefined ? { endLine } : {}),
    ...(endColumn !== undefined ? { endColumn } : {}),
    messageId: f.messageId,
    data: f.data ?? {},
    message: compose(lang, ruleId, f.messageId, f.data, f.expected),
    ...withUrl(ruleId, lang),
    ...(f.expected?.length ? { expected: f.expected } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.related?.length ? { related: f.related } : {}),
    ...(f.debug ? { debug: f.debug } : {}),
  };
}

function internalError(lang: Lang, ruleId: string, file: string, error: unknown): Diagnostic {
  const data = { reason: (error as Error)?.message ?? String(error) };
  return {
    ruleId,
    messageId: 'internal-error',
    data,
    severity: 'error',
    file,
    line: 1,
    column: 1,
    message: compose(lang, ruleId, 'internal-error', data),
    ...withUrl(ruleId, lang),
  };
}

/** The rule's page, when herald's package.json says where its docs are published (no made-up link otherwise). */
function withUrl(ruleId: string, lang: Lang): { url?: string } {
  const url = ruleUrl(ruleId, lang);
  return url ? { url } : {};
}
