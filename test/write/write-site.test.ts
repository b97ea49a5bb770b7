import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SITE_MARKER, startSiteDraft, writeSite } from '../../src/write/write-site.js';

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
      files: [{ path: 'index.html', content: '<p>new</p>' }, { path: '2026/a/index.html', content: '<p>a</p>' }],
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
    expect(readdirSync(root).filter((n) => n.includes('herald-'))).toEqual([]);
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
    draft.alongside(
      (async () => {
        await later(50);
        writeFileSync(path.join(draft.dir, 'late.txt'), 'written after the render failed');
        indexDone = true;
      })(),
    );
    await draft.discard();
    expect(indexDone).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
    expect(readdirSync(root).sort()).toEqual(['site']);
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
