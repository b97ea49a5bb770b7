import type { z } from 'zod';
import type { Location, Severity } from './diagnostic.js';
import type { Message } from './message.js';
import type { Plan, PlanLocation } from './plan.js';
import type { ProjectFacts } from './facts.js';

/** What a rule reports; the runner adds rule id, severity, file and docs URL. */
export interface Finding {
  message: string;
  at: Location;
  suggestion?: string;
}

export interface PlanFinding {
  message: string;
  at: PlanLocation;
  suggestion?: string;
}

interface RuleMetaBase<O> {
  /** Fixed id, kebab-case; also the file name under src/rules/. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: Severity;
  /** Options with defaults; the plan's `rules:` may override them. */
  options?: z.ZodType<O>;
  /** Why the rule exists, for `herald rules <id>`. */
  rationale: string;
  /** A message that fails and one that passes, for `herald rules <id>`. */
  example?: { fail: string; pass: string };
  /**
   * What a message rule's findings depend on beyond the message and the plan
   * (`herald dev` reruns it for every message when that changes): `messages`,
   * the other messages' front-matter; `files`, which files exist under content/.
   */
  dependsOn?: 'messages' | 'files';
}

export interface MessageRuleContext<O> {
  message: Message;
  plan: Plan;
  facts: ProjectFacts;
  options: O;
  report(finding: Finding): void;
}

export interface PlanRuleContext<O> {
  plan: Plan;
  facts: ProjectFacts;
  options: O;
  report(finding: PlanFinding): void;
}

export interface MessageRule<O = Record<string, never>> extends RuleMetaBase<O> {
  scope: 'message';
  check(ctx: MessageRuleContext<O>): void;
}

export interface PlanRule<O = Record<string, never>> extends RuleMetaBase<O> {
  scope: 'plan';
  check(ctx: PlanRuleContext<O>): void;
}

// eslint-style `any` is needed so rules with different option types fit one list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule = MessageRule<any> | PlanRule<any>;

export type RuleMeta = Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'rationale' | 'example' | 'scope'> & {
  options?: z.ZodType;
};

/** Identity helpers that keep the option type of a rule inferred. */
export function defineMessageRule<O>(rule: MessageRule<O>): MessageRule<O> {
  return rule;
}

export function definePlanRule<O>(rule: PlanRule<O>): PlanRule<O> {
  return rule;
}
