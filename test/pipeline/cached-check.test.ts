import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/pipeline/check.js';
import { checkProjectCached, type CacheOptions } from '../../src/pipeline/cached-check.js';
import type { LangChoice } from '../../src/messages/index.js';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

const at = (day: number, extra: Partial<Parameters<typeof message>[0]> = {}) =>
  message({ title: `Bericht op dag ${day}`, date: `2026-02-${String(day).padStart(2, '0')}T09:00`, ...extra });

/**
 * A project with findings of every kind the cache keeps apart: local
 * (unknown-reference), cross-message (frequency-cap: magazijn takes two a
 * week; duplicate-slug), file-bound (broken-link, once a target goes) and a
 * disable comment.
 */
function project(): string {
  return makeProject({
    'content/2026/a.md': at(2),
    'content/2026/b.md': at(3),
    'content/2026/c.md': at(4),
    'content/2026/d.md': at(16, { body: 'Lees [het eerste bericht](./a.md) eerst. Dan weet je alles over de app en je rooster.' }),
    'content/2026/e.md': at(18, { audience: '[magazjin]' }),
    'content/2026/f.md': at(20, { audience: '[kantoor]', extra: 'slug: zelfde' }),
    'content/2026/g.md': at(23, { audience: '[kantoor]', extra: 'slug: zelfde' }),
    'content/2026/h.md': at(25, {
      audience: '[kantoor]',
      body: 'Lees dit.\n\n<!-- herald-disable-next-line broken-link -->\nZie [weg](./weg.md).\n\nEn [ook weg](./nergens.md).\n',
    }),
  });
}

const EN: LangChoice = { flag: 'en' };

/** The cached check gives exactly what a cold check gives (the JSON the report is made of), and how many files it reused. */
async function expectSameAsCold(root: string, cache: CacheOptions, lang: LangChoice = EN): Promise<number> {
  const cached = await checkProjectCached(root, cache, { lang });
  const cold = await checkProject(root, { lang });
  expect(JSON.stringify(cached.diagnostics)).toBe(JSON.stringify(cold.diagnostics));
  expect(cached.notes).toEqual([]);
  expect(cached.messageCount).toBe(cold.messageCount);
  return cached.reused;
}

const write = (root: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

describe('herald check --cache', () => {
  it('equals a cold check after edits, deletes, renames, plan changes, option changes and a new herald version', async () => {
    const root = project();
    const cache: CacheOptions = { location: path.join(root, '.herald-cache'), version: '1.0.0' };
    const cold = await checkProject(root, { lang: EN });
    // The fixture has what it is meant to have.
    expect(new Set(cold.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['frequency-cap', 'duplicate-slug', 'unknown-reference', 'broken-link']));

    expect(await expectSameAsCold(root, cache)).toBe(0);
    expect(existsSync(cache.location)).toBe(true);
    expect(await expectSameAsCold(root, cache)).toBe(8);

    // A body edit: only that file is parsed again.
    write(root, 'content/2026/b.md', at(3, { body: 'Korter.\n\nNog een [link naar niets](./niets.md).' }));
    expect(await expectSameAsCold(root, cache)).toBe(7);

    // A date edit moves b out of the busy week: frequency-cap on c goes, though c itself did not change.
    write(root, 'content/2026/b.md', at(10));
    expect(await expectSameAsCold(root, cache)).toBe(7);

    // A line above the date of a (which c's finding points to as a related place) moves that place.
    write(root, 'content/2026/b.md', at(3));
    await expectSameAsCold(root, cache);
    write(root, 'content/2026/a.md', at(2).replace('---\n', '---\n# eerst\n'));
    expect(await expectSameAsCold(root, cache)).toBe(7);

    // Deleting a link target: broken-link appears in d, which did not change.
    rmSync(path.join(root, 'content/2026/a.md'));
    expect(await expectSameAsCold(root, cache)).toBe(7);

    // Renaming: the link target is back under its name; the renamed duplicate keeps its slug.
    write(root, 'content/2026/a.md', at(2));
    renameSync(path.join(root, 'content/2026/g.md'), path.join(root, 'content/2026/g2.md'));
    expect(await expectSameAsCold(root, cache)).toBe(6); // a.md and g2.md are new to the cache
    mkdirSync(path.join(root, 'content/2026/sub'));
    renameSync(path.join(root, 'content/2026/h.md'), path.join(root, 'content/2026/sub/h.md'));
    await expectSameAsCold(root, cache);

    // A new asset makes a missing link resolve.
    write(root, 'content/2026/sub/nergens.md', at(27, { audience: '[directie]' }));
    await expectSameAsCold(root, cache);

    // The plan: every file is checked again (magazijn now takes three a week).
    writeFileSync(path.join(root, 'plans/plan.yaml'), PLAN.replace('maxPerWeek: 2', 'maxPerWeek: 3'));
    expect(await expectSameAsCold(root, cache)).toBe(0);
    expect(await expectSameAsCold(root, cache)).toBe(9);

    // Another language for the findings, and another version of herald: nothing is reused.
    expect(await expectSameAsCold(root, cache, { flag: 'nl' })).toBe(0);
    expect(await expectSameAsCold(root, cache, EN)).toBe(0);
    expect(await expectSameAsCold(root, { ...cache, version: '1.0.1' })).toBe(0);
    expect(await expectSameAsCold(root, { ...cache, version: '1.0.1' })).toBe(9);
  });

  it('trusts an unchanged size and time without reading the file, and sees a changed one', async () => {
    const root = project();
    const cache: CacheOptions = { location: path.join(root, '.herald-cache'), version: '1' };
    // Files last changed an hour ago: the cache written now may take them on their size and time.
    const hourAgo = new Date(Date.now() - 3_600_000);
    const files = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((n) => path.join(root, `content/2026/${n}.md`));
    for (const f of files) utimesSync(f, hourAgo, hourAgo);
    await expectSameAsCold(root, cache);
    expect(await expectSameAsCold(root, cache)).toBe(8);
    write(root, 'content/2026/e.md', at(18, { audience: '[magazijn]' }));
    expect(await expectSameAsCold(root, cache)).toBe(7);
    // A checkout (new times, same text) reuses everything after hashing.
    const now = new Date();
    for (const f of files) utimesSync(f, now, now);
    expect(await expectSameAsCold(root, cache)).toBe(8);
  });

  it('ignores a corrupt or foreign cache file, says so, and writes a good one', async () => {
    const root = project();
    const location = path.join(root, '.herald-cache');
    const cache: CacheOptions = { location, version: '1' };
    // Cut short, one entry damaged, someone else's JSON, not JSON at all.
    const damages = [
      (good: string) => good.slice(0, good.length / 2),
      (good: string) => {
        const data = JSON.parse(good) as { files: Record<string, { hash: unknown }> };
        data.files['content/2026/c.md']!.hash = 1;
        return JSON.stringify(data);
      },
      () => '[1,2,3]',
      () => 'null',
      () => '\u0000\u0001',
    ];
    for (const damage of damages) {
      await expectSameAsCold(root, cache);
      writeFileSync(location, damage(readFileSync(location, 'utf8')));
      const cached = await checkProjectCached(root, cache, { lang: EN });
      const cold = await checkProject(root, { lang: EN });
      expect(JSON.stringify(cached.diagnostics)).toBe(JSON.stringify(cold.diagnostics));
      expect(cached.reused).toBe(0);
      expect(cached.notes).toEqual([{ messageId: 'cache-unreadable', data: { file: location } }]);
      expect(await expectSameAsCold(root, cache)).toBe(8);
    }
  });

  it('keeps .herald-cache in a folder given as --cache-location', async () => {
    const root = project();
    const folder = path.join(root, 'tmp-cache');
    mkdirSync(folder);
    await expectSameAsCold(root, { location: folder, version: '1' });
    expect(existsSync(path.join(folder, '.herald-cache'))).toBe(true);
    expect(await expectSameAsCold(root, { location: `${path.join(root, 'new-folder')}/`, version: '1' })).toBe(0);
    expect(existsSync(path.join(root, 'new-folder', '.herald-cache'))).toBe(true);
  });
});

describe('herald check --cache (the CLI)', () => {
  it('writes .herald-cache in the root, and reports the same as without it', () => {
    const root = project();
    const plain = herald(['check', '--root', root, '-f', 'json']);
    const first = herald(['check', '--root', root, '-f', 'json', '--cache']);
    expect(existsSync(path.join(root, '.herald-cache'))).toBe(true);
    const second = herald(['check', '--root', root, '-f', 'json', '--cache']);
    for (const run of [first, second]) {
      expect(run.stdout).toBe(plain.stdout);
      expect(run.code).toBe(plain.code);
      expect(run.stderr).toBe('');
    }
    expect(plain.code).toBe(1);
  });

  it('takes --cache-location ending in a slash as a folder, also one that does not exist yet', () => {
    const root = project();
    const folder = path.join(root, 'caches', 'herald');
    const run = herald(['check', '--root', root, '-f', 'json', '--cache-location', `${folder}/`]);
    expect(run.stderr).toBe('');
    expect(existsSync(path.join(folder, '.herald-cache'))).toBe(true);
  });

  it('says in one line that a damaged cache was not used, and still checks', () => {
    const root = project();
    const location = path.join(root, 'cache.json');
    writeFileSync(location, 'not json');
    const plain = herald(['check', '--root', root, '-f', 'json']);
    const run = herald(['check', '--root', root, '-f', 'json', '--cache-location', location, '--lang', 'en']);
    expect(run.stdout).toBe(herald(['check', '--root', root, '-f', 'json', '--lang', 'en']).stdout);
    expect(run.code).toBe(plain.code);
    expect(run.stderr).toBe(`herald: The cache ${location} could not be read, so every file was checked again. A new cache was written.\n`);
    expect(JSON.parse(readFileSync(location, 'utf8'))).toMatchObject({ magic: 'herald-check-cache' });
  });

  it('says that a cache it cannot write was not kept, and still reports', () => {
    const root = project();
    const blocked = path.join(root, 'a-file');
    writeFileSync(blocked, '');
    const run = herald(['check', '--root', root, '-f', 'json', '--cache-location', path.join(blocked, 'cache'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).not.toHaveLength(0);
    expect(run.stderr).toMatch(/^herald: The cache .*a-file\/cache could not be written \(.+\)\. The check itself is complete\./);
  });
});
