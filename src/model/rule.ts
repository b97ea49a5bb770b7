import type { z } from 'zod';
import type { Diagnostic, Fix, Location, MessageData, RelatedLocation, Severity } from './diagnostic.js';
import type { Message } from './message.js';
import type { Plan, PlanLocation } from './plan.js';
import type { ProjectFacts } from './facts.js';

/**
 * What a rule reports, as data: which of its messages (`messageId`, declared
 * in its metadata) with which values. The runner adds rule id, severity, file,
 * docs URL and the sentence, composed from the writer's-language catalogue in
 * `messages/`; a rule never writes a sentence.
 */
export interface Finding {
  messageId: string;
  data?: MessageData;
  at: Location;
  /** Ids or words the writer probably meant, best first. */
  expected?: string[];
  fix?: Fix;
  related?: RelatedLocation[];
  /** The words of a tool herald used (the YAML parser's), for developers: shown only with `HERALD_DEBUG` set. */
  debug?: string;
}

export interface PlanFinding extends Omit<Finding, 'at'> {
  at: PlanLocation;
}

interface RuleMetaBase<O> {
  /** Fixed id, kebab-case; also the file name under src/rules/. */
  id: string;
  defaultSeverity: Severity;
  /** Options with defaults; the plan's `rules:` may override them. */
  options?: z.ZodType<O>;
  /**
   * The rule's messages: each id with the names of the placeholders its
   * sentence uses (like ESLint's `meta.messages`, without the sentences, which
   * live in the catalogues of `messages/`).
   */
  messages: Readonly<Record<string, readonly string[]>>;
  /**
   * Values the rule's description and rationale name, beside its option
   * defaults (`{{depth}}` of body-structure). The sentences themselves are in
   * the catalogues' `rule-docs` namespace (`<id>-description`,
   * `<id>-rationale`); a test fails when a rule lacks them.
   */
  docData?: MessageData;
  /**
   * The built-in lists that an option adds to, by option name, for `herald
   * rules <id>` and the rule pages (an option's default is empty when the list lives in data):
   * the data file and its entries, as a writer would add them.
   */
  builtIn?: Readonly<Record<string, { file: string; entries: readonly string[] }>>;
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

export type RuleMeta = Pick<Rule, 'id' | 'defaultSeverity' | 'scope' | 'messages' | 'docData' | 'builtIn'> & {
  options?: z.ZodType;
};

/** Identity helpers that keep the option type of a rule inferred. */
export function defineMessageRule<O>(rule: MessageRule<O>): MessageRule<O> {
  return rule;
}

export function definePlanRule<O>(rule: PlanRule<O>): PlanRule<O> {
  return rule;
}

/** A rule as the plan's `rules:` section configures it: severity and validated options. */
export interface ConfiguredRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

/**
 * The catalogue as the plan configures it, worked out once per project (by
 * `lint/configure.ts`): the rules that run, and the plan errors of the
 * `rules:` section. The linter, `herald plan` and `/plan/` all read this one.
 */
export interface RuleConfiguration {
  rules: ConfiguredRule[];
  diagnostics: Diagnostic[];
}
