import { describe, it, expect } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { DIAGNOSTICS, RULES, input } from './fixtures.js';

describe('sarif', () => {
  const log = JSON.parse(formatReport('sarif', input()));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one herald run', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'herald', version: '1.2.3' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/proj/');
  });

  it('lists the whole catalogue with help', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules[3]).toEqual({
      id: 'hype',
      shortDescription: { text: 'Checks hype.' },
      fullDescription: { text: 'Why hype matters.' },
      help: { text: 'Why hype matters.' },
      helpUri: 'https://herald.dev/rules/hype',
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('reports sorted results whose ruleIndex points at their rule', () => {
    expect(run.results).toHaveLength(4);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    expect(run.results[0]).toEqual({
      ruleId: 'unknown-reference',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'Unknown audience "ofice" (did you mean "office"?).' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'content/2026/a.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 16 },
          },
        },
      ],
    });
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 10, startColumn: 1 });
    expect(run.results[3]).toMatchObject({ ruleId: 'goal-uncovered', ruleIndex: 4, level: 'warning' });
  });

  it('adds a descriptor for a rule outside the catalogue and encodes paths', () => {
    const odd = { ...DIAGNOSTICS[0]!, ruleId: 'internal', file: 'content/my post.md' };
    const out = JSON.parse(formatReport('sarif', input({ diagnostics: [odd] }))).runs[0];
    expect(out.results[0].ruleIndex).toBe(RULES.length);
    expect(out.tool.driver.rules[RULES.length].id).toBe('internal');
    expect(out.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('content/my%20post.md');
  });

  it('has an empty results array without findings', () => {
    expect(JSON.parse(formatReport('sarif', input({ diagnostics: [] }))).runs[0].results).toEqual([]);
  });
});
