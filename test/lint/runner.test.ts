import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lintProject } from '../../src/lint/lint-project.js';
import { defineMessageRule, definePlanRule, type Rule } from '../../src/model/rule.js';
import { compareDiagnostics, type Diagnostic } from '../../src/model/diagnostic.js';
import type { Message } from '../../src/model/message.js';
import { check, only, PLAN, message } from '../helpers/project.js';
import { factsOf, messageOf, planOf, positionOf } from '../helpers/stages.js';

/**
 * Reports every occurrence of its word in the file, front-matter and body
 * alike. The catalogue has no sentence for it, so its findings read `<id>/found`.
 */
function wordRule(id: string, word: string, severity: 'error' | 'warning' = 'warning'): Rule {
  return defineMessageRule({
    id,
    scope: 'message',
    description: `finds ${word}`,
    defaultSeverity: severity,
    messages: { found: ['word'] },
    rationale: 'test',
    check({ message, report }) {
      for (let line = 1; line <= message.source.lineCount; line++) {
        const text = message.source.lineText(line);
        for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
          report({ at: { line, column: i + 1 }, messageId: 'found', data: { word } });
        }
      }
    },
  });
}

const TOMATO = wordRule('tomato', 'TOMATO');
const POTATO = wordRule('potato', 'POTATO', 'error');

const FRONT = '---\ntitle: Test\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: roosterapp\n';

function run(bodies: Record<string, string>, catalogue: readonly Rule[] = [TOMATO, POTATO], planText = PLAN): Diagnostic[] {
  const { plan } = planOf(planText);
  const messages = Object.entries(bodies).map(([file, text]) => messageOf(text, file, plan));
  return lintProject(plan, messages, factsOf(plan, messages), catalogue, 'en');
}

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.severity}`);

describe('lintProject: running rules', () => {
  it('gives each finding the rule id, the severity, the file, the docs URL and the sentence', () => {
    const text = `${FRONT}---\nEen TOMATO en een POTATO.\n`;
    const ds = run({ 'content/a.md': text });
    const common = { file: 'content/a.md', messageId: 'found' };
    expect(ds).toEqual([
      {
        ...common,
        ruleId: 'tomato',
        severity: 'warning',
        ...positionOf(text, 'TOMATO'),
        data: { word: 'TOMATO' },
        message: 'tomato/found',
      },
      {
        ...common,
        ruleId: 'potato',
        severity: 'error',
        ...positionOf(text, 'POTATO'),
        data: { word: 'POTATO' },
        message: 'potato/found',
      },
    ]);
  });

  it('composes the sentence from the catalogue, with the expected ids and related places', async () => {
    const first = message({ date: '2026-02-02T09:00' });
    const ds = only(
      await check({ 'content/2026/a.md': first, 'content/2026/b/a.md': message({ date: '2026-03-02T09:00', audience: '[kantoor]' }) }),
      'duplicate-slug',
    );
    expect(ds[0]).toMatchObject({
      messageId: 'same-url',
      data: { url: '/2026/a/', others: ['content/2026/b/a.md'] },
      message: 'Give one of these messages a different "slug": this one would be published at /2026/a/, like content/2026/b/a.md.',
      related: [{ file: 'content/2026/b/a.md', messageId: 'other-message' }],
    });
  });

  it('passes the rule its options, the message, the plan and the facts', () => {
    const seen: { options: unknown; file: string; segments: number; published: number }[] = [];
    const spy = defineMessageRule({
      id: 'spy',
      scope: 'message',
      description: 'test',
      defaultSeverity: 'warning',
      rationale: 'test',
      check({ message, plan, facts, options }) {
        seen.push({ options, file: message.file, segments: plan.segments.length, published: facts.published.length });
      },
    });
    run({ 'content/a.md': `${FRONT}---\nA\n`, 'content/b.md': `${FRONT}draft: true\n---\nB\n` }, [spy]);
    expect(seen).toEqual([
      { options: {}, file: 'content/a.md', segments: 4, published: 1 },
      { options: {}, file: 'content/b.md', segments: 4, published: 1 },
    ]);
  });

  it('runs plan rules once and reports them against the plan file', () => {
    let calls = 0;
    const planRule = definePlanRule({
      id: 'plan-check',
      scope: 'plan',
      description: 'test',
      defaultSeverity: 'warning',
      messages: { silent: ['segment'] },
      rationale: 'test',
      check({ plan, report }) {
        calls++;
        report({ at: plan.locateItem('segments', 'kantoor'), messageId: 'silent', data: { segment: 'kantoor' } });
      },
    });
    const ds = run({ 'content/a.md': `${FRONT}---\nA\n`, 'content/b.md': `${FRONT}---\nB\n` }, [planRule]);
    expect(calls).toBe(1);
    const kantoor = positionOf(PLAN, 'kantoor');
    expect(brief(ds)).toEqual([`plans/plan.yaml:${kantoor.line}:${kantoor.column} plan-check warning`]);
  });
});

describe('lintProject: disable comments', () => {
  it('silences the named rule on the next line only', () => {
    const text = `${FRONT}---\n<!-- herald-disable-next-line tomato -->\nTOMATO en POTATO\n\nTOMATO weer\n`;
    expect(brief(run({ 'c.md': text }))).toEqual(['c.md:8:11 potato error', 'c.md:10:1 tomato warning']);
  });

  it('does not silence findings on the comment’s own line, nor two lines down', () => {
    const text = `${FRONT}---\nTOMATO <!-- herald-disable-next-line tomato -->\nPOTATO\nTOMATO\n`;
    expect(brief(run({ 'c.md': text }))).toEqual(['c.md:7:1 tomato warning', 'c.md:8:1 potato error', 'c.md:9:1 tomato warning']);
  });

  it('without ids silences every rule on the next line', () => {
    const text = `${FRONT}---\n<!-- herald-disable-next-line -->\nTOMATO en POTATO\nTOMATO\n`;
    expect(brief(run({ 'c.md': text }))).toEqual(['c.md:9:1 tomato warning']);
  });

  it('takes several ids, separated by commas with or without spaces', () => {
    for (const ids of ['tomato, potato', 'tomato,potato', 'potato tomato']) {
      const text = `${FRONT}---\n<!--herald-disable-next-line ${ids}-->\nTOMATO en POTATO\n`;
      expect(run({ 'c.md': text }), ids).toEqual([]);
    }
  });

  it('names rules exactly: another id does not silence this one', () => {
    const text = `${FRONT}---\n<!-- herald-disable-next-line tomatoes -->\nTOMATO\n`;
    expect(brief(run({ 'c.md': text }))).toEqual(['c.md:8:1 tomato warning']);
  });

  it('is not read inside a code block or inline code, where it is an example', () => {
    const fenced = `${FRONT}---\n\`\`\`\n<!-- herald-disable-next-line tomato -->\n\`\`\`\nTOMATO\n`;
    expect(brief(run({ 'c.md': fenced }))).toEqual(['c.md:10:1 tomato warning']);
    const inline = `${FRONT}---\nSchrijf \`<!-- herald-disable-next-line tomato -->\` erboven.\nTOMATO\n`;
    expect(brief(run({ 'c.md': inline }))).toEqual(['c.md:8:1 tomato warning']);
  });

  it('counts a comment inside a multi-line HTML block on its own line', () => {
    const text = `${FRONT}---\n<!--\nuitleg\n-->\n<!-- herald-disable-next-line tomato -->\nTOMATO\n`;
    expect(run({ 'c.md': text })).toEqual([]);
  });

  it('works in the front-matter as a YAML comment', () => {
    const text =
      '---\n# herald-disable-next-line tomato\ntitle: TOMATO\nwhy: TOMATO\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: roosterapp\n---\nBody\n';
    expect(brief(run({ 'c.md': text }))).toEqual(['c.md:4:6 tomato warning']);
  });

  it('is only read as a comment: in the body, a YAML-style comment does nothing', () => {
    const text = `${FRONT}---\n# herald-disable-next-line tomato\nTOMATO\n`;
    expect(brief(run({ 'c.md': text }))).toEqual(['c.md:8:1 tomato warning']);
  });

  it('applies per file', () => {
    const ds = run({ 'a.md': `${FRONT}---\n<!-- herald-disable-next-line tomato -->\nTOMATO\n`, 'b.md': `${FRONT}---\n\nTOMATO\n` });
    expect(brief(ds)).toEqual(['b.md:8:1 tomato warning']);
  });

  it('works with CRLF line endings', () => {
    const text = `${FRONT}---\n<!-- herald-disable-next-line tomato -->\nTOMATO\nTOMATO\n`.replace(/\n/g, '\r\n');
    expect(brief(run({ 'c.md': text }))).toEqual(['c.md:9:1 tomato warning']);
  });

  it('silences a real rule in a real project', async () => {
    const body = '<!-- herald-disable-next-line hype -->\nDit is EXCLUSIEF voor jou.\n\nEn dit is ook EXCLUSIEF.';
    const text = message({ body });
    const ds = only(await check({ 'content/2026/app.md': text }), 'hype');
    expect(ds).toMatchObject([{ messageId: 'sales-hype', ...positionOf(text, 'EXCLUSIEF', 1) }]);
  });
});

describe('lintProject: lint.disable in the front-matter', () => {
  it('turns the listed rules off for the whole file, and only for that file', () => {
    const a = `${FRONT}lint:\n  disable: [tomato]\n---\nTOMATO en POTATO\n`;
    const b = `${FRONT}---\nTOMATO\n`;
    expect(brief(run({ 'a.md': a, 'b.md': b }))).toEqual(['a.md:9:11 potato error', 'b.md:7:1 tomato warning']);
  });

  it('ignores surrounding blanks in the ids', () => {
    const a = `${FRONT}lint: {disable: [' tomato ', potato]}\n---\nTOMATO en POTATO\n`;
    expect(run({ 'a.md': a })).toEqual([]);
  });

  it('does not run a disabled rule at all', () => {
    let calls = 0;
    const counting = defineMessageRule({
      id: 'counting',
      scope: 'message',
      description: 't',
      defaultSeverity: 'warning',
      rationale: 't',
      check: () => void calls++,
    });
    run({ 'a.md': `${FRONT}lint: {disable: [counting]}\n---\nA\n`, 'b.md': `${FRONT}---\nB\n` }, [counting]);
    expect(calls).toBe(1);
  });

  it('reports an unknown rule id in lint.disable at the id, with the nearest one', async () => {
    const text = message({ extra: 'lint:\n  disable: [hype, readabilty, nonsense-rule]' });
    const ds = only(await check({ 'content/2026/app.md': text }), 'front-matter');
    const typo = positionOf(text, 'readabilty');
    const other = positionOf(text, 'nonsense-rule');
    expect(ds).toMatchObject([
      { ...typo, severity: 'error', messageId: 'unknown-rule-in-disable', data: { id: 'readabilty' }, expected: ['readability'] },
      { ...other, severity: 'error', messageId: 'unknown-rule-in-disable', data: { id: 'nonsense-rule' } },
    ]);
    expect(ds[1]!.expected).toBeUndefined();
    expect(ds.map((d) => d.message)).toEqual([
      'Unknown rule "readabilty" in lint.disable; did you mean "readability"?',
      'Unknown rule "nonsense-rule" in lint.disable; "herald rules" lists them.',
    ]);
    // Silencing front-matter itself silences this too.
    const quiet = message({ extra: 'lint:\n  disable: [front-matter, readabilty]' });
    expect(only(await check({ 'content/2026/app.md': quiet }), 'front-matter')).toEqual([]);
  });

  it('turns off a real rule', async () => {
    const text = message({ why: null, extra: 'lint:\n  disable: [why-missing]' });
    expect(only(await check({ 'content/2026/app.md': text }), 'why-missing')).toEqual([]);
    expect(only(await check({ 'content/2026/app.md': message({ why: null }) }), 'why-missing')).toHaveLength(1);
  });
});

describe('lintProject: severity from the plan', () => {
  const body = { 'c.md': `${FRONT}---\nTOMATO en POTATO\n` };

  it('warn, error and off override the defaults', () => {
    expect(brief(run(body, [TOMATO, POTATO], `${PLAN}rules:\n  tomato: error\n  potato: warn\n`))).toEqual([
      'c.md:7:1 tomato error',
      'c.md:7:11 potato warning',
    ]);
    expect(brief(run(body, [TOMATO, POTATO], `${PLAN}rules:\n  tomato: off\n`))).toEqual(['c.md:7:11 potato error']);
  });

  it('[severity, {options}] sets both', () => {
    const withOptions = defineMessageRule({
      id: 'configurable',
      scope: 'message',
      description: 't',
      defaultSeverity: 'error',
      rationale: 't',
      messages: { found: ['word'] },
      options: z.object({ word: z.string().default('TOMATO') }).default({ word: 'TOMATO' }),
      check({ message, options, report }) {
        const line = message.source.text.split('\n').findIndex((l) => l.includes(options.word)) + 1;
        if (line > 0) report({ at: { line, column: 1 }, messageId: 'found', data: { word: options.word } });
      },
    });
    expect(run(body, [withOptions]).map((d) => [d.data, d.severity])).toEqual([[{ word: 'TOMATO' }, 'error']]);
    const ds = run(body, [withOptions], `${PLAN}rules:\n  configurable: [warn, {word: POTATO}]\n`);
    expect(ds.map((d) => [d.data, d.severity])).toEqual([[{ word: 'POTATO' }, 'warning']]);
  });

  it('a plan error in rules: is reported and the rest of the check still runs', () => {
    const plan = `${PLAN}rules:\n  tomatoo: off\n`;
    const key = positionOf(plan, 'tomatoo');
    const ds = run(body, [TOMATO, POTATO], plan);
    expect(brief(ds)).toEqual(['c.md:7:1 tomato warning', 'c.md:7:11 potato error', `plans/plan.yaml:${key.line}:${key.column} plan-schema error`]);
  });

  it('changes the severity of a real rule, and so the exit status', async () => {
    const plan = `${PLAN}rules:\n  why-missing: warn\n`;
    const ds = await check({ 'content/2026/app.md': message({ why: null }) }, plan);
    expect(only(ds, 'why-missing').map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('lintProject: a rule that throws', () => {
  const boom = defineMessageRule({
    id: 'boom',
    scope: 'message',
    description: 't',
    defaultSeverity: 'warning',
    rationale: 't',
    check({ message }) {
      if (message.file === 'b.md') throw new Error('cannot read property of undefined');
    },
  });

  it('becomes one error for that file, and the other rules and files still run', () => {
    const files = { 'a.md': `${FRONT}---\nTOMATO\n`, 'b.md': `${FRONT}---\nTOMATO\n`, 'c.md': `${FRONT}---\nTOMATO\n` };
    const ds = run(files, [TOMATO, boom, POTATO]);
    expect(brief(ds)).toEqual(['a.md:7:1 tomato warning', 'b.md:1:1 boom error', 'b.md:7:1 tomato warning', 'c.md:7:1 tomato warning']);
    expect(ds.find((d) => d.ruleId === 'boom')).toMatchObject({
      messageId: 'internal-error',
      data: { reason: 'cannot read property of undefined' },
      message: 'herald could not run this rule on this file (cannot read property of undefined); please report this as a bug.',
    });
  });

  it('keeps what the rule reported before it threw', () => {
    const halfway = defineMessageRule({
      id: 'halfway',
      scope: 'message',
      description: 't',
      defaultSeverity: 'warning',
      rationale: 't',
      messages: { first: [] },
      check({ report }) {
        report({ at: { line: 7, column: 1 }, messageId: 'first' });
        throw new TypeError('oops');
      },
    });
    expect(run({ 'a.md': `${FRONT}---\nA\n` }, [halfway]).map((d) => [d.line, d.messageId, d.data])).toEqual([
      [1, 'internal-error', { reason: 'oops' }],
      [7, 'first', {}],
    ]);
  });

  it('copes with a thrown value that is not an Error', () => {
    const odd = defineMessageRule({
      id: 'odd',
      scope: 'message',
      description: 't',
      defaultSeverity: 'warning',
      rationale: 't',
      check: () => {
        throw 'just a string';
      },
    });
    expect(run({ 'a.md': `${FRONT}---\nA\n` }, [odd])[0]).toMatchObject({ messageId: 'internal-error', data: { reason: 'just a string' } });
  });

  it('a plan rule that throws is reported against the plan file', () => {
    const badPlanRule = definePlanRule({
      id: 'bad-plan',
      scope: 'plan',
      description: 't',
      defaultSeverity: 'warning',
      rationale: 't',
      check: () => {
        throw new RangeError('no');
      },
    });
    const ds = run({ 'a.md': `${FRONT}---\nTOMATO\n` }, [badPlanRule, TOMATO]);
    expect(brief(ds)).toEqual(['a.md:7:1 tomato warning', 'plans/plan.yaml:1:1 bad-plan error']);
  });
});

describe('lintProject: order of findings', () => {
  const files = {
    'content/b.md': `${FRONT}---\nPOTATO TOMATO\nTOMATO POTATO\n`,
    'content/a.md': `${FRONT}---\nTOMATO\n`,
    'content/B.md': `${FRONT}---\nPOTATO\n`,
  };

  it('sorts by file, line, column, then rule id', () => {
    expect(brief(run(files))).toEqual([
      'content/B.md:7:1 potato error',
      'content/a.md:7:1 tomato warning',
      'content/b.md:7:1 potato error',
      'content/b.md:7:8 tomato warning',
      'content/b.md:8:1 tomato warning',
      'content/b.md:8:8 potato error',
    ]);
  });

  it('does not depend on the order of the catalogue or of the messages', () => {
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(run(reversed, [POTATO, TOMATO])).toEqual(run(files, [TOMATO, POTATO]));
  });

  it('breaks ties at one position by rule id, then message', () => {
    // Without sentences in the catalogue, the message is `<rule id>/<message id>`.
    const two = (id: string, messageIds: string[]) =>
      defineMessageRule({
        id,
        scope: 'message',
        description: 't',
        defaultSeverity: 'warning',
        messages: Object.fromEntries(messageIds.map((m) => [m, []])),
        rationale: 't',
        check: ({ report }) => messageIds.forEach((m) => report({ at: { line: 2, column: 1 }, messageId: m })),
      });
    const ds = run({ 'a.md': `${FRONT}---\nA\n` }, [two('zeta', ['b', 'a']), two('alpha', ['y', 'x'])]);
    expect(ds.map((d) => d.message)).toEqual(['alpha/x', 'alpha/y', 'zeta/a', 'zeta/b']);
    expect([...ds].sort(compareDiagnostics)).toEqual(ds);
  });

  it('puts plan diagnostics in the same order in the whole check', async () => {
    const plan = PLAN.replace('maxPerWeek: 2', 'maxPerWeek: twee');
    const ds = await check({ 'content/2026/b.md': message({ why: null }), 'content/2026/a.md': message({ why: null, date: '2026-02-03T09:00' }) }, plan);
    expect(ds.map((d) => d.file)).toEqual([...ds.map((d) => d.file)].sort());
    expect(ds.map((d) => d.ruleId)).toEqual(['why-missing', 'why-missing', 'plan-schema']);
  });
});

describe('lintProject: messages that failed validation still get linted', () => {
  it('runs rules on a message with a broken front-matter', () => {
    const seen: Message[] = [];
    const spy = defineMessageRule({
      id: 'spy',
      scope: 'message',
      description: 't',
      defaultSeverity: 'warning',
      rationale: 't',
      check: ({ message }) => void seen.push(message),
    });
    run({ 'a.md': '---\ntitle: [broken\n---\nTOMATO\n', 'b.md': 'No front-matter at all.\n' }, [spy]);
    expect(seen.map((m) => [m.file, m.fields.title])).toEqual([
      ['a.md', undefined],
      ['b.md', undefined],
    ]);
  });
});
