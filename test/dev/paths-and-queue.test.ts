import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { injectClient } from '../../src/dev/client.js';
import { CoalescingQueue } from '../../src/dev/coalescing-queue.js';
import { diffFindings } from '../../src/dev/findings.js';
import { contentType, insideRoot, resolveRequestPath } from '../../src/dev/paths.js';
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
    const html = injectClient('<html><body><p>x</p></body></html>', 'en');
    expect(html).toMatch(/<p>x<\/p><script>[\s\S]*EventSource[\s\S]*<\/script>\n<\/body><\/html>$/);
    // The only `<` inside the script are its own tags: data is passed as JSON with `<` escaped.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('gives the overlay its words in the writer’s language', () => {
    const words = (lang: 'nl' | 'en') => JSON.parse(/, (\{"one":.*?\})\);<\/script>/.exec(injectClient('<body></body>', lang))![1]!) as Record<string, string>;
    expect(words('nl')).toEqual({ one: 'herald: 1 fout', other: 'herald: {n} fouten', close: 'Sluiten' });
    expect(words('en')).toEqual({ one: 'herald: 1 error', other: 'herald: {n} errors', close: 'Close' });
  });

  it('tells new findings from fixed ones', () => {
    const d = (line: number): Diagnostic => ({ ruleId: 'hype', severity: 'warning', file: 'a.md', line, column: 1, message: 'm', url: 'u' });
    expect(diffFindings([d(1), d(2)], [d(2), d(3)])).toEqual({ added: [d(3)], fixed: [d(1)] });
  });
});

describe('herald dev: the coalescing queue (rebuilds and the search index)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A promise the test settles by hand: a run that takes as long as the test says. */
  const deferred = () => {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
  const noErrors = (error: unknown) => {
    throw error;
  };

  it('debounces a burst of triggers into one run, `delay` ms after the last', async () => {
    const runs: string[][] = [];
    const queue = new CoalescingQueue<string>(async (items) => void runs.push([...items].sort()), { delay: 20, onError: noErrors });
    for (const p of ['a', 'b', 'a', 'c']) queue.add(p);
    await vi.advanceTimersByTimeAsync(15);
    queue.add('d'); // the delay starts again
    await vi.advanceTimersByTimeAsync(19);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([['a', 'b', 'c', 'd']]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(1);
  });

  it('runs on a trigger without items (the search index), with an empty set', async () => {
    const runs: number[] = [];
    const queue = new CoalescingQueue(async (items) => void runs.push(items.size), { delay: 1000, onError: noErrors });
    queue.trigger();
    queue.trigger();
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([0]);
  });

  it('runs once more for triggers during a run, with everything added meanwhile, `delay` ms after it ends', async () => {
    const runs: string[][] = [];
    const first = deferred();
    const queue = new CoalescingQueue<string>(
      async (items) => {
        runs.push([...items]);
        if (runs.length === 1) await first.promise;
      },
      { delay: 10, onError: noErrors },
    );
    queue.add('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toEqual([['a']]);
    queue.add('b');
    await vi.advanceTimersByTimeAsync(500);
    queue.add('c');
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toEqual([['a']]); // not while the first runs
    first.resolve();
    await vi.advanceTimersByTimeAsync(9);
    expect(runs).toEqual([['a']]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([['a'], ['b', 'c']]); // one run for both
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(2);
  });

  it('never runs two at once, however the triggers fall', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const queue = new CoalescingQueue<number>(
      async () => {
        active++;
        most = Math.max(most, active);
        runs++;
        await new Promise((r) => setTimeout(r, 25)); // a run takes 25 ms
        active--;
      },
      { delay: 10, onError: noErrors },
    );
    // Some gaps longer than the delay (a run starts), most shorter than a run (triggers during it).
    for (let i = 0; i < 40; i++) {
      queue.add(i);
      await vi.advanceTimersByTimeAsync(i % 3 === 0 ? 12 : 4);
    }
    await vi.advanceTimersByTimeAsync(1000);
    await queue.idle();
    expect(most).toBe(1);
    expect(runs).toBeGreaterThan(1);
    expect(active).toBe(0);
  });

  it('reports a failing run and keeps going, whether it rejects or throws at once', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const queue = new CoalescingQueue<string>(
      (() => {
        calls++;
        if (calls === 1) return Promise.reject(new Error('bad input'));
        if (calls === 2) throw new Error('thrown before any await');
        return Promise.resolve();
      }) as (items: Set<string>) => Promise<void>,
      { delay: 10, onError: (error) => errors.push(error) },
    );
    for (const p of ['a', 'b', 'c']) {
      queue.add(p);
      await vi.advanceTimersByTimeAsync(10);
      await queue.idle();
    }
    expect(calls).toBe(3);
    expect(errors.map((e) => (e as Error).message)).toEqual(['bad input', 'thrown before any await']);
  });

  it('close() drops what waits for its delay and ignores later triggers', async () => {
    const runs: string[][] = [];
    const queue = new CoalescingQueue<string>(async (items) => void runs.push([...items]), { delay: 10, onError: noErrors });
    queue.add('a');
    await vi.advanceTimersByTimeAsync(5);
    await queue.close();
    queue.add('b');
    queue.trigger();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('close() resolves once the run under way ends, and no run follows it', async () => {
    const runs: string[][] = [];
    const first = deferred();
    const queue = new CoalescingQueue<string>(
      async (items) => {
        runs.push([...items]);
        await first.promise;
      },
      { delay: 10, onError: noErrors },
    );
    queue.add('a');
    await vi.advanceTimersByTimeAsync(10);
    queue.add('b'); // would run after the first
    let closed = false;
    void queue.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(closed).toBe(false);
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([['a']]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('idle() resolves when no run is under way or waiting', async () => {
    const queue = new CoalescingQueue<string>(async () => undefined, { delay: 10, onError: noErrors });
    let idle = false;
    await queue.idle(); // nothing to wait for
    queue.add('a');
    void queue.idle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(9);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toBe(true);
  });
});
