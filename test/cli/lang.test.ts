import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

type JsonResult = { messages: { ruleId: string; messageId: string; message: string; suggestions?: { desc: string }[] }[] }[];

const UNKNOWN_NL = 'Bedoel je "magazijn"? Het segment "magazjin" staat niet in het plan.';
const UNKNOWN_EN = 'Did you mean "magazijn"? The plan has no segment "magazjin".';

/** A Dutch project (PLAN says `language: nl`) with one unknown segment and one message without "why". */
function dutchProject(plan = PLAN): string {
  return makeProject(
    {
      'content/2026/a.md': message({ audience: '[magazjin]' }),
      'content/2026/b.md': message({ date: '2026-02-10T09:00', why: null }),
    },
    plan,
  );
}

function json(args: string[], env: Record<string, string> = {}): JsonResult[number]['messages'] {
  const result = herald(['check', '--format', 'json', ...args], { env });
  return (JSON.parse(result.stdout) as JsonResult).flatMap((r) => r.messages);
}

describe('the language of the findings: --lang, else HERALD_LANG, else site.language, else English', () => {
  it('writes a Dutch project’s findings in Dutch, in json and in stylish, summary line included', () => {
    const root = dutchProject();
    const messages = json(['--root', root]);
    expect(messages.map((m) => m.message)).toEqual([UNKNOWN_NL, 'Voeg "why:" toe met een zin over wat dit voor de lezer betekent.']);
    expect(messages[0]!.suggestions!.map((s) => s.desc)).toEqual(['Vervang door "magazijn".']);

    const stylish = herald(['check', '--root', root]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('  4:12  error  unknown-reference\n    Bedoel je "magazijn"? Het segment "magazjin" staat niet in het plan.\n');
    expect(stylish.stdout).toContain('✖ 2 problemen (2 fouten, 0 waarschuwingen)\n');
    const clean = herald(['check', '--root', makeProject({ 'content/2026/a.md': message() })]);
    expect(clean.stdout).toBe('✔ 2 bestanden gecontroleerd, geen problemen\n');
  });

  it('writes English with --lang en, with the same message ids', () => {
    const root = dutchProject();
    const dutch = json(['--root', root]);
    const english = json(['--root', root, '--lang', 'en']);
    expect(english.map((m) => m.message)).toEqual([UNKNOWN_EN, 'Add "why:" with a sentence about what this means for the reader.']);
    expect(english[0]!.suggestions!.map((s) => s.desc)).toEqual(['Replace with "magazijn".']);
    expect(english.map((m) => [m.ruleId, m.messageId])).toEqual(dutch.map((m) => [m.ruleId, m.messageId]));
    const stylish = herald(['--lang', 'en', 'check', '--root', root]);
    expect(stylish.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)\n');
    const clean = herald(['check', '--lang', 'en', '--root', makeProject({ 'content/2026/a.md': message() })]);
    expect(clean.stdout).toBe('✔ 2 files checked, no problems\n');
  });

  it('takes HERALD_LANG when there is no --lang, and --lang over HERALD_LANG', () => {
    const root = dutchProject();
    expect(json(['--root', root], { HERALD_LANG: 'en' })[0]!.message).toBe(UNKNOWN_EN);
    expect(json(['--root', root], { HERALD_LANG: 'en_GB.UTF-8' })[0]!.message).toBe(UNKNOWN_EN);
    expect(json(['--root', root, '--lang', 'nl'], { HERALD_LANG: 'en' })[0]!.message).toBe(UNKNOWN_NL);
    // An English plan, a Dutch writer.
    const english = dutchProject(PLAN.replace('language: nl', 'language: en'));
    expect(json(['--root', english])[0]!.message).toBe(UNKNOWN_EN);
    expect(json(['--root', english], { HERALD_LANG: 'nl' })[0]!.message).toBe(UNKNOWN_NL);
  });

  it('writes English when the plan has no usable site section', () => {
    const root = dutchProject(PLAN.replace(/^site:\n(?: {2}.*\n)+/, ''));
    const messages = json(['--root', root]);
    expect(messages.find((m) => m.messageId === 'no-site')!.message).toMatch(/^The plan has no "site" section/);
    expect(messages.find((m) => m.messageId === 'unknown-segment')!.message).toBe(UNKNOWN_EN);
  });

  it('gives SARIF’s results and message strings in the same language', () => {
    const root = dutchProject();
    const run = JSON.parse(herald(['check', '--root', root, '--format', 'sarif']).stdout).runs[0];
    const result = run.results.find((r: { message: { id?: string } }) => r.message.id?.startsWith('unknown-segment'));
    expect(result.message.text).toBe(UNKNOWN_NL);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'unknown-reference');
    expect(rule.messageStrings[result.message.id].text).toBe('Bedoel je "{1}"? Het segment "{0}" staat niet in het plan.');
    for (const format of ['github', 'gitlab']) expect(herald(['check', '--root', root, '--format', format]).stdout).toContain('staat niet in het plan');
  });

  it('refuses a language it does not speak: exit 2 with a one-line hint', () => {
    const root = dutchProject();
    const flag = herald(['check', '--root', root, '--lang', 'de']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('herald: Kies voor --lang uit nl, en. "de" kan niet.\n  In "herald --help" staat wat elke keuze doet.\n');
    // The plan's site.language decides then: English here.
    const env = herald(['check', '--root', dutchProject(PLAN.replace('language: nl', 'language: en'))], { env: { HERALD_LANG: 'de' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe('herald: HERALD_LANG is "de", a language herald does not speak.\n  Set it to nl or en, or leave it empty.\n');
    // --lang decides, so a stray HERALD_LANG does not matter then.
    expect(herald(['check', '--root', root, '--lang', 'en'], { env: { HERALD_LANG: 'de' } }).code).toBe(1);
  });

  it('builds with the findings in the chosen language', () => {
    const root = dutchProject();
    const dutch = herald(['build', '--root', root]);
    expect(dutch.code).toBe(1);
    expect(dutch.stdout).toContain(UNKNOWN_NL.replace(/\.$/, ''));
    expect(dutch.stdout).toContain('✖ 2 problemen (2 fouten, 0 waarschuwingen)');
    const english = herald(['build', '--root', root, '--lang', 'en']);
    expect(english.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
  });

  it('keeps init’s --lang as the language of the scaffold, written before or after the command', () => {
    const root = makeProject({}, false);
    expect(herald(['init', path.join(root, 'a'), '--lang', 'en']).code).toBe(0);
    expect(readFileSync(path.join(root, 'a/plans/site.yaml'), 'utf8')).toMatch(/language: en/);
    expect(herald(['--lang', 'en', 'init', path.join(root, 'b')]).code).toBe(0);
    expect(readFileSync(path.join(root, 'b/plans/site.yaml'), 'utf8')).toMatch(/language: en/);
    expect(herald(['init', path.join(root, 'c')], { env: { HERALD_LANG: 'en' } }).code).toBe(0);
    expect(readFileSync(path.join(root, 'c/plans/site.yaml'), 'utf8')).toMatch(/language: nl/);
  });
});
