import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, message } from '../helpers/project.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * herald as a team that sets `repository` in its package.json would ship it:
 * the bundle with its data, beside that package.json. Its findings link the
 * rule pages there; herald's own package.json (no homepage or repository)
 * gives no link at all.
 */
function packagedHerald(fields: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-pkg-'));
  made.push(dir);
  cpSync(path.join(REPO, 'dist/bundle'), path.join(dir, 'dist/bundle'), { recursive: true });
  cpSync(path.join(REPO, 'data'), path.join(dir, 'data'), { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, ...fields }));
  return path.join(dir, 'dist/bundle/herald.mjs');
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function sarifRules(cli: string, root: string, lang: string) {
  const result = spawnSync(process.execPath, [cli, '--lang', lang, 'check', '--format', 'sarif'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, HERALD_LANG: '' },
  });
  return JSON.parse(result.stdout).runs[0].tool.driver.rules as { id: string; helpUri?: string }[];
}

describe('links to the rule pages, from the package.json herald ships with', () => {
  // A fresh project per test: the helper removes it after each.
  const project = () => makeProject({ 'content/a.md': message({ title: 'EXCLUSIEF!! Nieuwe roosterapp' }) });

  it('links each rule’s page on GitHub when the package.json names the repository, in the writer’s language', () => {
    const cli = packagedHerald({ repository: { type: 'git', url: 'git+https://github.com/example/herald.git' } });
    const root = project();
    const hype = (lang: string) => sarifRules(cli, root, lang).find((r) => r.id === 'hype')!;
    expect(hype('en').helpUri).toBe('https://github.com/example/herald/blob/main/docs/rules/hype.md');
    expect(hype('nl').helpUri).toBe('https://github.com/example/herald/blob/main/docs/rules/nl/hype.md');
  });

  it('gives no link when it names neither homepage nor repository', () => {
    const cli = packagedHerald({ homepage: undefined, repository: undefined });
    for (const rule of sarifRules(cli, project(), 'en')) expect(rule).not.toHaveProperty('helpUri');
  });
});
