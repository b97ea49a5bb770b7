import { describe, it, expect } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { DIAGNOSTICS, input } from './fixtures.js';

describe('gitlab', () => {
  it('is a Code Quality report with positions and severities', () => {
    const issues = JSON.parse(formatReport('gitlab', input()));
    expect(issues).toHaveLength(4);
    expect(issues[0]).toEqual({
      description: 'Did you mean "office"? The plan has no segment "ofice".',
      check_name: 'unknown-reference',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: {
        path: 'content/2026/a.md',
        positions: { begin: { line: 3, column: 11 }, end: { line: 3, column: 16 } },
      },
    });
    expect(issues[1].location).toEqual({ path: 'content/2026/a.md', positions: { begin: { line: 10, column: 1 } } });
    expect(issues[3]).toMatchObject({ check_name: 'goal-uncovered', severity: 'minor' });
  });

  it('has fingerprints that are unique, even for duplicates, and stable', () => {
    const diagnostics = [...DIAGNOSTICS, DIAGNOSTICS[0]!];
    const fingerprints = (list = diagnostics) =>
      JSON.parse(formatReport('gitlab', input({ diagnostics: list }))).map((i: { fingerprint: string }) => i.fingerprint);
    const first = fingerprints();
    expect(new Set(first).size).toBe(5);
    expect(fingerprints()).toEqual(first);
    // Input order does not matter.
    expect(fingerprints([...diagnostics].reverse())).toEqual(first);
  });

  it('is an empty array without findings', () => {
    expect(formatReport('gitlab', input({ diagnostics: [] }))).toBe('[]\n');
  });
});
