import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { herald, makeProject, message } from '../helpers/project.js';

/**
 * Fingerprints as a code-scanning service sees them between two pipelines:
 * the CLI's GitLab and SARIF reports of a real project, before and after an
 * edit that does not touch the findings.
 */
const BODY = 'Vanaf maart regel je je rooster in de app!! Je ziet je diensten.\n\nJe ruilt een dienst met een collega!! De planner hoeft niets te doen.';

interface Print {
  rule: string;
  line: number;
  print: string;
}

function gitlab(root: string, lang = 'nl'): Print[] {
  const result = herald(['check', '--root', root, '--format', 'gitlab', '--lang', lang]);
  const issues = JSON.parse(result.stdout) as { check_name: string; fingerprint: string; location: { positions: { begin: { line: number } } } }[];
  return issues.map((i) => ({ rule: i.check_name, line: i.location.positions.begin.line, print: i.fingerprint }));
}

function sarif(root: string, lang = 'nl'): Print[] {
  const result = herald(['check', '--root', root, '--format', 'sarif', '--lang', lang]);
  const results = JSON.parse(result.stdout).runs[0].results as {
    ruleId: string;
    partialFingerprints: Record<string, string>;
    locations: { physicalLocation: { region: { startLine: number } } }[];
  }[];
  return results.map((r) => {
    expect(Object.keys(r.partialFingerprints)).toEqual(['heraldFinding/v1']);
    return { rule: r.ruleId, line: r.locations[0]!.physicalLocation.region.startLine, print: r.partialFingerprints['heraldFinding/v1']! };
  });
}

describe.each([
  ['gitlab', gitlab],
  ['sarif', sarif],
] as const)('%s fingerprints', (_, report) => {
  it('stay the same when lines are inserted above the findings', () => {
    const root = makeProject({ 'content/2026/app.md': message({ body: BODY }) });
    const before = report(root).filter((p) => p.rule === 'hype');
    expect(before).toHaveLength(2);

    writeFileSync(path.join(root, 'content/2026/app.md'), message({ body: `Een nieuwe eerste alinea.\n\nEn nog een.\n\n${BODY}` }));
    const after = report(root).filter((p) => p.rule === 'hype');
    // The findings moved down four lines; their fingerprints did not change.
    expect(after.map((p) => p.line)).toEqual(before.map((p) => p.line + 4));
    expect(after.map((p) => p.print)).toEqual(before.map((p) => p.print));
  });

  it('differ for two identical findings in one file, and keep their order', () => {
    const root = makeProject({ 'content/2026/app.md': message({ body: BODY }) });
    const [first, second] = report(root).filter((p) => p.rule === 'hype');
    expect(first!.print).not.toBe(second!.print);
    // Removing the first "!!" makes the second the first of its kind: it takes the first's fingerprint.
    writeFileSync(path.join(root, 'content/2026/app.md'), message({ body: BODY.replace('app!!', 'app.') }));
    const left = report(root).filter((p) => p.rule === 'hype');
    expect(left.map((p) => p.print)).toEqual([first!.print]);
  });

  it('do not depend on the language of the messages', () => {
    const root = makeProject({ 'content/2026/app.md': message({ body: BODY, audience: '[magazjin]' }) });
    const nl = report(root, 'nl');
    const en = report(root, 'en');
    expect(nl.map((p) => p.rule)).toContain('unknown-reference');
    expect(en).toEqual(nl);
  });

  it('differ between files and between rules', () => {
    const root = makeProject({ 'content/2026/app.md': message({ body: BODY }), 'content/2026/app-twee.md': message({ body: BODY, title: 'Tweede bericht' }) });
    const prints = report(root).map((p) => p.print);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
