import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.mjs';
import { deriveProjects } from '../../bench/peer-projects.mjs';

/**
 * bench/compare.mjs times herald against Eleventy and Hugo on projects derived
 * from one corpus: the comparison is only fair if they hold the same messages
 * and herald's build runs its check. (The peers themselves are never installed
 * for the tests: their builds are timed by the benchmark only.)
 */

const CLI = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));
const scratch: string[] = [];
afterEach(() => {
  while (scratch.length) rmSync(scratch.pop()!, { recursive: true, force: true });
});

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true }).map(String);

describe('bench/peer-projects.mjs', () => {
  it('gives Eleventy and Hugo every message, with the herald-specific Markdown turned into plain Markdown and HTML', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'herald-peers-'));
    scratch.push(tmp);
    const corpus = path.join(tmp, 'corpus');
    writeCorpus(corpus, 60);
    const projects = deriveProjects(corpus, path.join(tmp, 'projects'));

    const messages = filesUnder(path.join(corpus, 'content')).filter((f) => f.endsWith('.md'));
    expect(projects.count).toBe(60);
    expect(messages).toHaveLength(60);
    for (const message of messages) {
      const eleventy = readFileSync(path.join(projects.eleventy, message), 'utf8');
      const hugo = readFileSync(path.join(projects.hugo, 'content', 'messages', message), 'utf8');
      expect(hugo).toBe(eleventy);
      expect(eleventy).not.toMatch(/^:::/m);
      expect(eleventy).not.toMatch(/\]\(\.\.\/\d{4}\/[^)]+\.md\)/);
    }
    const all = messages.map((m) => readFileSync(path.join(projects.eleventy, m), 'utf8')).join('\n');
    expect(all).toMatch(/<section class="for" data-segment="[a-z-]+">/);
    expect(all).toMatch(/\]\(\/\d{4}\/[a-z0-9-]+\/\)/);
  });

  it("builds herald's copy with the check on: the corpus's frequency-cap errors are warnings there, and every message has its page", () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'herald-peers-'));
    scratch.push(tmp);
    const corpus = path.join(tmp, 'corpus');
    writeCorpus(corpus, 300);
    // A tighter budget than the generator's, so that 300 messages overrun it as the 4,000 of the benchmark do.
    const plan = path.join(corpus, 'plans', 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replaceAll('maxPerWeek: 12', 'maxPerWeek: 3'));
    const projects = deriveProjects(corpus, path.join(tmp, 'projects'));

    const findings = (root: string) => {
      const r = spawnSync(process.execPath, [CLI, 'check', '--root', root, '--format', 'json'], { encoding: 'utf8' });
      return (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[]).flatMap((f) => f.messages);
    };
    const build = (root: string, out: string) =>
      spawnSync(process.execPath, [CLI, 'build', '--root', root, '--out', out, '--future', '--no-search', '--lang', 'en'], { encoding: 'utf8' });

    // The corpus as generated has frequency-cap errors, which stop a build that checks.
    expect(
      findings(corpus)
        .filter((m) => m.severity === 2)
        .map((m) => m.ruleId),
    ).toContain('frequency-cap');
    const stopped = build(corpus, path.join(tmp, 'stopped'));
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toMatch(/error\s+frequency-cap/);

    // herald's copy: the same findings, as warnings; the build checks and goes on.
    const copy = findings(projects.herald);
    expect(copy.filter((m) => m.severity === 2)).toEqual([]);
    expect(copy.filter((m) => m.ruleId === 'frequency-cap').length).toBe(findings(corpus).filter((m) => m.ruleId === 'frequency-cap').length);
    const out = path.join(tmp, 'site');
    const built = build(projects.herald, out);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/^Built \d+ pages from 300 messages/m);
    for (const message of filesUnder(path.join(projects.eleventy)).filter((f) => /^\d{4}\/.+\.md$/.test(f))) {
      expect(existsSync(path.join(out, message.replace(/\.md$/, ''), 'index.html'))).toBe(true);
    }
  });
});
