import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInit } from '../../src/cli/init-command.js';
import { parseMessage } from '../../src/load/parse-message.js';
import { frontMatterJsonSchema, planJsonSchema, schemaFiles } from '../../src/schema/json-schemas.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

// format: uri and friends are hints for editors; herald's own check validates URLs.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validPlanFile = ajv.compile(planJsonSchema());
const validFrontMatter = ajv.compile(frontMatterJsonSchema());

/** A plan file's data as the loader reads it (YAML 1.2 core: dates stay strings). */
function planData(text: string): unknown {
  return parse(text) ?? {};
}

/** A message's front-matter data exactly as the loader reads it. */
function frontMatter(file: string, text: string): unknown {
  return parseMessage({ file, text }).data;
}

function errors(validate: typeof validPlanFile): string {
  return ajv.errorsText(validate.errors);
}

describe('JSON Schemas: the bundled example', () => {
  const planFiles = readdirSync(path.join(REPO, 'plans')).filter((n) => n.endsWith('.yaml'));

  it.each(planFiles)('accepts plans/%s on its own', (name) => {
    const ok = validPlanFile(planData(readFileSync(path.join(REPO, 'plans', name), 'utf8')));
    expect(ok, errors(validPlanFile)).toBe(true);
  });

  it('accepts the front-matter of every message in content/', () => {
    const messages = (readdirSync(path.join(REPO, 'content'), { recursive: true }) as string[]).filter((p) => p.endsWith('.md'));
    expect(messages.length).toBeGreaterThan(20);
    for (const file of messages) {
      const data = frontMatter(file, readFileSync(path.join(REPO, 'content', file), 'utf8'));
      expect(validFrontMatter(data), `${file}: ${errors(validFrontMatter)}`).toBe(true);
    }
  });
});

describe('JSON Schemas: plan files', () => {
  it('requires no section, since each file holds only some of them', () => {
    expect(validPlanFile({})).toBe(true);
    expect(validPlanFile(planData('goals:\n  - {id: veilig, title: Veilig werken, from: 2026-01-01}\n'))).toBe(true);
  });

  it('accepts an empty list section, as the loader does', () => {
    expect(validPlanFile(planData('campaigns:\n'))).toBe(true);
  });

  it.each([
    ['an unknown section', 'segmenten:\n  - {id: a, name: A, channels: []}\n', 'additional properties'],
    ['an id that is not kebab-case', 'channels:\n  - {id: Mijn App, name: App, kind: push}\n', 'pattern'],
    ['an unknown channel kind', 'channels:\n  - {id: app, name: App, kind: pushy}\n', 'allowed values'],
    ['a date that is not YYYY-MM-DD', 'goals:\n  - {id: a, title: A, from: 1-3-2026}\n', 'pattern'],
    ['a segment without channels', 'segments:\n  - {id: a, name: A}\n', 'channels'],
    ['a site without a title', 'site:\n  language: nl\n', 'title'],
    ['an unknown key in a segment', 'segments:\n  - {id: a, name: A, channels: [], maxPerWeak: 2}\n', 'additional properties'],
    ['a reading level that does not exist', 'segments:\n  - {id: a, name: A, channels: [], readingLevel: A2}\n', 'allowed values'],
    ['a mix share over 1', 'mix: {success: 20}\n', 'must be <= 1'],
    ['an unknown severity', 'rules: {hype: loud}\n', 'rules'],
    ['a rule that does not exist', 'rules: {hyper: warn}\n', 'additional properties'],
    ['an option the rule does not have', 'rules:\n  readability: [warn, {minWord: 40}]\n', 'additional properties'],
  ])('rejects %s', (_, text, expected) => {
    expect(validPlanFile(planData(text))).toBe(false);
    expect(errors(validPlanFile)).toContain(expected);
  });

  it('accepts rule settings as a severity or [severity, options]', () => {
    const rules = 'rules:\n  hype: [warn, {words: [mega]}]\n  readability: [warn, {minWords: 40}]\n  mix: [error]\n  cta-missing: off\n';
    expect(validPlanFile(planData(rules)), errors(validPlanFile)).toBe(true);
  });

  it('accepts ignore: as a list of patterns (or empty), and refuses one that is not text', () => {
    expect(validPlanFile(planData('ignore:\n  - content/**/README.md\n  - content/templates/**\n')), errors(validPlanFile)).toBe(true);
    expect(validPlanFile(planData('ignore:\n')), errors(validPlanFile)).toBe(true);
    expect(validPlanFile(planData('ignore:\n  - 5\n'))).toBe(false);
    expect(validPlanFile(planData('ignore: content/README.md\n'))).toBe(false);
  });
});

describe('JSON Schemas: the plan of herald init', () => {
  it('accepts every scaffold plan file as the loader would read it', () => {
    for (const lang of ['nl', 'en'] as const) {
      const dir = mkdtempSync(path.join(tmpdir(), 'herald-schema-'));
      try {
        runInit({ dir, lang, force: false, now: Date.parse('2026-11-23T10:00:00Z') });
        for (const name of readdirSync(path.join(dir, 'plans'))) {
          expect(validPlanFile(planData(readFileSync(path.join(dir, 'plans', name), 'utf8'))), `${lang} ${name}: ${errors(validPlanFile)}`).toBe(true);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('JSON Schemas: message front-matter', () => {
  const base = 'title: Nieuwe app\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: roosterapp\n';
  const fm = (extra: string) => frontMatter('content/2026/x.md', `---\n${base}${extra}---\nTekst.\n`);

  it('accepts dates and date-times the loader accepts, and why/cta left empty', () => {
    expect(validFrontMatter(fm('why:\ncta:\n')), errors(validFrontMatter)).toBe(true);
    expect(validFrontMatter(fm('effective: 2026-03-01\ncta: {text: Lees het, due: 2026-02-20}\n'))).toBe(true);
    expect(validFrontMatter(frontMatter('x.md', '---\ntitle: A\ndate: 2026-02-02\naudience: all\ngoal: a\n---\n'))).toBe(true);
  });

  it.each([
    ['a missing goal', frontMatter('x.md', '---\ntitle: A\ndate: 2026-02-02\naudience: all\n---\n'), 'goal'],
    ['an unknown key', fm('audeince: [kantoor]\n'), 'additional properties'],
    ['a date in another format', frontMatter('x.md', '---\ntitle: A\ndate: 2 februari 2026\naudience: all\ngoal: a\n---\n'), 'pattern'],
    ['an unknown kind', fm('kind: nieuws\n'), 'allowed values'],
    ['an empty audience list', frontMatter('x.md', '---\ntitle: A\ndate: 2026-02-02\naudience: []\ngoal: a\n---\n'), 'audience'],
    ['an image without src', fm('image: {alt: Een foto}\n'), 'src'],
  ])('rejects %s', (_, data, expected) => {
    expect(validFrontMatter(data)).toBe(false);
    expect(errors(validFrontMatter)).toContain(expected);
  });
});

describe('JSON Schemas: the files', () => {
  it('are draft 2020-12, named, and the same bytes every time', () => {
    const first = schemaFiles();
    expect(first.map((s) => s.name)).toEqual(['plan.schema.json', 'front-matter.schema.json']);
    expect(schemaFiles()).toEqual(first);
    for (const file of first) {
      const schema = JSON.parse(file.text) as { $schema: string; title: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).toMatch(/^herald /);
      expect(file.text.endsWith('}\n')).toBe(true);
    }
  });
});
