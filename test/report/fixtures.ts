import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { RuleMeta } from '../../src/model/rule.js';
import type { ReportInput } from '../../src/report/report-input.js';

// As rulePageUrl gives it for a package.json with `repository: github:example/herald`.
const url = (id: string) => `https://github.com/example/herald/blob/main/docs/rules/${id}.md`;

function rule(id: string, defaultSeverity: 'error' | 'warning', scope: 'message' | 'plan' = 'message', messages?: RuleMeta['messages']): RuleMeta {
  return { id, defaultSeverity, scope, ...(messages ? { messages } : {}) };
}

export const RULES: RuleMeta[] = [
  rule('front-matter', 'error'),
  rule('unknown-reference', 'error', 'message', { 'unknown-segment': ['id'], 'for-without-segment': [] }),
  rule('cta-missing', 'error'),
  rule('hype', 'warning'),
  rule('goal-uncovered', 'warning', 'plan'),
];

/** Deliberately out of order: reporters must sort. */
export const DIAGNOSTICS: Diagnostic[] = [
  {
    ruleId: 'goal-uncovered',
    severity: 'warning',
    file: 'plans/plan.yaml',
    line: 4,
    column: 5,
    message: 'Goal "retention" has no message in its period.',
    url: url('goal-uncovered'),
  },
  {
    ruleId: 'hype',
    severity: 'warning',
    file: 'content/2026/b.md',
    line: 12,
    column: 3,
    endLine: 12,
    endColumn: 12,
    message: 'Hype: "exclusive".',
    url: url('hype'),
  },
  {
    ruleId: 'cta-missing',
    severity: 'error',
    file: 'content/2026/a.md',
    line: 10,
    column: 1,
    message: 'No call-to-action, e.g.\n"Read 100% of it".',
    url: url('cta-missing'),
  },
  {
    ruleId: 'unknown-reference',
    severity: 'error',
    file: 'content/2026/a.md',
    line: 3,
    column: 11,
    endLine: 3,
    endColumn: 16,
    messageId: 'unknown-segment',
    data: { id: 'ofice' },
    expected: ['office'],
    message: 'Did you mean "office"? The plan has no segment "ofice".',
    url: url('unknown-reference'),
  },
];

/**
 * The file a.md as the writer has it: the unknown-reference finding above
 * points at `ofice` (3:11–3:16), unquoted.
 */
export const A_MD = '---\ntitle: A\naudience: ofice\n---\n\n\n\n\n\nNo call to action.\n';

export function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    diagnostics: DIAGNOSTICS,
    root: '/work/proj',
    rules: RULES,
    lang: 'en',
    filesChecked: 31,
    color: false,
    toolVersion: '1.2.3',
    ruleUrl: url,
    ...overrides,
  };
}
