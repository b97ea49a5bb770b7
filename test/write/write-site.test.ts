import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSiteDraft, writeSite } from '../../src/write/draft.js';
import { SITE_MARKER } from '../../src/write/folders.js';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function project(): { root: string; out: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'herald-write-'));
  made.push(root);
  const out = path.join(root, 'site');
  mkdirSync(out);
  writeFileSync(path.join(out, SITE_MARKER), 'old\n');
  writeFileSync(path.join(out, 'index.html'), '<p>previous site</p>');
  return { root, out };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('writeSite: the search index is written alongside the pages', () => {
  it('swaps in pages and the index together', async () => {
    const { root, out } = project();
    await writeSite({
      root,
      out,
      files: [
        { path: 'index.html', content: '<p>new</p>' },
        { path: '2026/a/index.html', content: '<p>a</p>' },
      ],
      assets: [],
      finish: async (dir) => {
        await later(20);
        mkdirSync(path.join(dir, 'pagefind'));
        writeFileSync(path.join(dir, 'pagefind', 'pagefind.js'), '// index');
      },
    });
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>new</p>');
    expect(readFileSync(path.join(out, '2026/a/index.html'), 'utf8')).toBe('<p>a</p>');
    expect(readFileSync(path.join(out, 'pagefind/pagefind.js'), 'utf8')).toBe('// index');
    // The previous site is kept beside it, for the next build to write over.
    expect(readdirSync(root).filter((n) => n.includes('herald-'))).toEqual(['.site.herald-spare']);
    expect(readFileSync(path.join(root, '.site.herald-spare/index.html'), 'utf8')).toBe('<p>previous site</p>');
  });

  it('a failing page write waits for the index writer, then leaves the previous site and no temp folder', async () => {
    const { root, out } = project();
    let indexDone = false;
    await expect(
      writeSite({
        root,
        out,
        files: [{ path: '../escape.html', content: 'x' }],
        assets: [],
        finish: async (dir) => {
          await later(50);
          writeFileSync(path.join(dir, 'late.txt'), 'written after the pages failed');
          indexDone = true;
        },
      }),
    ).rejects.toThrow(/outside the output folder/);
    expect(indexDone).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
    expect(existsSync(path.join(root, 'escape.html'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['site']);
  });

  it('a failing index leaves the previous site as it was', async () => {
    const { root, out } = project();
    await expect(
      writeSite({
        root,
        out,
        files: [{ path: 'index.html', content: '<p>new</p>' }],
        assets: [],
        finish: async () => {
          throw new Error('the search index could not be written');
        },
      }),
    ).rejects.toThrow(/search index/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
    expect(readdirSync(root).sort()).toEqual(['site']);
  });

  it('a discarded draft (a page failed to render) waits for the index writer, then leaves the previous site and no temp folder', async () => {
    const { root, out } = project();
    const draft = await startSiteDraft(root, out);
    let indexDone = false;
    draft.alongside(async (dir) => {
      await later(50);
      writeFileSync(path.join(dir, 'late.txt'), 'written after the render failed');
      indexDone = true;
    });
    await draft.discard();
    expect(indexDone).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
    expect(readdirSync(root).sort()).toEqual(['site']);
  });

  it('does not count a build that ended but was never reaped (a zombie) as running', async () => {
    const { root, out } = project();
    // sh starts a child that exits at once, then becomes a sleep that never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number((await once(parent.stdout!, 'data'))[0].toString().trim());
      const state = () => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
      for (let i = 0; i < 100 && state() !== 'Z'; i++) await later(20);
      expect(state()).toBe('Z');
      mkdirSync(path.join(root, `.site.herald-tmp-${pid}`));
      await writeSite({ root, out, files: [{ path: 'index.html', content: 'new' }], assets: [] });
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    } finally {
      parent.kill();
    }
  });

  it('leaves the folder of a build that is still running alone, and says so', async () => {
    const { root, out } = project();
    // The test runner's parent process is alive, and is not this process.
    const busy = path.join(root, `.site.herald-tmp-${process.ppid}`);
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'index.html'), 'being written');
    await expect(startSiteDraft(root, out)).rejects.toThrow(new RegExp(`Another herald build \\(process ${process.ppid}\\)`));
    expect(readFileSync(path.join(busy, 'index.html'), 'utf8')).toBe('being written');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
  });
});

/** Every file under `dir`, relative, sorted, with its text. */
function contents(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else found[name] = readFileSync(path.join(dir, name), 'utf8');
    }
  };
  walk('');
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every folder under `dir`, relative, sorted. */
function folders(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const name = relative ? `${relative}/${e.name}` : e.name;
      return [name, ...folders(dir, name)];
    })
    .sort();
}

describe('writeSite: the previous site is kept as a spare and written over by the next build', () => {
  const build = (root: string, out: string, files: Record<string, string>, index?: Record<string, string>) =>
    writeSite({
      root,
      out,
      files: Object.entries(files).map(([p, content]) => ({ path: p, content })),
      assets: [],
      ...(index
        ? {
            others: ['pagefind'],
            finish: async (dir: string) => {
              mkdirSync(path.join(dir, 'pagefind'), { recursive: true });
              for (const [name, text] of Object.entries(index)) writeFileSync(path.join(dir, 'pagefind', name), text);
            },
          }
        : {}),
    });

  it('gives exactly the files of the new build: what the spare had and the new site has not is gone, folders included', async () => {
    const { root, out } = project();
    await build(root, out, { 'index.html': 'one', '2026/a/index.html': 'a', '2026/b/index.html': 'b', 'tags/x/index.html': 'x' }, { 'index-1.pf': 'i1' });
    await build(root, out, { 'index.html': 'two', '2026/a/index.html': 'a2' }, { 'index-2.pf': 'i2' });
    // The spare is now the first build's site; the third build writes over it.
    expect(contents(path.join(root, '.site.herald-spare'))['2026/b/index.html']).toBe('b');
    await build(root, out, { 'index.html': 'three', '2026/c/index.html': 'c' }, { 'index-3.pf': 'i3' });
    expect(contents(out)).toEqual({ '.herald-site': expect.any(String), '2026/c/index.html': 'c', 'index.html': 'three', 'pagefind/index-3.pf': 'i3' });
    expect(folders(out)).toEqual(['2026', '2026/c', 'pagefind']);
    // Kept out of git: the spare ignores itself, and the site holds no such file.
    expect(readFileSync(path.join(root, '.site.herald-spare/.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(existsSync(path.join(out, '.gitignore'))).toBe(false);
  });

  it('a build without the search index removes the one the spare had', async () => {
    const { root, out } = project();
    await build(root, out, { 'index.html': 'one' }, { 'index-1.pf': 'i1' });
    await build(root, out, { 'index.html': 'two' }, { 'index-2.pf': 'i2' });
    await build(root, out, { 'index.html': 'three' });
    expect(Object.keys(contents(out))).toEqual(['.herald-site', 'index.html']);
  });

  it('clears a file in the way of a folder, and a folder in the way of a file', async () => {
    const { root, out } = project();
    await build(root, out, { 'index.html': 'one', '2026/a': 'a file', '2026/b/index.html': 'b' });
    await build(root, out, { 'index.html': 'two' });
    await build(root, out, { 'index.html': 'three', '2026/a/index.html': 'now a page', '2026/b': 'now a file' });
    expect(contents(out)).toEqual({ '.herald-site': expect.any(String), '2026/a/index.html': 'now a page', '2026/b': 'now a file', 'index.html': 'three' });
  });

  it('does not write into a spare that holds a symlink: it is removed, and nothing is written through the link', async () => {
    const { root, out } = project();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'herald-elsewhere-'));
    made.push(elsewhere);
    await build(root, out, { 'index.html': 'one' });
    symlinkSync(elsewhere, path.join(root, '.site.herald-spare/2026'));
    await build(root, out, { 'index.html': 'two', '2026/a/index.html': 'a' });
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(contents(out)).toEqual({ '.herald-site': expect.any(String), '2026/a/index.html': 'a', 'index.html': 'two' });
  });

  it('never writes over a file that has other hard links (a cp -al snapshot of a deployed site keeps its bytes)', async () => {
    const { root, out } = project();
    const snapshot = path.join(root, 'deployed.html');
    await build(root, out, { 'index.html': 'one' });
    linkSync(path.join(out, 'index.html'), snapshot);
    await build(root, out, { 'index.html': 'two' });
    await build(root, out, { 'index.html': 'three' });
    expect(readFileSync(snapshot, 'utf8')).toBe('one');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('three');
  });

  it('gives reused files and folders the permissions new ones get', async () => {
    const { root, out } = project();
    const fresh = path.join(root, 'fresh');
    await build(root, fresh, { '2026/a/index.html': 'a' });
    const mode = (p: string) => statSync(p).mode & 0o7777;
    await build(root, out, { '2026/a/index.html': 'one' });
    await build(root, out, { '2026/a/index.html': 'two' });
    const spare = path.join(root, '.site.herald-spare');
    chmodSync(path.join(spare, '2026/a/index.html'), 0o600);
    chmodSync(path.join(spare, '2026/a'), 0o700);
    chmodSync(spare, 0o700);
    await build(root, out, { '2026/a/index.html': 'three' });
    expect(mode(path.join(out, '2026/a/index.html'))).toBe(mode(path.join(fresh, '2026/a/index.html')));
    expect(mode(path.join(out, '2026/a'))).toBe(mode(path.join(fresh, '2026/a')));
    expect(mode(out)).toBe(mode(fresh));
  });

  it("leaves a symlinked output folder's target alone when it replaces the link", async () => {
    const { root, out } = project();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'herald-target-'));
    made.push(elsewhere);
    writeFileSync(path.join(elsewhere, 'index.html'), 'elsewhere');
    rmSync(out, { recursive: true });
    symlinkSync(elsewhere, out);
    await build(root, out, { 'index.html': 'new' });
    expect(readdirSync(elsewhere)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('a leftover temp folder of a killed build becomes the spare when there is none, and is removed when there is one', async () => {
    const { root, out } = project();
    // 4194399 is above any pid a system hands out, so no running build owns it.
    const leftover = path.join(root, '.site.herald-tmp-4194399');
    mkdirSync(path.join(leftover, '2026/half'), { recursive: true });
    writeFileSync(path.join(leftover, '2026/half/index.html'), 'half');
    await build(root, out, { 'index.html': 'new' });
    expect(contents(out)).toEqual({ '.herald-site': expect.any(String), 'index.html': 'new' });
    expect(readdirSync(root).sort()).toEqual(['.site.herald-spare', 'site']);
    mkdirSync(leftover);
    writeFileSync(path.join(leftover, 'index.html'), 'half');
    await build(root, out, { 'index.html': 'newer' });
    expect(readdirSync(root).sort()).toEqual(['.site.herald-spare', 'site']);
    expect(contents(out)).toEqual({ '.herald-site': expect.any(String), 'index.html': 'newer' });
  });
});
