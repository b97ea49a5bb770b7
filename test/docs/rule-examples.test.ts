import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/pipeline/check.js';
import { LANGS } from '../../src/messages/index.js';
import { exampleProject, loadExampleBase, loadRuleExample, parseExample } from '../../src/load/rule-examples.js';
import { RULES } from '../../src/rules/index.js';
import { makeProject } from '../helpers/project.js';

/**
 * The rule pages' examples are honest: every failing example, run through
 * the real check in a temp project (the example plan plus the example's
 * files), gets a finding of its rule, and every passing one none.
 */
async function findingsOf(ruleId: string, lang: (typeof LANGS)[number], kind: 'fail' | 'pass') {
  const example = loadRuleExample(ruleId, lang)!;
  const root = makeProject(exampleProject(loadExampleBase(lang), example[kind]), false);
  const { diagnostics } = await checkProject(root, { lang: { flag: lang } });
  return diagnostics;
}

describe('the rule examples (data/rule-examples/)', () => {
  const cases = RULES.flatMap((rule) => LANGS.map((lang) => [rule.id, lang] as const));

  it.each(cases)('%s has a failing and a passing example in %s', (id, lang) => {
    const example = loadRuleExample(id, lang);
    expect(example, `data/rule-examples/${id}/{fail,pass}.${lang}.md`).toBeDefined();
    expect(example!.fail.length).toBeGreaterThan(0);
    expect(example!.pass.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s: the failing %s example gets a finding of the rule', async (id, lang) => {
    const diagnostics = await findingsOf(id, lang, 'fail');
    expect(
      diagnostics.filter((d) => d.ruleId === id),
      JSON.stringify(diagnostics.map((d) => `${d.ruleId}: ${d.message}`)),
    ).not.toEqual([]);
  });

  it.each(cases)('%s: the passing %s example gets no finding at all', async (id, lang) => {
    const diagnostics = await findingsOf(id, lang, 'pass');
    expect(diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line} ${d.message}`)).toEqual([]);
  });

  // A page shows what one rule says: its failing example trips no other rule.
  it.each(cases)('%s: the failing %s example gets findings of that rule only', async (id, lang) => {
    const diagnostics = await findingsOf(id, lang, 'fail');
    expect(diagnostics.filter((d) => d.ruleId !== id).map((d) => `${d.ruleId} ${d.file}:${d.line} ${d.message}`)).toEqual([]);
  });

  it.each(LANGS)('the example plan (%s) is valid and the single-message examples are clean of plan errors', async (lang) => {
    const root = makeProject(exampleProject(loadExampleBase(lang), []), false);
    const { diagnostics } = await checkProject(root, { lang: { flag: lang } });
    expect(diagnostics.filter((d) => d.file.startsWith('plans/'))).toEqual([]);
  });
});

describe('an example file', () => {
  it('is one message, or several files after `==> path <==` lines', () => {
    expect(parseExample('---\ntitle: x\n---\nHallo\n', 'content/bericht.md')).toEqual([{ path: 'content/bericht.md', text: '---\ntitle: x\n---\nHallo\n' }]);
    expect(parseExample('==> plans/mix.yaml <==\nmix: {}\n==> content/a.md <==\n---\n---\nA\n', 'content/bericht.md')).toEqual([
      { path: 'plans/mix.yaml', text: 'mix: {}\n' },
      { path: 'content/a.md', text: '---\n---\nA\n' },
    ]);
  });

  it('replaces a file of the example plan with the same path', () => {
    const project = exampleProject(
      [
        { path: 'plans/site.yaml', text: 'site' },
        { path: 'plans/goals.yaml', text: 'goals' },
      ],
      [{ path: 'plans/goals.yaml', text: 'other goals' }],
    );
    expect(project).toEqual({ 'plans/site.yaml': 'site', 'plans/goals.yaml': 'other goals' });
  });
});
