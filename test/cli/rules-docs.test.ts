import { describe, expect, it } from 'vitest';
import { explainRule, listRules } from '../../src/cli/rules-command.js';
import { ruleDoc } from '../../src/report/rule-docs.js';
import { findRule, RULES } from '../../src/rules/index.js';
import { herald, makeProject, PLAN } from '../helpers/project.js';

describe('herald rules <id>: the rule page in the terminal', () => {
  it.each(['en', 'nl'] as const)('prints the same content as the page, in %s', (lang) => {
    for (const rule of RULES) {
      const doc = ruleDoc(rule, lang);
      const text = explainRule(rule.id, false, lang);
      // The prose is wrapped; compare it word for word.
      const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
      expect(words(text), rule.id).toContain(words(doc.description));
      expect(words(text), rule.id).toContain(words(doc.rationale));
      for (const m of doc.messages) for (const t of m.texts) expect(words(text), `${rule.id}/${m.id}`).toContain(words(t));
      for (const file of [...doc.example!.fail, ...doc.example!.pass]) {
        for (const line of file.text.split('\n').filter(Boolean)) expect(text, rule.id).toContain(`    ${line}`);
      }
    }
  });

  it('speaks Dutch with --lang nl: headings, severity, the rule’s own sentences and a Dutch example', () => {
    const text = explainRule('cta-missing', false, 'nl');
    expect(text).toMatch(/^cta-missing {2}\(Berichtregel, standaard: fout\)/);
    expect(text).toContain('Het bericht heeft een oproep: `cta.text` zegt wat de lezer nu gaat doen.');
    expect(text).toMatch(/\nWaarom\n {2}Een bericht zonder volgende stap/);
    expect(text).toMatch(/\nFout\n {4}---\n {4}title: Nieuwe roosterapp vanaf maart/);
    expect(text).toContain('\nGoed\n');
    expect(text).toContain('In één bericht: <!-- herald-disable-next-line cta-missing --> boven de regel');
  });

  it('shows each file of a plan rule’s example under its path', () => {
    const text = explainRule('mix', false, 'en');
    expect(text).toMatch(/Fails\n {2}==> plans\/mix\.yaml <==\n {4}mix:\n {6}success: 0\.2\n {2}==> content\/rota-app-1\.md <==/);
    expect(text).not.toContain('herald-disable-next-line');
  });

  it('prints no docs link while herald’s package.json says nowhere where the pages are published', () => {
    expect(explainRule('hype', false, 'en')).not.toMatch(/Docs:|https:\/\/herald\.dev/);
  });

  it('lists every rule with its description in the writer’s language', () => {
    const nl = listRules(false, 'nl');
    expect(nl).toContain('Regels voor berichten');
    expect(nl).toMatch(/ {2}why-missing +fout +Het bericht zegt waarom het de lezer aangaat/);
    expect(listRules(false, 'en')).toMatch(/ {2}mix +warning +Each month's share/);
    expect(findRule('mix')).toBeDefined();
  });
});

describe('herald rules (the CLI): the language', () => {
  it('follows the plan’s site.language, HERALD_LANG and --lang', () => {
    const root = makeProject({}, PLAN); // site.language: nl
    expect(herald(['rules', 'hype'], { cwd: root }).stdout).toContain('Waarom');
    expect(herald(['--root', root, 'rules', 'hype']).stdout).toContain('Waarom');
    expect(herald(['--root', root, '--lang', 'en', 'rules', 'hype']).stdout).toContain('\nWhy\n');
    expect(herald(['rules'], { env: { HERALD_LANG: 'nl' } }).stdout).toContain('Regels voor het plan');
  });
});
