import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { injectClient } from '../../src/dev/client.js';
import { diffFindings } from '../../src/dev/findings.js';
import { contentType, insideRoot, resolveRequestPath } from '../../src/dev/paths.js';
import { RebuildQueue } from '../../src/dev/watcher.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

describe('herald dev: request paths', () => {
  it('maps URLs to files inside the site, folders to their index.html', () => {
    expect(resolveRequestPath('/')).toEqual({ kind: 'file', file: 'index.html' });
    expect(resolveRequestPath('/2026/x/?a=1#b')).toEqual({ kind: 'file', file: '2026/x/index.html' });
    expect(resolveRequestPath('/tags/caf%C3%A9/')).toEqual({ kind: 'file', file: 'tags/café/index.html' });
    expect(resolveRequestPath('/style.css')).toEqual({ kind: 'file', file: 'style.css' });
  });

  it('refuses traversal however it is written, NUL and bad escapes', () => {
    for (const url of ['/../etc/passwd', '/a/../../x', '/%2e%2e/etc/passwd', '/%2E%2E%2Fetc', '/a/%2e%2e/%2e%2e/x', '/..%5c..%5cx', '/x%00.html', '/./x']) {
      expect(resolveRequestPath(url), url).toEqual({ kind: 'refused', status: 403 });
    }
    expect(resolveRequestPath('/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
  });

  const made: string[] = [];
  afterEach(() => {
    while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
  });

  it('refuses a symlink that leads out of the served folder', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'herald-paths-'));
    made.push(base);
    mkdirSync(path.join(base, 'root'));
    writeFileSync(path.join(base, 'root/in.txt'), 'in');
    writeFileSync(path.join(base, 'secret.txt'), 'secret');
    symlinkSync(path.join(base, 'secret.txt'), path.join(base, 'root/link.txt'));
    symlinkSync(path.join(base, 'root/in.txt'), path.join(base, 'root/inner-link.txt'));
    expect(insideRoot(path.join(base, 'root'), 'in.txt')).toBeDefined();
    expect(insideRoot(path.join(base, 'root'), 'inner-link.txt')).toBeDefined();
    expect(insideRoot(path.join(base, 'root'), 'link.txt')).toBeUndefined();
    expect(insideRoot(path.join(base, 'root'), 'missing.txt')).toBeUndefined();
  });

  it('serves a file whose name starts with two dots; it is not a way out', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'herald-dots-'));
    made.push(base);
    mkdirSync(path.join(base, 'root'));
    writeFileSync(path.join(base, 'root/..notes.txt'), 'notes');
    expect(resolveRequestPath('/..notes.txt')).toEqual({ kind: 'file', file: '..notes.txt' });
    expect(insideRoot(path.join(base, 'root'), '..notes.txt')).toBe(path.join(realpathSync(base), 'root/..notes.txt'));
    expect(insideRoot(path.join(base, 'root'), '../root/..notes.txt')).toBeDefined();
    expect(insideRoot(path.join(base, 'root'), '..')).toBeUndefined();
  });

  it('knows the content types a site has', () => {
    expect(contentType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('feed.xml')).toBe('application/xml; charset=utf-8');
    expect(contentType('x.PNG')).toBe('image/png');
    expect(contentType('f.woff2')).toBe('font/woff2');
    expect(contentType('doc.pdf')).toBe('application/pdf');
    expect(contentType('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('herald dev: client and findings', () => {
  it('injects the client before </body>', () => {
    const html = injectClient('<html><body><p>x</p></body></html>');
    expect(html).toMatch(/<p>x<\/p><script>[\s\S]*EventSource[\s\S]*<\/script>\n<\/body><\/html>$/);
    // The only `<` inside the script are its own tags: data is passed as JSON with `<` escaped.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('tells new findings from fixed ones', () => {
    const d = (line: number): Diagnostic => ({ ruleId: 'hype', severity: 'warning', file: 'a.md', line, column: 1, message: 'm', url: 'u' });
    expect(diffFindings([d(1), d(2)], [d(2), d(3)])).toEqual({ added: [d(3)], fixed: [d(1)] });
  });
});

describe('herald dev: rebuild queue', () => {
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('debounces a burst of changes into one rebuild', async () => {
    const runs: string[][] = [];
    const queue = new RebuildQueue(async (paths) => void runs.push([...paths].sort()), (e) => { throw e; }, 20);
    for (const p of ['a', 'b', 'a', 'c']) queue.add(p);
    await tick(5);
    queue.add('d');
    await tick(60);
    await queue.idle();
    expect(runs).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('runs once more for changes that arrive during a rebuild, never two at once', async () => {
    const runs: string[][] = [];
    let active = 0;
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    const queue = new RebuildQueue(
      async (paths) => {
        active++;
        expect(active).toBe(1);
        runs.push([...paths]);
        if (runs.length === 1) await first;
        active--;
      },
      (e) => { throw e; },
      10,
    );
    queue.add('a');
    await tick(40);
    queue.add('b');
    queue.add('c');
    await tick(40);
    expect(runs).toEqual([['a']]);
    release();
    await tick(40);
    await queue.idle();
    expect(runs).toEqual([['a'], ['b', 'c']]);
  });

  it('reports a failing rebuild and keeps going', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const queue = new RebuildQueue(async () => {
      calls++;
      if (calls === 1) throw new Error('bad input');
    }, (e) => errors.push(e), 10);
    queue.add('a');
    await tick(40);
    await queue.idle();
    queue.add('b');
    await tick(40);
    await queue.idle();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
