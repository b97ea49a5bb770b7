import { describe, it, expect } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { input } from './fixtures.js';

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
          message: 'Unknown audience "ofice" (did you mean "office"?).',
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 16,
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
  });

  it('is an empty array without findings', () => {
    expect(formatReport('json', input({ diagnostics: [] }))).toBe('[]\n');
  });
});
