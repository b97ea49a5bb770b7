import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaFiles } from '../../src/schema/json-schemas.js';
import { herald, makeProject, message } from '../helpers/project.js';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-cli-'));
  made.push(dir);
  return dir;
}

const NO_STACK = /\bat .*\.js:\d+/;

describe('herald init (the CLI)', () => {
  it('scaffolds a project that checks with 0 findings and builds', () => {
    const dir = path.join(tempDir(), 'comms');
    const init = herald(['init', dir], { env: { HERALD_LANG: 'en' } });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/Created a herald project in .*comms \(16 files\)/);

    const check = herald(['check', '--root', dir, '--format', 'json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual([]);

    const build = herald(['build', '--root', dir, '--lang', 'en']);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/from 3 messages/);
    expect(existsSync(path.join(dir, 'site/index.html'))).toBe(true);
  });

  it('refuses a folder that has files it would replace, lists them, and exits 2; --force replaces them', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), '# Ons team\n');
    const refused = herald(['init', dir], { env: { HERALD_LANG: 'en' } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^herald: .* already has README\.md; herald init does not overwrite files\.\n {2}.*--force/);
    expect(refused.stderr).not.toMatch(NO_STACK);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('# Ons team\n');
    expect(existsSync(path.join(dir, 'plans'))).toBe(false);

    const forced = herald(['init', dir, '--force'], { env: { HERALD_LANG: 'en' } });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toMatch(/^# Nieuws/);
  });

  it('refuses a folder that already holds a plan or messages', () => {
    const root = makeProject({ 'content/2026/app.md': message() });
    const result = herald(['init', root], { env: { HERALD_LANG: 'en' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content/2026/app.md');
    expect(result.stderr).toContain('plans/plan.yaml');
  });

  it('leaves an existing package.json alone', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), '{"name": "ours"}\n');
    const result = herald(['init', dir], { env: { HERALD_LANG: 'en' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Left your package\.json as it is/);
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe('{"name": "ours"}\n');
  });

  it('uses --root when no folder is given, and refuses an unknown --lang', () => {
    const dir = tempDir();
    expect(herald(['--root', dir, 'init', '--lang', 'en']).code).toBe(0);
    expect(readFileSync(path.join(dir, 'plans/site.yaml'), 'utf8')).toMatch(/language: en/);
    const bad = herald(['init', tempDir(), '--lang', 'de'], { env: { HERALD_LANG: 'en' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^herald: Choose one of nl, en for --lang; "de" is not one of them\./);
  });
});

describe('herald init --ci', () => {
  it('writes a GitHub workflow: check with annotations and SARIF upload, build and publish site/ to Pages on main', () => {
    const dir = tempDir();
    expect(herald(['init', dir, '--ci', 'github'], { env: { HERALD_LANG: 'en' } }).code).toBe(0);
    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/herald.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<
        string,
        { if?: string; needs?: string; steps: { run?: string; uses?: string; with?: Record<string, string> }[]; permissions?: Record<string, string> }
      >;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? s.uses);
    expect(runs('check')).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'npx herald check --format github',
      'npx herald check --format sarif --output herald.sarif',
      'github/codeql-action/upload-sarif@v3',
    ]);
    expect(workflow.jobs.check!.steps[5]!.with!.sarif_file).toBe('herald.sarif');
    expect(workflow.jobs.check!.permissions!['security-events']).toBe('write');
    expect(workflow.jobs.build!.if).toContain('refs/heads/main');
    expect(runs('build')).toContain('npx herald build --base-url "${{ steps.pages.outputs.base_url }}/"');
    expect(workflow.jobs.build!.steps.find((s) => s.uses === 'actions/upload-pages-artifact@v3')!.with!.path).toBe('site');
    expect(runs('deploy')).toEqual(['actions/deploy-pages@v4']);
  });

  it('writes a GitLab CI file: check with a Code Quality report, and a Pages job', () => {
    const dir = tempDir();
    expect(herald(['init', dir, '--ci', 'gitlab'], { env: { HERALD_LANG: 'en' } }).code).toBe(0);
    const ci = parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { script: string[]; artifacts: { reports?: { codequality: string }; paths?: string[] }; stage: string }
    >;
    expect(ci['herald-check']!.script).toEqual(['npx herald check --format gitlab --output gl-code-quality-report.json || true', 'npx herald check']);
    expect(ci['herald-check']!.artifacts.reports!.codequality).toBe('gl-code-quality-report.json');
    expect(ci.pages!.script).toEqual(['npx herald build --out public --base-url "$CI_PAGES_URL/"']);
    expect(ci.pages!.artifacts.paths).toEqual(['public']);
  });

  it('adds only the workflow to an existing project, and will not replace it without --force', () => {
    const root = makeProject({ 'content/2026/app.md': message() });
    const first = herald(['init', '--ci', 'github'], { cwd: root, env: { HERALD_LANG: 'en' } });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Added \.github\/workflows\/herald\.yml/);
    expect(existsSync(path.join(root, 'README.md'))).toBe(false);
    expect(existsSync(path.join(root, 'schemas'))).toBe(false);

    const again = herald(['init', '--ci', 'github'], { cwd: root, env: { HERALD_LANG: 'en' } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('.github/workflows/herald.yml');
    expect(herald(['init', '--ci', 'github', '--force'], { cwd: root, env: { HERALD_LANG: 'en' } }).code).toBe(0);
  });
});

describe('herald new (the CLI, without a terminal)', () => {
  it('writes content/<yyyy>/<slug>.md from the flags, then refuses to overwrite it', () => {
    const root = makeProject({});
    const args = [
      '--lang',
      'en',
      'new',
      'Één nieuwe kantine',
      '--audience',
      'magazijn,kantoor',
      '--goal',
      'veilig-werken',
      '--kind',
      'event',
      '--date',
      '2026-09-14T09:00',
    ];
    const first = herald(args, { cwd: root });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote content\/2026\/een-nieuwe-kantine\.md\nNext: fill in "why" and "cta"/);
    const text = readFileSync(path.join(root, 'content/2026/een-nieuwe-kantine.md'), 'utf8');
    const frontMatter = parse(text.split('---\n')[1]!) as Record<string, unknown>;
    expect(frontMatter).toEqual({
      title: 'Één nieuwe kantine',
      date: '2026-09-14T09:00',
      audience: ['magazijn', 'kantoor'],
      goal: 'veilig-werken',
      kind: 'event',
      why: null,
      cta: null,
    });

    writeFileSync(path.join(root, 'content/2026/een-nieuwe-kantine.md'), 'mine');
    const again = herald(args, { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^herald: content\/2026\/een-nieuwe-kantine\.md already exists; herald new never overwrites a message\./);
    expect(readFileSync(path.join(root, 'content/2026/een-nieuwe-kantine.md'), 'utf8')).toBe('mine');
  });

  it('fails check with why-missing and cta-missing until the writer fills them in', () => {
    const root = makeProject({});
    expect(herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'all', '--goal', 'veilig-werken', '--date', '2026-09-14'], { cwd: root }).code).toBe(0);
    const check = herald(['check', '--format', 'json'], { cwd: root });
    expect(check.code).toBe(1);
    const [result] = JSON.parse(check.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(result!.filePath).toMatch(/content\/2026\/helm-op\.md$/);
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['why-missing', 'cta-missing']);
  });

  it('exits 2 with a one-line hint naming the missing flags', () => {
    const root = makeProject({});
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--kind', 'news'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'herald: Missing --audience and --goal (there is no terminal to ask on).\n  Pass --audience <segment ids> --goal <goal id>, e.g. herald new "Helm op" --audience magazijn --goal roosterapp\n',
    );
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });

  it('exits 2 on an id the plan does not have, with the nearest one', () => {
    const root = makeProject({});
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'chaufeurs', '--goal', 'veilig-werken'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^herald: Unknown segment "chaufeurs" for --audience; did you mean "chauffeurs"\?\n {2}The plan's segments: magazijn, chauffeurs, kantoor, directie \(or all\)\.\n$/,
    );
  });

  it('never writes outside the project, not even through a linked year folder', () => {
    const root = makeProject({});
    const elsewhere = tempDir();
    mkdirSync(path.join(root, 'content'));
    symlinkSync(elsewhere, path.join(root, 'content/2026'));
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'all', '--goal', 'veilig-werken', '--date', '2026-09-14'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^herald: Refusing to write content\/2026\/helm-op\.md: its folder links outside/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('exits 2 outside a project', () => {
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'all', '--goal', 'x'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^herald: No plan found/);
  });
});

describe('herald schema (the CLI)', () => {
  it('prints both schemas keyed by file name, or one by name', () => {
    const both = herald(['--lang', 'en', 'schema']);
    expect(both.code).toBe(0);
    expect(Object.keys(JSON.parse(both.stdout) as object)).toEqual(['plan.schema.json', 'front-matter.schema.json']);
    const plan = herald(['--lang', 'en', 'schema', 'plan']);
    expect(plan.stdout).toBe(schemaFiles()[0]!.text);
    const bad = herald(['--lang', 'en', 'schema', 'plna']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean "plan"/);
  });

  it('writes the files with --out, relative to the project root, the same bytes as herald init', () => {
    const root = tempDir();
    const result = herald(['--lang', 'en', 'schema', '--out', 'schemas', '--root', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote schemas/plan.schema.json, schemas/front-matter.schema.json\n');
    for (const schema of schemaFiles()) expect(readFileSync(path.join(root, 'schemas', schema.name), 'utf8')).toBe(schema.text);
  });
});

describe('README', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

  it('shows the CI files herald init writes, as they are', () => {
    for (const host of ['github', 'gitlab']) {
      const dir = tempDir();
      mkdirSync(path.join(dir, 'plans'));
      writeFileSync(path.join(dir, 'plans/plan.yaml'), 'site: {title: X}\n');
      expect(herald(['init', dir, '--ci', host], { env: { HERALD_LANG: 'en' } }).code).toBe(0);
      const file = host === 'github' ? '.github/workflows/herald.yml' : '.gitlab-ci.yml';
      expect(readme).toContain(readFileSync(path.join(dir, file), 'utf8'));
    }
  });
});
