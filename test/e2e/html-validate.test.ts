import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { buildSite } from '../../src/pipeline/build.js';
import { buildOptions } from '../helpers/build.js';
import { makeProject, message, PLAN } from '../helpers/project.js';

/**
 * Every page kind herald writes, through html-validate with the project's
 * own configuration (`.htmlvalidate.mjs`, where each rule turned off says
 * why): the example (home, segment, message with and without a picture,
 * archive, goal, campaign, tag, search, 404, and /plan/ with --plan-page), a
 * project whose segment has a second page, and one with `site.brand` (colour,
 * logo) and its /plan/.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'dist/bundle/herald.mjs');
const validator = new HtmlValidate(config);

let work: string;
let out: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'herald-htmlvalidate-'));
  out = path.join(work, 'site');
  const build = spawnSync(process.execPath, [CLI, 'build', '--root', ROOT, '--out', out, '--plan-page'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`herald build failed (exit ${build.status}):\n${build.stderr || build.stdout}`);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

async function problems(site: string, files: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(site, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) found.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return found;
}

describe('html-validate', { timeout: 120_000 }, () => {
  it('finds nothing on any page of the example, of every kind', async () => {
    const files = htmlFiles(out);
    // Every page kind is there to be checked.
    for (const kind of [
      /^index\.html$/,
      /^404\.html$/,
      /^archive\/index\.html$/,
      /^search\/index\.html$/,
      /^segments\/[^/]+\/index\.html$/,
      /^goals\/[^/]+\/index\.html$/,
      /^campaigns\/[^/]+\/index\.html$/,
      /^tags\/[^/]+\/index\.html$/,
      /^2026\/[^/]+\/index\.html$/,
      /^plan\/index\.html$/,
    ]) {
      expect(
        files.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
    }
    expect(await problems(out, files)).toEqual([]);
  });

  it('finds nothing on the pages of a paginated segment', async () => {
    const messages: Record<string, string> = {};
    for (let i = 0; i < 23; i++) {
      messages[`content/2026/bericht-${i}.md`] = message({
        title: `Bericht ${i}`,
        date: `2026-03-${String(1 + i).padStart(2, '0')}T09:00`,
        audience: '[directie]',
      });
    }
    const root = makeProject(
      messages,
      PLAN.replace('  timezone: Europe/Amsterdam', '  timezone: Europe/Amsterdam\n  baseUrl: https://intranet.example/nieuws/'),
    );
    const result = await buildSite(buildOptions(root, { check: false }));
    expect(result.built).toBe(true);
    const site = path.join(root, 'site');
    const files = ['segments/directie/index.html', 'segments/directie/page/2/index.html', 'index.html', '2026/bericht-0/index.html'];
    expect(readFileSync(path.join(site, files[1]!), 'utf8')).toContain('rel="prev"');
    expect(await problems(site, files)).toEqual([]);
  });

  it('finds nothing on any page of a project with a brand colour and a logo, /plan/ included', async () => {
    const root = makeProject(
      {
        'content/2026/bericht-1.md': message({ title: 'Bericht voor het magazijn', date: '2026-03-10T09:00', audience: '[magazijn]' }),
        'content/2026/bericht-2.md': message({ title: 'Bericht voor iedereen', date: '2026-03-12T09:00', audience: 'all', kind: 'change' }),
      },
      PLAN.replace(
        '  timezone: Europe/Amsterdam\n',
        "  timezone: Europe/Amsterdam\n  brand:\n    color: '#8c52bd'\n    logo: assets/logo.svg\n    alt: Vervoer Oost\n",
      ),
    );
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(
      path.join(root, 'assets/logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40"><rect width="80" height="40" rx="6" fill="#fff"/></svg>\n',
    );
    const site = path.join(root, 'site');
    const build = spawnSync(process.execPath, [CLI, 'build', '--root', root, '--plan-page', '--no-check'], { encoding: 'utf8' });
    expect(build.status, build.stderr || build.stdout).toBe(0);
    const files = htmlFiles(site);
    expect(files).toContain('plan/index.html');
    expect(files).toContain('segments/magazijn/index.html');
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('class="site-logo"');
    expect(await problems(site, files)).toEqual([]);
  });
});
