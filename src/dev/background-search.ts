import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoalescingQueue } from './coalescing-queue.js';

// From dist/dev/ or a chunk of the bundle in dist/bundle/, the worker is the tsc output in dist/dev/.
const SEARCH_WORKER = fileURLToPath(new URL('../dev/search-worker.js', import.meta.url));

export interface SearchSource {
  /** The search records of the whole site (renders every body not cached yet). */
  records(): unknown;
  /** The site's language, for Pagefind's stemming. */
  language(): string;
}

export interface SearchReport {
  indexed?(pages: number, ms: number): void;
  failed(error: unknown): void;
}

/**
 * The Pagefind index of `herald dev`, built in the background `delay` ms
 * after the last rebuild (one at a time, one more if a rebuild ended during
 * it) into a temp folder (`$TMPDIR/herald-dev-*`). A new index replaces the
 * one served at `/pagefind/` only when complete, so search always works,
 * possibly a few seconds behind. Pagefind runs in `search-worker.ts`, a child
 * process in its own process group, which `close` kills (with Pagefind's
 * binary) rather than wait for a whole index.
 */
export class BackgroundSearch {
  private readonly root = mkdtempSync(path.join(tmpdir(), 'herald-dev-'));
  private current: string | undefined;
  private generation = 0;
  private worker: ChildProcess | undefined;
  private closed = false;
  private readonly queue: CoalescingQueue;

  constructor(
    private readonly source: SearchSource,
    private readonly report: SearchReport,
    delay: number,
  ) {
    // index() reports its own failures; onError never hears of one.
    this.queue = new CoalescingQueue(() => this.index(), { delay, onError: (error) => report.failed(error) });
  }

  /** The folder of the last complete index, served at `/pagefind/`. */
  get dir(): string | undefined {
    return this.current;
  }

  /** Index again, `delay` ms from now or after the index under way. */
  schedule(): void {
    this.queue.trigger();
  }

  /** Stops Pagefind if it is running and removes the temp folder. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = this.queue.close();
    if (this.worker?.pid !== undefined) {
      // Stop the indexer and Pagefind's binary (one process group) rather than wait for a whole index.
      try {
        process.kill(-this.worker.pid, 'SIGKILL');
      } catch {
        this.worker.kill('SIGKILL'); // no process groups (Windows)
      }
    }
    await stopped;
    rmSync(this.root, { recursive: true, force: true });
  }

  private async index(): Promise<void> {
    const started = performance.now();
    const dir = path.join(this.root, String(++this.generation));
    try {
      mkdirSync(dir, { recursive: true });
      const recordsFile = path.join(dir, 'records.json');
      writeFileSync(recordsFile, JSON.stringify(this.source.records()));
      const pages = await new Promise<number>((resolve, reject) => {
        // Its own process group (detached), so close() can stop Pagefind's binary with it.
        const child = spawn(process.execPath, [SEARCH_WORKER, dir, this.source.language(), recordsFile], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        this.worker = child;
        let out = '';
        let err = '';
        child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
        child.on('error', reject);
        child.on('exit', (code) => {
          this.worker = undefined;
          if (code === 0) resolve(Number(out.trim()));
          else reject(new Error(`the search index failed: ${err.trim().split('\n')[0] ?? `exit code ${code}`}`));
        });
      });
      if (this.closed) return;
      rmSync(recordsFile, { force: true });
      const old = this.current;
      this.current = dir;
      if (old) rmSync(old, { recursive: true, force: true });
      this.report.indexed?.(pages, performance.now() - started);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      if (!this.closed) this.report.failed(error);
    }
  }
}
