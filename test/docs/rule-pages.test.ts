import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGS } from '../../src/messages/index.js';
import { RULE_DOCS } from '../../src/messages/rule-docs.js';
import { RULE_PAGES_DIR, ruleDoc, rulePages } from '../../src/report/rule-docs.js';
import { RULES } from '../../src/rules/index.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIX = 'run "npm run docs:rules" and commit docs/rules/';

describe('the rule pages (docs/rules/)', () => {
  const pages = rulePages(RULES);

  it('has a page per rule and an index, in English and Dutch', () => {
    for (const rule of RULES) {
      expect(pages.has(`docs/rules/${rule.id}.md`), rule.id).toBe(true);
      expect(pages.has(`docs/rules/nl/${rule.id}.md`), rule.id).toBe(true);
    }
    expect([...pages.keys()].filter((p) => p.endsWith('README.md')).sort()).toEqual(['docs/rules/README.md', 'docs/rules/nl/README.md']);
  });

  it.each([...pages.keys()])('%s is up to date', (file) => {
    const onDisk = existsSync(path.join(REPO, file)) ? readFileSync(path.join(REPO, file), 'utf8') : undefined;
    expect(onDisk, `${file} is ${onDisk === undefined ? 'missing' : 'stale'}: ${FIX}`).toBe(pages.get(file));
  });

  it('has no page of a rule that does not exist', () => {
    for (const dir of Object.values(RULE_PAGES_DIR)) {
      const extra = readdirSync(path.join(REPO, dir))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `${dir}/${name}`)
        .filter((file) => !pages.has(file));
      expect(extra, FIX).toEqual([]);
    }
  });

  it('shows every part of a rule: description, why, every message, options with built-in lists, examples, how to configure', () => {
    const page = pages.get('docs/rules/hype.md')!;
    expect(page).toContain('**Message rule** · default: warning');
    expect(page).toContain('## Why\n\nInternal communication is not internal marketing.');
    // Every message, its placeholders shown readably.
    expect(page).toContain('- Say plainly what happens and what it means for the reader: "‹text›" sounds like an advert. (`sales-hype`)');
    expect(page).toContain('(`shouting-exclamations`)');
    expect(page).toContain('(`shouting-capitals`)');
    expect(page).toMatch(/- `words: \[\]`: adds to \d+ built-in entries \(data\/wordlists\/hype\.yaml\); "herald rules hype" prints them/);
    expect(page).toMatch(/## Fails\n\n`content\/message\.md`\n\n```markdown\n---\ntitle: EXCLUSIVE for you!!/);
    expect(page).toContain('## Passes');
    expect(page).toContain('`<!-- herald-disable-next-line hype -->` above the line, or `lint: {disable: [hype]}` in the front-matter');
    expect(page).toContain('[Nederlands](nl/hype.md)');
  });

  it('is in Dutch for the Dutch page, with a Dutch example', () => {
    const page = pages.get('docs/rules/nl/why-missing.md')!;
    expect(page).toContain('**Berichtregel** · standaard: fout');
    expect(page).toContain('heeft minstens 6 woorden'); // the option default, filled in
    expect(page).toContain('## Waarom');
    expect(page).toMatch(/## Fout\n\n`content\/bericht\.md`\n\n```markdown\n---\ntitle: Nieuwe roosterapp vanaf maart/);
    expect(page).toContain('[English](../why-missing.md)');
  });

  it('shows a plan rule’s example with its plan files and messages, and no way to silence it in a message', () => {
    const page = pages.get('docs/rules/mix.md')!;
    expect(page).toContain('**Plan rule (reported against the plan file)**');
    expect(page).toMatch(/## Fails\n\n`plans\/mix\.yaml`\n\n```yaml\nmix:\n {2}success: 0\.2\n```/);
    expect(page).not.toContain('herald-disable-next-line');
  });

  it('shows a message in its fullest and its shortest form', () => {
    const doc = ruleDoc(
      RULES.find((r) => r.id === 'unknown-reference')!,
      'en',
    );
    const texts = doc.messages.find((m) => m.id === 'unknown-segment')!.texts;
    expect(texts.length).toBe(2);
    expect(texts[0]).toContain('‹expected›');
    expect(texts[1]).not.toContain('‹expected›');
  });
});

describe('the rule-docs catalogue', () => {
  it.each(LANGS)('has a description and a rationale for every rule in %s, and none for a rule that does not exist', (lang) => {
    const entries = CATALOGUES[lang][RULE_DOCS]!;
    for (const rule of RULES) {
      expect(entries[`${rule.id}-description`], `${lang} ${rule.id}-description`).toMatch(/\S/);
      expect(entries[`${rule.id}-rationale`], `${lang} ${rule.id}-rationale`).toMatch(/\S/);
    }
    const ids = new Set(RULES.map((r) => r.id));
    for (const key of Object.keys(entries).filter((k) => /-(description|rationale)$/.test(k))) {
      expect(ids.has(key.replace(/-(description|rationale)$/, '')), key).toBe(true);
    }
  });

  it('fills every placeholder of a description from the rule’s option defaults or docData', () => {
    for (const lang of LANGS) for (const rule of RULES) expect(ruleDoc(rule, lang).description + ruleDoc(rule, lang).rationale).not.toMatch(/\{\{/);
  });
});
