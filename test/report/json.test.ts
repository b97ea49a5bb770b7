import { describe, it, expect } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { formatReport } from '../../src/report/format.js';
import { A_MD, DIAGNOSTICS, input } from './fixtures.js';

/** What ESLint's formatters and result readers expect of every message (ESLint's `LintMessage`). */
function expectEslintMessage(m: Record<string, unknown>): void {
  expect(typeof m.ruleId).toBe('string');
  expect([1, 2]).toContain(m.severity);
  expect(typeof m.message).toBe('string');
  expect(Number.isInteger(m.line) && Number.isInteger(m.column)).toBe(true);
  if (m.messageId !== undefined) expect(typeof m.messageId).toBe('string');
  const fixes = [...(m.fix ? [m.fix] : []), ...((m.suggestions as { fix: unknown }[] | undefined) ?? []).map((s) => s.fix)];
  for (const fix of fixes as { range: unknown; text: unknown }[]) {
    expect(fix.range).toEqual([expect.any(Number), expect.any(Number)]);
    expect(typeof fix.text).toBe('string');
  }
  for (const s of (m.suggestions as { desc: unknown }[] | undefined) ?? []) expect(typeof s.desc).toBe('string');
}

describe('json', () => {
  it('is ESLint-shaped: one entry per file with findings, sorted, with counts', () => {
    const out = formatReport('json', input());
    expect(out.endsWith('\n')).toBe(true);
    const results = JSON.parse(out);
    expect(results.map((r: { filePath: string }) => r.filePath)).toEqual([
      '/work/proj/content/2026/a.md',
      '/work/proj/content/2026/b.md',
      '/work/proj/plans/plan.yaml',
    ]);
    expect(results[0]).toEqual({
      filePath: '/work/proj/content/2026/a.md',
      messages: [
        {
          ruleId: 'unknown-reference',
          severity: 2,
          message: 'Did you mean "office"? The plan has no segment "ofice".',
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 16,
          messageId: 'unknown-segment',
          data: { id: 'ofice' },
          expected: ['office'],
        },
        {
          ruleId: 'cta-missing',
          severity: 2,
          message: 'No call-to-action, e.g.\n"Read 100% of it".',
          line: 10,
          column: 1,
        },
      ],
      suppressedMessages: [],
      errorCount: 2,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    expect(results[1]).toMatchObject({ errorCount: 0, warningCount: 1, messages: [{ ruleId: 'hype', severity: 1 }] });
    expect(results[2]).toMatchObject({ errorCount: 0, warningCount: 1, messages: [{ ruleId: 'goal-uncovered' }] });
    for (const r of results) for (const m of r.messages) expectEslintMessage(m);
  });

  it('suggests each expected id in place of the text at fault, when it has the file', () => {
    const sources: Record<string, string> = { 'content/2026/a.md': A_MD };
    const [a] = JSON.parse(formatReport('json', input({ sourceOf: (file) => sources[file] })));
    const [m] = a.messages;
    expectEslintMessage(m);
    expect(m.suggestions).toEqual([{ desc: 'Replace with "office".', fix: { range: [A_MD.indexOf('ofice'), A_MD.indexOf('ofice') + 5], text: 'office' } }]);
    // Applied as ESLint applies a fix, it gives the file the writer meant.
    const { range, text } = m.suggestions[0].fix;
    expect(A_MD.slice(0, range[0]) + text + A_MD.slice(range[1])).toContain('audience: office\n');
    // A finding without `expected`, or a file it cannot read, suggests nothing.
    expect(a.messages[1].suggestions).toBeUndefined();
    const [none] = JSON.parse(formatReport('json', input())).map((r: { messages: unknown[] }) => r.messages);
    expect(none[0].suggestions).toBeUndefined();
  });

  it('words the suggestions in the report’s language', () => {
    const [a] = JSON.parse(formatReport('json', input({ lang: 'nl', sourceOf: (file) => (file === 'content/2026/a.md' ? A_MD : undefined) })));
    expect(a.messages[0].suggestions.map((s: { desc: string }) => s.desc)).toEqual(['Vervang door "office".']);
  });

  it('keeps the quotes of a quoted YAML value, and leaves out a place the file does not have', () => {
    const text = '---\naudience: ["ofice", kantor]\n---\n';
    const at = (needle: string, length: number): Diagnostic => {
      const column = text.split('\n')[1]!.indexOf(needle) + 1;
      return { ...DIAGNOSTICS[3]!, file: 'x.md', line: 2, column, endLine: 2, endColumn: column + length };
    };
    const diagnostics = [at('"ofice"', 7), { ...at('kantor', 6), expected: ['kantoor'] }, { ...at('kantor', 6), line: 40, endLine: 40 }];
    const [x] = JSON.parse(formatReport('json', input({ diagnostics, sourceOf: () => text })));
    const applied = x.messages.map((m: { suggestions?: { fix: { range: [number, number]; text: string } }[] }) => {
      const fix = m.suggestions?.[0]?.fix;
      return fix && text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    });
    expect(applied).toEqual(['---\naudience: ["office", kantor]\n---\n', '---\naudience: ["ofice", kantoor]\n---\n', undefined]);
  });

  it('gives a finding its fix, and counts the fixable ones', () => {
    const fix = { range: [40, 49] as [number, number], text: 'exclusief' };
    const diagnostics = [
      { ...DIAGNOSTICS[1]!, fix },
      { ...DIAGNOSTICS[2]!, fix },
    ];
    const results = JSON.parse(formatReport('json', input({ diagnostics })));
    expect(results.map((r: { fixableErrorCount: number; fixableWarningCount: number }) => [r.fixableErrorCount, r.fixableWarningCount])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(results[1].messages[0].fix).toEqual(fix);
  });

  it('is an empty array without findings', () => {
    expect(formatReport('json', input({ diagnostics: [] }))).toBe('[]\n');
  });
});
