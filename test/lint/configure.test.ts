import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureRules } from '../../src/lint/configure.js';
import { defineMessageRule, definePlanRule, type Rule } from '../../src/model/rule.js';
import { RULES } from '../../src/rules/index.js';
import { PLAN } from '../helpers/project.js';
import { planOf, positionOf, where } from '../helpers/stages.js';

const counted = defineMessageRule({
  id: 'counted',
  scope: 'message',
  description: 'test rule with options',
  defaultSeverity: 'error',
  rationale: 'test',
  options: z
    .object({ limit: z.number().int().positive().default(3), words: z.array(z.string()).default([]) })
    .strict()
    .default({ limit: 3, words: [] }),
  check() {},
});
const plain = defineMessageRule({ id: 'plain', scope: 'message', description: 'test', defaultSeverity: 'warning', rationale: 'test', check() {} });
const overview = definePlanRule({ id: 'overview', scope: 'plan', description: 'test', defaultSeverity: 'warning', rationale: 'test', check() {} });
const CATALOGUE: Rule[] = [counted, plain, overview];

function configure(rules: string, catalogue: readonly Rule[] = CATALOGUE) {
  const text = `${PLAN}rules:\n${rules}`;
  const { plan, diagnostics: planDiagnostics } = planOf(text);
  const result = configureRules(plan, catalogue, 'en');
  return { text, planDiagnostics, ...result, byId: new Map(result.rules.map((r) => [r.rule.id, r])) };
}

describe('configureRules: the plan’s rules section', () => {
  it('uses each rule’s default severity and default options when the plan says nothing', () => {
    const { rules, diagnostics } = configureRules(planOf().plan, CATALOGUE, 'en');
    expect(diagnostics).toEqual([]);
    expect(rules.map((r) => [r.rule.id, r.severity])).toEqual([
      ['counted', 'error'],
      ['plain', 'warning'],
      ['overview', 'warning'],
    ]);
    expect(rules[0]!.options).toEqual({ limit: 3, words: [] });
  });

  it('maps warn to warning and error to error, and leaves out rules that are off', () => {
    const { byId, diagnostics, planDiagnostics } = configure('  counted: warn\n  plain: error\n  overview: off\n');
    expect([...planDiagnostics, ...diagnostics]).toEqual([]);
    expect(byId.get('counted')?.severity).toBe('warning');
    expect(byId.get('plain')?.severity).toBe('error');
    expect(byId.has('overview')).toBe(false);
  });

  it('takes [severity, {options}] and fills in the option defaults', () => {
    const { byId, diagnostics, planDiagnostics } = configure('  counted: [warn, {limit: 5}]\n  plain: [off, {}]\n');
    expect([...planDiagnostics, ...diagnostics]).toEqual([]);
    expect(byId.get('counted')).toMatchObject({ severity: 'warning', options: { limit: 5, words: [] } });
    expect(byId.has('plain')).toBe(false);
  });

  it('accepts [severity] without options, as ESLint does', () => {
    const { byId, diagnostics, planDiagnostics } = configure('  counted: [error]\n');
    expect([...planDiagnostics, ...diagnostics]).toEqual([]);
    expect(byId.get('counted')).toMatchObject({ severity: 'error', options: { limit: 3, words: [] } });
  });

  it('reports an unknown rule id at its key, with the nearest id', () => {
    const { text, diagnostics, byId } = configure('  plian: off\n');
    const key = positionOf(text, 'plian');
    expect(diagnostics.map(where)).toEqual([`plans/plan.yaml:${key.line}:${key.column} Unknown rule "plian" in rules; did you mean "plain"?`]);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'plan-schema', severity: 'error', expected: ['plain'] });
    // The misspelt setting does not apply to the rule it was meant for.
    expect(byId.get('plain')?.severity).toBe('warning');
  });

  it('points to "herald rules" when an unknown id is close to none', () => {
    const { diagnostics } = configure('  readable-words: warn\n');
    expect(diagnostics.map((d) => d.message)).toEqual(['Unknown rule "readable-words" in rules; "herald rules" lists them.']);
  });

  it('knows every rule of the real catalogue', () => {
    const text = `${PLAN}rules:\n${RULES.map((r) => `  ${r.id}: warn\n`).join('')}`;
    const { plan, diagnostics } = planOf(text);
    expect(diagnostics).toEqual([]);
    const configured = configureRules(plan, RULES, 'en');
    expect(configured.diagnostics).toEqual([]);
    expect(configured.rules.every((r) => r.severity === 'warning')).toBe(true);
  });

  it('reports bad options at the option value, and runs the rule with its defaults', () => {
    const { text, diagnostics, byId } = configure('  counted: [error, {limit: veel, words: hype}]\n');
    const limit = positionOf(text, 'veel');
    const words = positionOf(text, 'hype}');
    expect(diagnostics.map(where)).toEqual([
      `plans/plan.yaml:${limit.line}:${limit.column} "rules.counted.limit" should be a number, not "veel".`,
      `plans/plan.yaml:${words.line}:${words.column} "rules.counted.words" should be a list, not "hype".`,
    ]);
    expect(byId.get('counted')).toMatchObject({ severity: 'error', options: { limit: 3, words: [] } });
  });

  it('reports an unknown option at its key, with a suggestion', () => {
    const { text, diagnostics } = configure('  counted:\n    - warn\n    - limmit: 4\n');
    const key = positionOf(text, 'limmit');
    expect(diagnostics.map(where)).toEqual([`plans/plan.yaml:${key.line}:${key.column} Unknown key "limmit" in "rules.counted"; did you mean "limit"?`]);
    expect(diagnostics[0]!.expected).toEqual(['limit']);
  });

  it('reports options of the real rules (hype words must be a list)', () => {
    const text = `${PLAN}rules:\n  hype: [warn, {words: exclusief}]\n`;
    const { plan } = planOf(text);
    const { diagnostics, rules } = configureRules(plan, RULES, 'en');
    const p = positionOf(text, 'exclusief');
    expect(diagnostics.map(where)).toEqual([`plans/plan.yaml:${p.line}:${p.column} "rules.hype.words" should be a list, not "exclusief".`]);
    expect(rules.find((r) => r.rule.id === 'hype')?.severity).toBe('warning');
  });
});
