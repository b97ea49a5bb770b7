import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors.js';
import { readProject } from '../../src/load/read-project.js';
import { checkProject, loadProject } from '../../src/pipeline/check.js';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

describe('readProject: the plan files', () => {
  it('reads every *.yaml and *.yml in plans/, sorted by name', async () => {
    const root = makeProject({ 'plans/b.yml': 'goals: []\n', 'plans/c.YAML': 'mix: {}\n' });
    const files = await readProject(root);
    expect(files.root).toBe(path.resolve(root));
    expect(files.planFiles.map((f) => f.file)).toEqual(['plans/b.yml', 'plans/c.YAML', 'plans/plan.yaml']);
    expect(files.planFiles[2]!.text).toBe(PLAN);
  });

  it('leaves out other files, hidden files and sub-folders of plans/', async () => {
    const root = makeProject({
      'plans/README.md': '# Plan\n',
      'plans/.concept.yaml': 'site: {title: Verborgen}\n',
      'plans/plan.yaml.bak': 'x',
      'plans/oud/2025.yaml': 'site: {title: Oud}\n',
    });
    expect((await readProject(root)).planFiles.map((f) => f.file)).toEqual(['plans/plan.yaml']);
  });

  it('throws a UsageError, one line with a hint, when there is no plans/ folder', async () => {
    const root = makeProject({ 'content/2026/app.md': message() }, false);
    const error = await readProject(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/^No plan found: .*plans has no \*\.yaml files\.$/);
    expect((error as UsageError).message).not.toContain('\n');
    expect((error as UsageError).hint).toMatch(/--root DIR/);
  });

  it('throws a UsageError when plans/ has no YAML files', async () => {
    const root = makeProject({ 'plans/README.md': 'todo' }, false);
    await expect(readProject(root)).rejects.toThrow(UsageError);
    await expect(checkProject(root)).rejects.toThrow(/No plan found/);
  });

  it('throws a UsageError when the project folder does not exist', async () => {
    const root = path.join(makeProject({}), 'nope');
    await expect(readProject(root)).rejects.toThrow(UsageError);
    await expect(readProject(root)).rejects.toThrow(/does not exist/);
  });

  it('removes a byte-order mark, so that columns are those an editor shows', async () => {
    const root = makeProject({ 'plans/plan.yaml': `\uFEFF${PLAN}`, 'content/a.md': `\uFEFF${message()}` }, false);
    const files = await readProject(root);
    expect(files.planFiles[0]!.text).toBe(PLAN);
    expect(files.messageFiles[0]!.text).toBe(message());
  });
});

describe('readProject: the content folder', () => {
  it('lists messages in nested folders, sorted, and every asset beside them', async () => {
    const root = makeProject({
      'content/2026/b.md': message(),
      'content/2026/a.md': message(),
      'content/2025/q4/oud.md': message(),
      'content/2026/rooster.jpg': 'jpg',
      'content/2026/bijlagen/plan.pdf': 'pdf',
      'content/LEESMIJ.MD': message(),
    });
    const files = await readProject(root);
    expect(files.messageFiles.map((f) => f.file)).toEqual(['content/2025/q4/oud.md', 'content/2026/a.md', 'content/2026/b.md', 'content/LEESMIJ.MD']);
    expect([...files.contentFiles].sort()).toEqual([
      'content/2025/q4/oud.md',
      'content/2026/a.md',
      'content/2026/b.md',
      'content/2026/bijlagen/plan.pdf',
      'content/2026/rooster.jpg',
      'content/LEESMIJ.MD',
    ]);
    expect(files.messageFiles[1]!.text).toBe(message());
  });

  it('skips hidden files, hidden folders and node_modules at any depth', async () => {
    const root = makeProject({
      'content/2026/app.md': message(),
      'content/2026/.concept.md': message(),
      'content/.git/HEAD.md': 'x',
      'content/2026/.drafts/later.md': message(),
      'content/node_modules/pkg/README.md': '# pkg',
      'content/2026/node_modules/x.md': 'x',
      'content/2026/.DS_Store': 'x',
    });
    const files = await readProject(root);
    expect(files.messageFiles.map((f) => f.file)).toEqual(['content/2026/app.md']);
    expect([...files.contentFiles]).toEqual(['content/2026/app.md']);
  });

  it('is fine without a content folder: no messages', async () => {
    const files = await readProject(makeProject({}));
    expect(files.messageFiles).toEqual([]);
    expect(files.contentFiles.size).toBe(0);
  });

  it('reads many files without running out of file handles', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`content/2026/m${String(i).padStart(3, '0')}.md`] = `---\ntitle: Bericht ${i}\n---\n`;
    const read = await readProject(makeProject(files));
    expect(read.messageFiles).toHaveLength(300);
    expect(read.messageFiles[299]).toEqual({ file: 'content/2026/m299.md', text: '---\ntitle: Bericht 299\n---\n' });
  });

  it('leaves out ignored files everywhere, and lists a file only the overlay has', async () => {
    const root = makeProject({
      'content/2026/a.md': message(),
      'content/README.md': '# map',
      'content/templates/t.md': message(),
      'content/templates/t.png': 'png',
    });
    const ignored = (file: string) => file === 'content/README.md' || file.startsWith('content/templates/');
    const read = await readProject(root, {
      ignored,
      overlay: (f) => (f === 'content/2026/new.md' ? message() : undefined),
      overlayFiles: ['content/2026/new.md'],
    });
    expect(read.messageFiles.map((f) => f.file)).toEqual(['content/2026/a.md', 'content/2026/new.md']);
    expect([...read.contentFiles].sort()).toEqual(['content/2026/a.md', 'content/2026/new.md']);
  });

  it('does not take a folder whose name ends in .md for a message', async () => {
    const root = makeProject({ 'content/2026/app.md/inside.txt': 'x' });
    const read = await readProject(root);
    expect(read.messageFiles).toEqual([]);
    expect([...read.contentFiles]).toEqual(['content/2026/app.md/inside.txt']);
  });
});

describe('loadProject: the first three stages together', () => {
  it('gives the plan, every message and the facts', async () => {
    const root = makeProject({ 'content/2026/a.md': message(), 'content/2026/b.md': message({ date: '2026-02-10T09:00' }), 'content/2026/foto.png': 'png' });
    const project = await loadProject(root);
    expect(project.planDiagnostics).toEqual([]);
    expect(project.plan.segments.map((s) => s.id)).toEqual(['magazijn', 'chauffeurs', 'kantoor', 'directie']);
    expect(project.messages.map((m) => [m.file, m.url])).toEqual([
      ['content/2026/a.md', '/2026/a/'],
      ['content/2026/b.md', '/2026/b/'],
    ]);
    expect(project.facts.published).toHaveLength(2);
    expect(project.facts.contentFiles.has('content/2026/foto.png')).toBe(true);
  });

  it('a byte-order mark does not move any position', async () => {
    const text = message({ audience: '[magazjin]' });
    const [withBom, without] = await Promise.all([
      checkProject(makeProject({ 'content/2026/app.md': `\uFEFF${text}` })),
      checkProject(makeProject({ 'content/2026/app.md': text })),
    ]);
    expect(withBom.diagnostics).toEqual(without.diagnostics);
    expect(withBom.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['4:12 unknown-reference']);
  });
});

describe('the CLI on a folder without a plan', () => {
  it('exits 2 with one line and a hint, and no stack trace', () => {
    const root = makeProject({ 'content/2026/app.md': message() }, false);
    const result = herald(['check', '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^herald: No plan found: /);
    expect(lines.slice(1).every((l) => /^ {2}\S/.test(l))).toBe(true); // only the indented hint follows
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('exits 2 when --root does not exist', () => {
    const result = herald(['check', '--root', path.join(makeProject({}), 'missing')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^herald: The project folder .* does not exist\./);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
