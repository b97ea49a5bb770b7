import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuildOptions, type BuildResult } from '../../src/pipeline/build.js';
import { buildOptions } from '../helpers/build.js';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

/**
 * `herald build --cache` against a full build of the same project, byte for
 * byte, after every kind of change: the cached build writes into `site/`
 * (the spare it reuses holds the site of two builds ago), a build without
 * the cache writes into `full/` each time.
 */

const day = (n: number) => `2026-0${1 + Math.floor((n - 1) / 28)}-${String(1 + ((n - 1) % 28)).padStart(2, '0')}T09:00`;

/** PLAN with room for a message a day in the warehouse (the check passes, so the cached build runs it too). */
const RELAXED = PLAN.replace('maxPerWeek: 2', 'maxPerWeek: 10');

/** 30 messages to the warehouse (two pages of its listing), with tags, links between messages, an image, a `:::for` block. */
function project(): string {
  const files: Record<string, string> = {
    'content/2026/rooster.png': 'not really a png',
    'content/2026/bericht-1.md': message({
      title: 'Bericht 1',
      date: day(1),
      audience: '[magazijn, kantoor]',
      extra: 'tags: [app, rooster]',
      body: 'Lees ook [bericht 2](./bericht-2.md). Zie het rooster:\n\n![Het rooster](./rooster.png)\n\n:::for{segment=magazijn}\nAlleen voor het magazijn.\n:::\n',
    }),
  };
  for (let n = 2; n <= 30; n++) {
    files[`content/2026/bericht-${n}.md`] = message({
      title: `Bericht ${n}`,
      date: day(n),
      audience: n % 3 === 0 ? '[magazijn, chauffeurs]' : '[magazijn]',
      ...(n % 4 === 0 ? { extra: 'tags: [app]' } : {}),
      body: `Dit is bericht ${n}. Je leest hier wat er verandert. ${n > 2 ? `Eerder: [bericht ${n - 1}](./bericht-${n - 1}.md).` : ''}`,
    });
  }
  return makeProject(files, RELAXED);
}

/** Every file under `dir`, relative, with its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else files.set(name, readFileSync(path.join(dir, name), 'latin1'));
    }
  };
  walk('');
  return files;
}

function expectSameFolders(actual: string, expected: string): void {
  const a = tree(actual);
  const b = tree(expected);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...b.keys()].filter((file) => a.get(file) !== b.get(file));
  expect(differing).toEqual([]);
}

const edit = (root: string, file: string, change: (text: string) => string) => {
  const full = path.join(root, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};

/** A cached build into site/ and a full one into full/; both must succeed and give the same folder. */
async function both(root: string, extra: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const cached = await buildSite(buildOptions(root, { cache: { location: path.join(root, '.herald-cache'), version: 'test' }, ...extra }));
  expect(cached.built).toBe(true);
  const full = await buildSite(buildOptions(root, { out: 'full', ...extra }));
  expect(full.built).toBe(true);
  expectSameFolders(path.join(root, 'site'), path.join(root, 'full'));
  expect(cached.pages).toBe(full.pages);
  return cached;
}

const BASE = { baseUrl: 'https://intranet.example/nieuws/' };

/**
 * A cached build keeps what the site of two builds ago holds: three builds
 * with the same options, the third rendering nothing. The first one's result.
 */
async function settled(root: string, extra: Partial<BuildOptions>): Promise<BuildResult> {
  const first = await both(root, extra);
  await both(root, extra);
  expect((await both(root, extra)).rendered).toEqual([]);
  return first;
}

describe('herald build --cache', () => {
  it('gives the bytes of a full build after every kind of change, rendering only what changed', async () => {
    const root = project();
    // No spare yet, then a spare without a manifest of its own: everything renders. Then the spare is the
    // first build's site: nothing changed since, nothing renders.
    expect((await settled(root, BASE)).rendered!.length).toBeGreaterThan(40);

    // A body edit: its page, the listings and feeds that show its card or body, the archive.
    edit(root, 'content/2026/bericht-7.md', (t) => t.replace('Je leest hier wat er verandert.', 'Je leest hier wat er nu verandert.'));
    let result = await both(root, BASE);
    expect(result.rendered).toContain('2026/bericht-7/index.html');
    expect(result.rendered).not.toContain('2026/bericht-8/index.html');
    expect(result.rendered).not.toContain('2026/bericht-12/index.html');
    // Two builds later the spare holds the site from before the edit: the edited page renders again, the others are kept.
    result = await both(root, BASE);
    expect(result.rendered).toContain('2026/bericht-7/index.html');
    expect(result.rendered).not.toContain('2026/bericht-12/index.html');
    expect((await both(root, BASE)).rendered).toEqual([]);

    // A title edit shows on the pages of the messages that list or link to it.
    edit(root, 'content/2026/bericht-2.md', (t) => t.replace('title: Bericht 2', 'title: Bericht twee'));
    await both(root, BASE);
    // A date that moves a message to the other page of a listing.
    edit(root, 'content/2026/bericht-5.md', (t) => t.replace(`date: ${day(5)}`, `date: ${day(29)}`));
    await both(root, BASE);
    // A new message, and a delete (bericht-4 links to bericht-3: that link is left as written now).
    writeFileSync(path.join(root, 'content/2026/nieuw.md'), message({ title: 'Nieuw bericht', date: day(40), body: 'Zie [bericht 1](./bericht-1.md).' }));
    await both(root, BASE);
    rmSync(path.join(root, 'content/2026/bericht-3.md'));
    result = await both(root, { ...BASE, check: false });
    expect(result.rendered).toContain('2026/bericht-4/index.html');
    edit(root, 'content/2026/bericht-4.md', (t) => t.replace('./bericht-3.md', './bericht-5.md'));
    await both(root, BASE);
    // A rename (a new slug): the page moves, and the message that links to it follows.
    renameSync(path.join(root, 'content/2026/bericht-2.md'), path.join(root, 'content/2026/bericht-twee.md'));
    edit(root, 'content/2026/bericht-1.md', (t) => t.replace('./bericht-2.md', './bericht-twee.md'));
    await both(root, BASE);
    edit(root, 'content/2026/bericht-twee.md', (t) => t.replace('title:', 'slug: tweede-bericht\ntitle:'));
    await both(root, BASE);
    // A plan change (a segment's name), a theme, an option.
    writeFileSync(path.join(root, 'plans/plan.yaml'), RELAXED.replace('name: Magazijn', 'name: Het magazijn'));
    await both(root, BASE);
    mkdirSync(path.join(root, 'theme/partials'), { recursive: true });
    writeFileSync(path.join(root, 'theme/style.css'), 'body { color: purple; }\n');
    await both(root, BASE);
    const card = readFileSync(new URL('../../templates/partials/card.eta', import.meta.url), 'utf8');
    writeFileSync(path.join(root, 'theme/partials/card.eta'), card.replace('<p class="summary">', '<p class="summary themed">'));
    result = await both(root, BASE);
    expect(result.rendered).toContain('index.html');
    // With the search index: every body renders for it, the pages are still kept where they can be.
    await both(root, { ...BASE, search: true });
    await both(root, { ...BASE, search: true });
    edit(root, 'content/2026/bericht-11.md', (t) => t.replace('Dit is', 'Hier is'));
    result = await both(root, { ...BASE, search: true });
    expect(result.rendered).toContain('2026/bericht-11/index.html');
    expect(result.rendered).not.toContain('2026/bericht-12/index.html');
    await both(root, { baseUrl: 'https://elders.example/' });
    await both(root, {});
    await both(root, {});
    // --drafts and an earlier build moment change what is on the site (a link to a draft is left as written: --no-check).
    edit(root, 'content/2026/bericht-9.md', (t) => t.replace('title:', 'draft: true\ntitle:'));
    await both(root, { check: false });
    await both(root, { check: false, drafts: true });
    await settled(root, { check: false, future: true, now: Date.parse('2026-01-10T00:00:00Z') });
    await both(root, { check: false, now: Date.parse('2026-01-10T00:00:00Z') });
    // The linked image goes: the link is left as written, the file is no longer copied.
    rmSync(path.join(root, 'content/2026/rooster.png'));
    await both(root, { check: false });
    // --no-check leaves out a message its front-matter breaks, with the reason, as a full build does.
    edit(root, 'content/2026/bericht-12.md', (t) => t.replace('title: Bericht 12\n', ''));
    result = await both(root, { check: false });
    expect(result.skipped).toEqual(['content/2026/bericht-12.md']);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.ruleId}`)).toEqual(['content/2026/bericht-12.md front-matter']);
  });

  it('stays right when a build fails in between, and when someone edits the site', async () => {
    const root = project();
    for (let i = 0; i < 3; i++) await both(root, BASE);

    // The check stops a build: the spare goes back as it was.
    edit(root, 'content/2026/bericht-6.md', (t) => t.replace('Je leest hier', 'Zie [weg](./weg.md). Je leest hier'));
    const stopped = await buildSite(buildOptions(root, { cache: { location: path.join(root, '.herald-cache'), version: 'test' }, ...BASE }));
    expect(stopped.built).toBe(false);
    edit(root, 'content/2026/bericht-6.md', (t) => t.replace('Zie [weg](./weg.md). ', '').replace('Dit is', 'Hier is'));
    await both(root, BASE);

    // A template that fails halfway: the draft (the spare it was writing into) is thrown away.
    mkdirSync(path.join(root, 'theme'), { recursive: true });
    writeFileSync(path.join(root, 'theme/message.eta'), '<% throw new Error("kapot") %>');
    await expect(buildSite(buildOptions(root, { cache: { location: path.join(root, '.herald-cache'), version: 'test' }, ...BASE }))).rejects.toThrow(
      /message\.eta/,
    );
    rmSync(path.join(root, 'theme'), { recursive: true });
    edit(root, 'content/2026/bericht-8.md', (t) => t.replace('Dit is', 'Hier is'));
    await both(root, BASE);
    await both(root, BASE);
    await both(root, BASE);

    // A page edited in the published site (same size, so only its time tells): when that folder is the spare again, the page is written anew.
    const page = path.join(root, 'site/2026/bericht-10/index.html');
    edit(root, 'site/2026/bericht-10/index.html', (t) => t.replace('Bericht 10', 'Bericht XX'));
    const before = statSync(page).size;
    expect(before).toBe(statSync(path.join(root, 'full/2026/bericht-10/index.html')).size);
    await both(root, BASE);
    await both(root, BASE);
  });

  it('keys a first build of many messages once every body has rendered', async () => {
    // More new messages than the build renders ahead of the rest (EARLY_PAGES): their keys are worked out after the pages.
    const files: Record<string, string> = {};
    for (let n = 1; n <= 230; n++) {
      files[`content/2026/b-${n}.md`] = message({
        title: `Bericht ${n}`,
        date: `2026-${String(1 + Math.floor((n - 1) / 28)).padStart(2, '0')}-${String(1 + ((n - 1) % 28)).padStart(2, '0')}T09:00`,
        audience: '[kantoor]',
        body: n > 1 ? `Zie [het vorige](./b-${n - 1}.md).` : 'Het eerste bericht.',
      });
    }
    const root = makeProject(files, RELAXED.replace('maxPerWeek: 4', 'maxPerWeek: 10'));
    const options = { ...BASE, check: false, future: true };
    await settled(root, options);
    edit(root, 'content/2026/b-100.md', (t) => t.replace('title: Bericht 100', 'title: Bericht honderd'));
    const result = await both(root, options);
    expect(result.rendered).toContain('2026/b-100/index.html');
    // It links to b-100, whose address stayed the same: its page stays as it was.
    expect(result.rendered).not.toContain('2026/b-101/index.html');
    expect(result.rendered).not.toContain('2026/b-150/index.html');
  });

  it('is the CLI option --cache, with its file beside the check cache', () => {
    const root = project();
    for (let i = 0; i < 3; i++) {
      const result = herald(['build', '--root', root, '--cache', '--no-search', '--lang', 'en']);
      expect(result.stderr).not.toMatch(/cache/i);
      expect(result.code).toBe(0);
    }
    expect(statSync(path.join(root, '.herald-cache')).isFile()).toBe(true);
    expect(statSync(path.join(root, '.herald-cache-build')).isFile()).toBe(true);
    const folder = path.join(root, 'caches', 'new');
    expect(herald(['build', '--root', root, '--cache-location', `${folder}/`, '--no-search', '--lang', 'en']).code).toBe(0);
    expect(statSync(path.join(folder, '.herald-cache-build')).isFile()).toBe(true);
  });
});
