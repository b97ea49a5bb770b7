import { describe, it, expect } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { DIAGNOSTICS, input } from './fixtures.js';

describe('github', () => {
  it('prints one escaped workflow command per finding, sorted', () => {
    expect(formatReport('github', input())).toBe(
      [
        '::error file=content/2026/a.md,line=3,col=11,endLine=3,endColumn=16,title=herald (unknown-reference)::Did you mean "office"? The plan has no segment "ofice".',
        '::error file=content/2026/a.md,line=10,col=1,title=herald (cta-missing)::No call-to-action, e.g.%0A"Read 100%25 of it".',
        '::warning file=content/2026/b.md,line=12,col=3,endLine=12,endColumn=12,title=herald (hype)::Hype: "exclusive".',
        '::warning file=plans/plan.yaml,line=4,col=5,title=herald (goal-uncovered)::Goal "retention" has no message in its period.',
        '',
      ].join('\n'),
    );
  });

  it('escapes properties more strictly than data', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    const d = { ...DIAGNOSTICS[0]!, file: 'content/a,b:c.md' };
    expect(formatReport('github', input({ diagnostics: [d] }))).toContain('file=content/a%2Cb%3Ac.md,');
  });

  it('prints nothing without findings', () => {
    expect(formatReport('github', input({ diagnostics: [] }))).toBe('');
  });
});
