import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

// herald check's CI options (issue 20), each through the built CLI on a temp project.

const CLI = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));

/** The built CLI with `input` on standard input. */
function heraldWithInput(args: string[], input: string, cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', HERALD_LANG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface EslintResult {
  filePath: string;
  messages: { ruleId: string; messageId: string; severity: number; line: number; column: number; fatal?: boolean; data: Record<string, unknown> }[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

function jsonOf(stdout: string, root: string): (EslintResult & { file: string })[] {
  return (JSON.parse(stdout) as EslintResult[]).map((r) => ({ ...r, file: path.relative(root, r.filePath).split(path.sep).join('/') }));
}

/** A change announced without a place to respond: a feedback-missing warning, nothing else. */
const WARNING_ONLY = message({ kind: 'change', extra: 'effective: 2026-05-01' });

describe('check --quiet', () => {
  it('shows and counts errors only, and still lists every file in JSON', () => {
    const root = makeProject({
      'content/2026/warn.md': WARNING_ONLY,
      'content/2026/error.md': message({ date: '2026-03-03T09:00', audience: '[magazjin]' }),
    });
    const loud = herald(['check', '--root', root, '--lang', 'en']);
    expect(loud.stdout).toContain('feedback-missing');
    expect(loud.stdout).toMatch(/2 problems \(1 error, 1 warning\)/);

    const quiet = herald(['check', '--root', root, '--lang', 'en', '--quiet']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('unknown-reference');
    expect(quiet.stdout).not.toContain('feedback-missing');
    expect(quiet.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);

    const json = jsonOf(herald(['check', '--root', root, '--quiet', '--format', 'json']).stdout, root);
    expect(json.map((r) => r.file)).toEqual(['content/2026/error.md', 'content/2026/warn.md', 'plans/plan.yaml']);
    expect(json.find((r) => r.file === 'content/2026/warn.md')).toMatchObject({ messages: [], warningCount: 0, errorCount: 0 });

    for (const format of ['github', 'gitlab']) {
      const out = herald(['check', '--root', root, '--quiet', '--format', format]).stdout;
      expect(out, format).toContain('unknown-reference');
      expect(out, format).not.toContain('feedback-missing');
    }
    // SARIF lists every rule of the tool; its results are the findings.
    const sarif = JSON.parse(herald(['check', '--root', root, '--quiet', '--format', 'sarif']).stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['unknown-reference']);
  });

  it('exits 0 on warnings alone, and 1 when --max-warnings is given and they exceed it, without showing them', () => {
    const root = makeProject({ 'content/2026/warn.md': WARNING_ONLY });
    const quiet = herald(['check', '--root', root, '--lang', 'en', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('feedback-missing');
    expect(quiet.stdout).toMatch(/no problems/);

    const capped = herald(['check', '--root', root, '--lang', 'en', '--quiet', '--max-warnings', '0']);
    expect(capped.code).toBe(1);
    expect(capped.stdout).not.toContain('feedback-missing');
    expect(capped.stderr).toContain('Fix warnings until at most 0 remain: there is 1 warning (--max-warnings 0).');
    expect(herald(['check', '--root', root, '--quiet', '--max-warnings', '1']).code).toBe(0);
  });
});

describe('ignore patterns (plan ignore: and --ignore-pattern)', () => {
  // magazijn may get 2 messages a week: a template dated in the same week would be the third.
  const files = {
    'content/README.md': 'This folder holds our messages; see the plan for the rules.\n',
    'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
    'content/2026/b.md': message({ date: '2026-02-03T09:00', title: 'Tweede bericht over de app' }),
    'content/templates/announcement.md': message({ date: '2026-02-04T09:00', title: 'Sjabloon aankondiging' }),
  };

  it('lints and counts a file under content/ until it is ignored, by the plan or on the command line', () => {
    const root = makeProject(files);
    const before = jsonOf(herald(['check', '--root', root, '--format', 'json']).stdout, root);
    expect(before.find((r) => r.file === 'content/README.md')!.messages.map((m) => m.messageId)).toContain('no-front-matter');
    expect(before.find((r) => r.file === 'content/templates/announcement.md')!.messages.map((m) => m.ruleId)).toEqual(['frequency-cap']);

    writeFileSync(path.join(root, 'plans/ignore.yaml'), 'ignore:\n  - content/**/README.md\n');
    const planOnly = jsonOf(herald(['check', '--root', root, '--format', 'json']).stdout, root);
    expect(planOnly.map((r) => r.file)).not.toContain('content/README.md');
    expect(planOnly.map((r) => r.file)).toContain('content/templates/announcement.md');

    const result = herald(['check', '--root', root, '--format', 'json', '--ignore-pattern', 'content/templates/**']);
    expect(result.code).toBe(0);
    const both = jsonOf(result.stdout, root);
    expect(both.map((r) => r.file)).toEqual(['content/2026/a.md', 'content/2026/b.md', 'plans/ignore.yaml', 'plans/plan.yaml']);
    expect(both.every((r) => r.messages.length === 0)).toBe(true);
  });

  it('does not publish an ignored file', () => {
    const root = makeProject(files, `${PLAN}ignore: [content/**/README.md, content/templates/**]\n`);
    const build = herald(['build', '--root', root, '--no-search', '--future']);
    expect(build.code, build.stderr).toBe(0);
    const site = path.join(root, 'site');
    expect(existsSync(path.join(site, '2026/a/index.html'))).toBe(true);
    expect(existsSync(path.join(site, '2026/sjabloon-aankondiging'))).toBe(false);
    expect(existsSync(path.join(site, '2026/announcement'))).toBe(false);
    const everything = readdirSync(site, { recursive: true }).map(String);
    expect(everything.filter((f) => /readme|announcement|sjabloon/i.test(f))).toEqual([]);
    const home = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(home).not.toContain('Sjabloon aankondiging');
  });

  it('leaves out what --ignore-pattern names in build too', () => {
    const root = makeProject(files, `${PLAN}ignore: [content/**/README.md]\n`);
    expect(herald(['build', '--root', root, '--no-search']).code).toBe(1); // the template makes a third message in a week
    const build = herald(['build', '--root', root, '--no-search', '--ignore-pattern', 'content/templates/**']);
    expect(build.code, build.stderr).toBe(0);
  });

  it('treats a link to an ignored message as broken: it is not a message of the site', () => {
    const root = makeProject(
      {
        'content/README.md': 'Notes.\n',
        'content/2026/a.md': message({ body: 'Lees eerst de [uitleg over de map](../README.md) voor je begint.' }),
      },
      `${PLAN}ignore: [content/README.md]\n`,
    );
    const [result] = jsonOf(herald(['check', '--root', root, '--format', 'json']).stdout, root);
    expect(result!.messages).toMatchObject([{ ruleId: 'broken-link', messageId: 'link-target-missing', data: { target: 'content/README.md' } }]);
  });

  it('reports a pattern it cannot use, or one that is not text, as a plan error at its place', () => {
    const ignoreLine = PLAN.split('\n').length; // the first line after PLAN
    const root = makeProject({ 'content/README.md': 'Notes.\n' }, `${PLAN}ignore:\n  - "content/[drafts"\n  - 5\n  - content/README.md\n`);
    const result = herald(['check', '--root', root, '--format', 'json', '--lang', 'en']);
    const plan = jsonOf(result.stdout, root).find((r) => r.file === 'plans/plan.yaml')!;
    expect(plan.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ['plan-schema', 'glob', ignoreLine + 1, 5],
      ['plan-schema', 'invalid-type', ignoreLine + 2, 5],
    ]);
    // The good pattern still holds.
    expect(jsonOf(result.stdout, root).map((r) => r.file)).not.toContain('content/README.md');
    const text = herald(['check', '--root', root, '--lang', 'en']).stdout;
    expect(text).toContain(`${ignoreLine + 1}:5`);
    expect(text).toContain('"ignore" is not a pattern herald can use');
  });

  it('refuses a --ignore-pattern it cannot use with exit 2', () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    const result = herald(['check', '--root', root, '--lang', 'en', '--ignore-pattern', 'content/{a,b']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'herald: --ignore-pattern "content/{a,b" is not a pattern herald can use.\n  Write it relative to the project folder, like "content/**/README.md", and close every [, { and (.\n',
    );
    expect(herald(['build', '--root', root, '--ignore-pattern', '/etc/**']).code).toBe(2);
  });
});

describe('check --stdin --stdin-filename', () => {
  it('lints the text on standard input as that file, the rest from disk, and reports only that file', () => {
    const root = makeProject({
      'content/2026/a.md': message(),
      'content/2026/b.md': message({ date: '2026-03-10T09:00', why: null }),
    });
    const buffer = message({ audience: '[magazjin]' });
    const result = heraldWithInput(['check', '--stdin', '--stdin-filename', 'content/2026/a.md', '--format', 'json'], buffer, root);
    expect(result.code).toBe(1);
    const json = jsonOf(result.stdout, root);
    expect(json.map((r) => r.file)).toEqual(['content/2026/a.md']); // b.md's why-missing is not this buffer's
    expect(json[0]!.messages.map((m) => [m.messageId, m.line, m.column])).toEqual([['unknown-segment', 4, 12]]);
    expect(readFileSync(path.join(root, 'content/2026/a.md'), 'utf8')).toBe(message()); // the disk is left alone

    // The disk's version is clean.
    expect(herald(['check', 'content/2026/a.md'], { cwd: root }).code).toBe(0);
  });

  it('counts the buffer with the messages on disk (frequency-cap), and takes a file that is not saved yet', () => {
    const root = makeProject({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00', title: 'Tweede' }),
    });
    const result = heraldWithInput(
      ['check', '--root', root, '--stdin', '--stdin-filename', path.join(root, 'content/2026/new.md'), '--format', 'json'],
      message({ date: '2026-02-04T09:00', title: 'Derde' }),
      root,
    );
    const json = jsonOf(result.stdout, root);
    expect(json.map((r) => r.file)).toEqual(['content/2026/new.md']);
    expect(json[0]!.messages.map((m) => m.ruleId)).toEqual(['frequency-cap']);
    expect(existsSync(path.join(root, 'content/2026/new.md'))).toBe(false);
  });

  it('reports nothing for an ignored file, as the check on disk does', () => {
    const root = makeProject({ 'content/2026/a.md': message() }, `${PLAN}ignore: [content/**/README.md]\n`);
    const result = heraldWithInput(['check', '--stdin', '--stdin-filename', 'content/README.md', '--format', 'json'], 'Notes.\n', root);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('lints a plan file from standard input', () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    const result = heraldWithInput(
      ['check', '--stdin', '--stdin-filename', 'plans/plan.yaml', '--format', 'json'],
      PLAN.replace('maxPerWeek: 2', 'maxPerWeek: twee'),
      root,
    );
    expect(result.code).toBe(1);
    const json = jsonOf(result.stdout, root);
    expect(json.map((r) => r.file)).toEqual(['plans/plan.yaml']);
    const line = PLAN.split('\n').indexOf('    maxPerWeek: 2') + 1;
    expect(json[0]!.messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([['plan-schema', 'invalid-type', line]]);
  });

  it('needs a file name inside the project that is a message or a plan file (exit 2 with a hint)', () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    const alone = heraldWithInput(['check', '--stdin', '--lang', 'en'], message(), root);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe(
      'herald: --stdin needs --stdin-filename: herald reports the findings under that file.\n  For example: herald check --stdin --stdin-filename content/2026/news.md < draft.md\n',
    );
    const outside = heraldWithInput(['check', '--stdin', '--stdin-filename', 'README.md', '--lang', 'en'], 'x', root);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^herald: README\.md is not a message or a plan file of this project\./);
    expect(heraldWithInput(['check', '--stdin-filename', 'content/2026/a.md'], '', root).code).toBe(2);
    const dutch = heraldWithInput(['check', '--stdin', '--lang', 'nl'], message(), root);
    expect(dutch.stderr).toMatch(/^herald: Geef bij --stdin ook --stdin-filename\./);
  });
});

describe('check --print-config', () => {
  const rulesLine = PLAN.split('\n').length;
  const plan = `${PLAN}rules:\n  hype: error\n  readability: [warn, {minWords: 30}]\n  mix: off\nignore: [content/**/README.md]\n`;

  it("prints each rule with its severity, options and where it was set, in the writer's language", () => {
    const root = makeProject({ 'content/2026/a.md': message({ why: null }) }, plan);
    const result = herald(['check', '--root', root, '--print-config', '--lang', 'en']);
    expect(result.code).toBe(0); // nothing is linted: a.md's why-missing does not count
    const rows = Object.fromEntries(
      result.stdout
        .split('\n')
        .map((l) => l.split(/\s{2,}/))
        .filter((cells) => cells.length >= 3)
        .map((cells) => [cells[0], cells.slice(1)]),
    );
    expect(rows.Rule).toEqual(['Severity', 'Set in', 'Options']);
    expect(rows.hype).toEqual(['error', `plans/plan.yaml:${rulesLine + 1}`, '{"words":[],"allow":[],"acronyms":[]}']);
    expect(rows.readability![0]).toBe('warning');
    expect(rows.readability![1]).toBe(`plans/plan.yaml:${rulesLine + 2}`);
    expect(rows.readability![2]).toContain('"minWords":30');
    expect(rows.mix).toEqual(['off', `plans/plan.yaml:${rulesLine + 3}`, '{"minMessages":3}']);
    expect(rows['why-missing']).toEqual(['error', 'default', '{"minWords":6}']);
    expect(rows['image-alt']).toEqual(['error', 'default', '-']);
    expect(result.stdout).toContain(`content/**/README.md  (plans/plan.yaml:${rulesLine + 4})`);

    const dutch = herald(['check', '--root', root, '--print-config', '--lang', 'nl']).stdout;
    expect(dutch).toMatch(/^Regel\s+Ernst\s+Ingesteld in\s+Opties\n/);
    expect(dutch).toMatch(/\nwhy-missing\s+fout\s+standaard\s+\{"minWords":6\}\n/);
  });

  it('prints JSON with --format json', () => {
    const root = makeProject({ 'content/2026/a.md': message() }, plan);
    const result = herald(['check', '--root', root, '--print-config', '--format', 'json', '--ignore-pattern', 'content/drafts/**']);
    expect(result.code).toBe(0);
    const config = JSON.parse(result.stdout) as { rules: { ruleId: string; severity: string; options: unknown; source: string }[]; ignore: unknown[] };
    const byId = Object.fromEntries(config.rules.map((r) => [r.ruleId, r]));
    expect(config.rules).toHaveLength(22);
    expect(byId.hype).toEqual({
      ruleId: 'hype',
      severity: 'error',
      options: { words: [], allow: [], acronyms: [] },
      source: `plans/plan.yaml:${rulesLine + 1}`,
    });
    expect(byId.mix).toMatchObject({ severity: 'off', source: `plans/plan.yaml:${rulesLine + 3}` });
    expect(byId['goal-inactive']).toEqual({ ruleId: 'goal-inactive', severity: 'warn', options: {}, source: 'default' });
    expect(config.ignore).toEqual([
      { pattern: 'content/**/README.md', source: `plans/plan.yaml:${rulesLine + 4}` },
      { pattern: 'content/drafts/**', source: '--ignore-pattern' },
    ]);
  });
});

describe('check --changed-since', () => {
  /** A git repository with the project in a subfolder, as a monorepo has it. */
  function repo(): { top: string; root: string; git: (...args: string[]) => string } {
    const top = makeProject({}, false);
    const root = path.join(top, 'comms');
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: top, env, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    const files: Record<string, string> = {
      'plans/plan.yaml': PLAN,
      // Wrong from the start, never touched on the branch: not reported.
      'content/2026/old.md': message({ date: '2026-01-05T09:00', why: null }),
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-03-02T09:00', title: 'Tweede' }),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    writeFileSync(path.join(top, 'README.md'), 'repo\n');
    git('add', '-A');
    git('commit', '-qm', 'start');
    return { top, root, git };
  }

  it('reports only the files changed on the branch (committed, uncommitted, untracked), still reading every message', () => {
    const { root, git } = repo();
    git('checkout', '-qb', 'feature');
    writeFileSync(path.join(root, 'content/2026/b.md'), message({ date: '2026-03-02T09:00', title: 'Tweede', audience: '[magazjin]' }));
    git('commit', '-qam', 'b: wrong segment');
    // Uncommitted edit, and a new untracked file that makes a.md's week one too many for magazijn (a.md itself is unchanged).
    writeFileSync(path.join(root, 'content/2026/a.md'), message({ date: '2026-02-02T09:00', extra: 'tags: [app]' }));
    writeFileSync(path.join(root, 'content/2026/c.md'), message({ date: '2026-02-03T09:00', title: 'Derde' }));
    writeFileSync(path.join(root, 'content/2026/d.md'), message({ date: '2026-02-04T09:00', title: 'Vierde' }));
    // The base branch moves on with a change the branch does not have: not the branch's (the merge base counts, as REF... does).
    git('checkout', '-q', 'main');
    writeFileSync(path.join(root, 'content/2026/old.md'), message({ date: '2026-01-05T09:00', why: null, title: 'Oud bericht' }));
    git('add', 'comms/content/2026/old.md');
    git('commit', '-qm', 'main: old.md');
    git('checkout', '-q', 'feature');

    const result = herald(['check', '--root', root, '--changed-since', 'main', '--format', 'json']);
    expect(result.code).toBe(1);
    const json = jsonOf(result.stdout, root);
    expect(json.map((r) => r.file)).toEqual(['content/2026/a.md', 'content/2026/b.md', 'content/2026/c.md', 'content/2026/d.md']);
    const rules = Object.fromEntries(json.map((r) => [r.file, r.messages.map((m) => m.messageId)]));
    expect(rules['content/2026/b.md']).toEqual(['unknown-segment']);
    expect(rules['content/2026/a.md']).toEqual([]);
    expect(json.find((r) => r.file === 'content/2026/d.md')!.messages.map((m) => m.ruleId)).toEqual(['frequency-cap']);
    // old.md still has its why-missing, but it did not change.
    expect(herald(['check', '--root', root, '--format', 'json']).stdout).toContain('old.md');
    expect(result.stdout).not.toContain('old.md');
  });

  it('reports plan-rule findings when the plan file changed', () => {
    const { root, git } = repo();
    const unchanged = herald(['check', '--root', root, '--changed-since', 'HEAD', '--format', 'json']);
    expect(jsonOf(unchanged.stdout, root)).toEqual([]);
    // A goal with no message in its period: goal-uncovered, reported against the plan file.
    writeFileSync(
      path.join(root, 'plans/plan.yaml'),
      PLAN.replace(
        'goals:\n',
        'goals:\n  - id: nieuw-doel\n    title: Een doel zonder berichten\n    from: 2026-02-01\n    until: 2026-02-28\n    measure: Gelezen\n',
      ),
    );
    const changed = jsonOf(herald(['check', '--root', root, '--changed-since', 'HEAD', '--format', 'json']).stdout, root);
    expect(changed.map((r) => r.file)).toEqual(['plans/plan.yaml']);
    expect(changed[0]!.messages.map((m) => m.ruleId)).toContain('goal-uncovered');
    git('add', '-A');
    git('commit', '-qm', 'plan: a new goal');
    // Committed since HEAD~1: still changed.
    expect(jsonOf(herald(['check', '--root', root, '--changed-since', 'HEAD~1', '--format', 'json']).stdout, root).map((r) => r.file)).toEqual([
      'plans/plan.yaml',
    ]);
  });

  it('exits 2 with a hint for a ref git does not know, or outside a git repository', () => {
    const { root } = repo();
    const unknown = herald(['check', '--root', root, '--changed-since', 'no-such-branch', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'herald: git does not know "no-such-branch".\n  Give a branch, tag or commit that exists here, such as origin/main; in CI, fetch it first.\n',
    );
    const plain = makeProject({ 'content/2026/a.md': message() });
    const outside = herald(['check', '--root', plain, '--changed-since', 'main', '--lang', 'en']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^herald: --changed-since needs a git repository/);
  });
});

describe("check --format json (ESLint's shape)", () => {
  it('lists every file checked, clean ones with no messages, and marks front-matter that does not parse as fatal', () => {
    const root = makeProject({
      'content/2026/clean.md': message(),
      'content/2026/broken.md': '---\ntitle: [Nieuwe roosterapp\ndate: 2026-02-02T09:00\n---\nTekst.\n',
    });
    const json = jsonOf(herald(['check', '--root', root, '--format', 'json']).stdout, root);
    expect(json.map((r) => r.file)).toEqual(['content/2026/broken.md', 'content/2026/clean.md', 'plans/plan.yaml']);
    const clean = json.find((r) => r.file === 'content/2026/clean.md')!;
    expect(clean).toMatchObject({ messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 });
    const broken = json.find((r) => r.file === 'content/2026/broken.md')!;
    expect(broken.fatalErrorCount).toBeGreaterThan(0);
    expect(broken.fatalErrorCount).toBe(broken.messages.filter((m) => m.fatal).length);
    expect(broken.messages.filter((m) => m.fatal).every((m) => m.ruleId === 'front-matter' && m.severity === 2)).toBe(true);
    expect(broken.messages.find((m) => m.fatal)).toMatchObject({ line: 2 });
  });

  it('marks a plan file that is not valid YAML as fatal too', () => {
    const root = makeProject({ 'content/2026/a.md': message(), 'plans/extra.yaml': 'mix: {success: 0.2\n' });
    const extra = jsonOf(herald(['check', '--root', root, '--format', 'json']).stdout, root).find((r) => r.file === 'plans/extra.yaml')!;
    expect(extra.messages.map((m) => [m.messageId, m.fatal])).toEqual([['unclosed-mapping', true]]);
    expect(extra.fatalErrorCount).toBe(1);
  });
});

describe('check -o', () => {
  it('says in the writer’s language, with a hint, when the report cannot be written, and exits 2', () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    const missing = path.join(root, 'nergens', 'rapport.txt');
    const nl = herald(['check', '--root', root, '--lang', 'nl', '-o', missing]);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain(`herald kan het rapport niet in ${missing} zetten: de map ${path.join(root, 'nergens')} bestaat niet.`);
    expect(nl.stderr).toContain('Maak de map eerst.');
    expect(nl.stderr).not.toContain('ENOENT');
    const en = herald(['check', '--root', root, '--lang', 'en', '-o', root]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`herald cannot write the report to ${root}: that is a folder.`);
    expect(en.stderr).toContain('Give -o a file name');
  });
});
