import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, it, expect } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { fillSarif } from '../../src/report/sarif.js';
import { compose } from '../../src/messages/index.js';
import { DIAGNOSTICS, RULES, input } from './fixtures.js';
import { SARIF_SUBSET } from './sarif-subset.js';

describe('sarif', () => {
  const log = JSON.parse(formatReport('sarif', input()));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one herald run', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'herald', version: '1.2.3' });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/proj/');
  });

  it('lists the whole catalogue with help', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const hype = rules[3];
    expect(hype).toMatchObject({
      id: 'hype',
      shortDescription: { text: expect.stringMatching(/^No sales and marketing hype/) },
      // The rationale, not the one line again.
      fullDescription: { text: expect.stringMatching(/^Internal communication is not internal marketing\./) },
      helpUri: 'https://github.com/example/herald/blob/main/docs/rules/hype.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(hype.fullDescription.text).not.toBe(hype.shortDescription.text);
  });

  it('gives each rule help with the rationale and the failing and passing example, as Markdown and as plain text', () => {
    const hype = run.tool.driver.rules[3];
    expect(hype.help.markdown).toMatch(
      /^Internal communication is not internal marketing\.[^\n]*\n\n### Fails\n\n`content\/message\.md`\n\n```markdown\n---\ntitle: EXCLUSIVE for you!!/,
    );
    expect(hype.help.markdown).toMatch(/### Passes\n\n`content\/message\.md`\n\n```markdown\n---\ntitle: New rota app from March/);
    expect(hype.help.text).toMatch(
      /^Internal communication is not internal marketing\.[^\n]*\n\nFails:\n---\ntitle: EXCLUSIVE for you!![\s\S]*\n\nPasses:\n---\ntitle: New rota app/,
    );
    expect(hype.help.text).not.toContain('```');
    // A plan rule's example shows each of its files.
    expect(run.tool.driver.rules[4].help.markdown).toContain('`plans/goals.yaml`');
  });

  it('has no helpUri, and no informationUri, when herald’s package.json says nowhere where its docs are', () => {
    const bare = JSON.parse(formatReport('sarif', input({ ruleUrl: () => undefined }))).runs[0];
    for (const rule of bare.tool.driver.rules) expect(rule).not.toHaveProperty('helpUri');
    expect(bare.tool.driver).not.toHaveProperty('informationUri');
  });

  it('writes the help in the language of the results', () => {
    const nl = JSON.parse(formatReport('sarif', input({ lang: 'nl' }))).runs[0].tool.driver.rules[3];
    expect(nl.help.markdown).toContain('### Fout');
    expect(nl.help.markdown).toContain('title: EXCLUSIEF voor jou!!');
    expect(nl.shortDescription.text).toMatch(/^Geen verkooppraat/);
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
      message: {
        text: 'Did you mean "office"? The plan has no segment "ofice".',
        id: 'unknown-segment.expected',
        arguments: ['ofice', 'office'],
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'content/2026/a.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 16 },
          },
        },
      ],
      // Stability across edits and languages: test/report/fingerprint.test.ts.
      partialFingerprints: { 'heraldFinding/v1': expect.stringMatching(/^[0-9a-f]{64}$/) },
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

  it('gives each rule its sentences in SARIF form, one per variant, and each result the id and arguments', () => {
    const strings = run.tool.driver.rules[1].messageStrings;
    expect(strings).toEqual({
      'unknown-segment': { text: 'The plan has no segment "{0}".' },
      'unknown-segment.expected': { text: 'Did you mean "{1}"? The plan has no segment "{0}".' },
      // Without a close match, the plan's ids (the sections nest: with expected, ids are never given).
      'unknown-segment.ids': { text: 'The plan has no segment "{0}". It has: {1}.' },
      'unknown-segment.expected.ids': { text: 'Did you mean "{1}"? The plan has no segment "{0}".' },
      // A literal brace is doubled.
      'for-without-segment': { text: 'This :::for block names no segment; write :::for{{segment=<segment id>}}.' },
    });
    // A viewer that fills the string with the arguments shows the very text.
    for (const result of run.results) {
      if (result.message.id === undefined) continue;
      const template = run.tool.driver.rules[result.ruleIndex].messageStrings[result.message.id].text;
      expect(fillSarif(template, result.message.arguments)).toBe(result.message.text);
    }
    // A rule without declared messages has none; a finding without a message id only text.
    expect(run.tool.driver.rules[3].messageStrings).toBeUndefined();
    expect(run.results[1].message).toEqual({ text: 'No call-to-action, e.g.\n"Read 100% of it".' });
  });

  it('adds the strings of a message a rule does not declare, and of a rule outside the catalogue', () => {
    const plan = {
      ...DIAGNOSTICS[0]!,
      ruleId: 'plan-schema',
      messageId: 'unknown-key',
      data: { key: 'sucess', field: 'mix', allowed: ['news', 'success'] },
      expected: ['success'],
      message: 'Unknown key "sucess" in "mix"; did you mean "success"?',
    };
    const out = JSON.parse(formatReport('sarif', input({ diagnostics: [plan] }))).runs[0];
    const rule = out.tool.driver.rules[out.results[0].ruleIndex];
    expect(rule.id).toBe('plan-schema');
    expect(out.results[0].message).toEqual({ text: plan.message, id: 'unknown-key.allowed.expected.field', arguments: ['sucess', 'mix', 'success'] });
    expect(rule.messageStrings).toEqual({ 'unknown-key.allowed.expected.field': { text: 'Unknown key "{0}" in "{1}"; did you mean "{2}"?' } });
  });

  it('keeps only the text when the sentence does not come from the template (an old finding)', () => {
    const old = { ...DIAGNOSTICS[3]!, message: 'Unknown audience "ofice".' };
    const out = JSON.parse(formatReport('sarif', input({ diagnostics: [old] }))).runs[0];
    expect(out.results[0].message).toEqual({ text: 'Unknown audience "ofice".' });
  });

  it('adds related locations and fixes', () => {
    const d = {
      ...DIAGNOSTICS[1]!,
      related: [{ file: 'content/2026/c.md', line: 2, column: 1 }],
      fix: { range: [40, 49] as [number, number], text: 'exclusief' },
    };
    const [result] = JSON.parse(formatReport('sarif', input({ diagnostics: [d] }))).runs[0].results;
    expect(result.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'content/2026/c.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1 } } },
    ]);
    // Without the file's text at hand, the region is in character offsets.
    expect(result.fixes).toEqual([
      {
        description: { text: 'Replace with "exclusief".' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'content/2026/b.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: 40, charLength: 9 }, insertedContent: { text: 'exclusief' } }],
          },
        ],
      },
    ]);
  });

  it('gives a fix its region in lines and columns and a description in the report language, when the file is at hand', () => {
    const text = '---\r\ntitle: Wow!!\r\naudience: [magazjin]\r\n---\r\n';
    const start = text.indexOf('magazjin');
    const d = { ...DIAGNOSTICS[1]!, file: 'content/2026/b.md', fix: { range: [start, start + 8] as [number, number], text: 'magazijn' } };
    const report = (lang: 'en' | 'nl') =>
      JSON.parse(formatReport('sarif', input({ diagnostics: [d], lang, sourceOf: (f) => (f === 'content/2026/b.md' ? text : undefined) }))).runs[0].results[0];
    expect(report('en').fixes).toEqual([
      {
        description: { text: 'Replace "magazjin" with "magazijn".' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'content/2026/b.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 20 }, insertedContent: { text: 'magazijn' } }],
          },
        ],
      },
    ]);
    expect(report('nl').fixes[0].description).toEqual({ text: 'Vervang "magazjin" door "magazijn".' });
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const related = { ...DIAGNOSTICS[1]!, related: [{ file: 'content/2026/c.md', line: 2, column: 1 }], fix: { range: [1, 2] as [number, number], text: 'x' } };
    const source = 'x'.repeat(80);
    const logs = [
      log,
      JSON.parse(formatReport('sarif', input({ diagnostics: [...DIAGNOSTICS, related] }))),
      // Fixes with line and column regions (the file at hand) and with offsets.
      JSON.parse(formatReport('sarif', input({ diagnostics: [...DIAGNOSTICS, related], sourceOf: (f) => (f === related.file ? source : undefined) }))),
    ];
    // Always against the parts herald writes (test/report/sarif-subset.ts); against the
    // whole OASIS schema too when SARIF_SCHEMA names a copy of it (sarif-schema-2.1.0.json).
    const schemas = [SARIF_SUBSET, ...(process.env.SARIF_SCHEMA ? [JSON.parse(readFileSync(process.env.SARIF_SCHEMA, 'utf8'))] : [])];
    for (const schema of schemas) {
      const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
      for (const l of logs) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('has an empty results array without findings', () => {
    expect(JSON.parse(formatReport('sarif', input({ diagnostics: [] }))).runs[0].results).toEqual([]);
  });

  it('gives the message strings in the language of the results', () => {
    const found = DIAGNOSTICS.find((d) => d.messageId === 'unknown-segment')!;
    const dutch = { ...found, message: compose('nl', found.ruleId, found.messageId, found.data, found.expected) };
    const nl = JSON.parse(formatReport('sarif', input({ lang: 'nl', diagnostics: [dutch] }))).runs[0];
    expect(nl.results[0].message).toEqual({
      text: 'Bedoel je "office"? Het segment "ofice" staat niet in het plan.',
      id: 'unknown-segment.expected',
      arguments: ['ofice', 'office'],
    });
    expect(nl.tool.driver.rules[1].messageStrings).toEqual({
      'unknown-segment': { text: 'Het segment "{0}" staat niet in het plan.' },
      'unknown-segment.expected': { text: 'Bedoel je "{1}"? Het segment "{0}" staat niet in het plan.' },
      'unknown-segment.ids': { text: 'Het segment "{0}" staat niet in het plan. Het plan kent: {1}.' },
      'unknown-segment.expected.ids': { text: 'Bedoel je "{1}"? Het segment "{0}" staat niet in het plan.' },
      'for-without-segment': { text: 'Zet een segment in dit :::for-blok: :::for{{segment=<id van het segment>}}.' },
    });
    expect(fillSarif(nl.tool.driver.rules[1].messageStrings['unknown-segment.expected'].text, nl.results[0].message.arguments)).toBe(dutch.message);
  });
});
