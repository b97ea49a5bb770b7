import { describe, expect, it } from 'vitest';
import { herald, makeProject, message } from '../helpers/project.js';

describe('herald check (the CLI)', () => {
  it('exits 0 and says so when there is nothing to report', () => {
    const root = makeProject({ 'content/2026/app.md': message() });
    const result = herald(['check', '--root', root, '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no problems/);
  });

  it('exits 1 on an error and prints file:line:col, severity, message and rule id', () => {
    const root = makeProject({ 'content/2026/app.md': message({ audience: '[magazjin]' }) });
    const result = herald(['check', '--root', root, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('content/2026/app.md');
    // Location, severity and rule id, then the sentence wrapped under it (80 columns without a TTY), then the line with a caret.
    expect(result.stdout).toContain(
      [
        '  4:12  error  unknown-reference',
        '    Did you mean "magazijn"? The plan has no segment "magazjin".',
        '    4 | audience: [magazjin]',
        '      |            ^^^^^^^^',
      ].join('\n'),
    );
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(result.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  });

  it('exits 0 on warnings alone, and 1 when they exceed --max-warnings', () => {
    const root = makeProject({ 'content/2026/app.md': message({ extra: 'kind: change\neffective: 2026-05-01' }) });
    expect(herald(['check', '--root', root]).code).toBe(0);
    const strict = herald(['check', '--root', root, '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('feedback-missing');
  });

  it('exits 2 with a one-line hint when there is no plan', () => {
    const root = makeProject({ 'content/2026/app.md': message() }, false);
    const result = herald(['check', '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^herald: No plan found/);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
  });

  it('exits 2 on an unknown format or option', () => {
    const root = makeProject({ 'content/2026/app.md': message() });
    expect(herald(['check', '--root', root, '--format', 'xml']).code).toBe(2);
    expect(herald(['check', '--root', root, '--bogus']).code).toBe(2);
  });

  it('gives each finding its message id and data in --format json, and ESLint suggestions made from the file', () => {
    const text = message({ audience: '[magazjin]', extra: 'kindd: news' });
    const root = makeProject({ 'content/2026/app.md': text });
    type Fix = { range: [number, number]; text: string };
    const [result] = JSON.parse(herald(['check', '--root', root, '--format', 'json', '--lang', 'en']).stdout) as {
      messages: { ruleId: string; messageId: string; data: object; expected?: string[]; suggestions?: { desc: string; fix: Fix }[] }[];
    }[];
    const byId = Object.fromEntries(result!.messages.map((m) => [m.messageId, m]));
    expect(byId['unknown-segment']).toMatchObject({ ruleId: 'unknown-reference', data: { id: 'magazjin' }, expected: ['magazijn'] });
    expect(byId['unknown-field']).toMatchObject({ ruleId: 'front-matter', data: { key: 'kindd' }, expected: ['kind'] });
    const apply = ({ range, text: inserted }: Fix) => text.slice(0, range[0]) + inserted + text.slice(range[1]);
    expect(byId['unknown-segment']!.suggestions!.map((s) => s.desc)).toEqual(['Replace with "magazijn".']);
    expect(apply(byId['unknown-segment']!.suggestions![0]!.fix)).toContain('\naudience: [magazijn]\n');
    expect(apply(byId['unknown-field']!.suggestions![0]!.fix)).toContain('\nkind: news\n');
  });

  it('reports only the findings of the given paths, but still counts every message', () => {
    const root = makeProject({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00', why: null }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00' }),
    });
    const all = JSON.parse(herald(['check', '--root', root, '--format', 'json']).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    // Every file checked is listed, as ESLint does; a.md and the plan are clean.
    expect(all.map((r) => r.filePath.replace(root, ''))).toEqual(['/content/2026/a.md', '/content/2026/b.md', '/content/2026/c.md', '/plans/plan.yaml']);
    expect(all.filter((r) => r.messages.length > 0).map((r) => r.filePath.replace(root, ''))).toEqual(['/content/2026/b.md', '/content/2026/c.md']);

    const onlyC = herald(['check', 'content/2026/c.md', '--format', 'json'], { cwd: root });
    const results = JSON.parse(onlyC.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(1);
    // c.md is the third message for magazijn in 7 days (budget 2): only knowable by reading a.md and b.md.
    expect(results[0]!.messages.map((m) => m.ruleId)).toEqual(['frequency-cap']);
    expect(onlyC.code).toBe(1);
  });

  it('writes the report to a file with --output', () => {
    const root = makeProject({ 'content/2026/app.md': message({ why: null }) });
    const result = herald(['check', '--format', 'sarif', '--output', 'out.sarif'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(herald(['check', '--format', 'sarif'], { cwd: root }).stdout).toContain('"version": "2.1.0"');
  });
});

describe('herald rules', () => {
  it('lists every rule of the catalogue', () => {
    const result = herald(['--lang', 'en', 'rules']);
    expect(result.code).toBe(0);
    for (const id of ['front-matter', 'frequency-cap', 'readability', 'mix', 'segment-neglected']) expect(result.stdout).toContain(id);
  });

  it('explains one rule with its options and examples', () => {
    const result = herald(['--lang', 'en', 'rules', 'cta-vague']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Fails[\s\S]*Passes/);
    expect(result.stdout).toContain('verbs');
  });

  it('suggests the nearest rule for a typo and exits 2', () => {
    const result = herald(['--lang', 'en', 'rules', 'cta-vage']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "cta-vague"');
  });
});
