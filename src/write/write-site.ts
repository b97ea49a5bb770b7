import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import { isInside } from '../model/paths.js';
import type { AssetCopy, OutputFile } from '../render/render-site.js';

/** Marks a folder as herald's output, which a build may replace whole. */
export const SITE_MARKER = '.herald-site';

export interface WriteInput {
  root: string;
  /** The output folder, absolute. */
  out: string;
  files: OutputFile[];
  assets: AssetCopy[];
  /** Writes more into the temp folder, alongside the pages, before it is swapped in (the search index). */
  finish?: (dir: string) => Promise<void>;
}

/**
 * A new site being assembled in a sibling temp folder, which replaces the
 * output folder only when complete: a failed or interrupted build leaves the
 * previous site exactly as it was (at worst a stray `.herald-tmp-*` folder
 * beside it, removed by the next build).
 */
export interface SiteDraft {
  /** The temp folder the new site is written into. */
  dir: string;
  /**
   * Another writer filling `dir` (the search index, written by Pagefind's
   * own process while this one renders and writes pages). `commit` and
   * `discard` wait for it, so the folder is never swapped in or removed
   * under a writer that is still busy.
   */
  alongside(writer: Promise<unknown>): void;
  /**
   * Starts writing one file and resolves once there is room for the next: a
   * few writes run at once, so the pages are written while later ones
   * render (and never all held in memory). Rejects if an earlier write failed.
   */
  put(file: OutputFile): Promise<void>;
  /** Finishes the writes, copies the assets, waits for the other writers, then swaps the folder in. On failure, discards. */
  commit(assets: AssetCopy[]): Promise<void>;
  /** Waits for the writes under way and the other writers, then removes the temp folder. */
  discard(): Promise<void>;
}

export async function startSiteDraft(root: string, out: string): Promise<SiteDraft> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const tmp = path.join(parent, `.${base}.herald-tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.herald-old-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await recoverInterrupted(out);
  await mkdir(tmp, { recursive: true });
  const writers: Promise<unknown>[] = [];
  const settleWriters = async () => {
    const settled = await Promise.allSettled(writers);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  };
  const dirs = new Set<string>();
  const target = (relative: string) => {
    const full = path.resolve(tmp, relative);
    // Paths come from validated slugs and content/ paths; this is the last line of defence.
    if (!isInside(tmp, full)) throw new Error(`refusing to write outside the output folder: ${relative}`);
    return full;
  };
  const ensureDir = async (file: string) => {
    const dir = path.dirname(file);
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
  };
  // The writes under way: a few at once, thousands of pages without running out of file handles.
  const writing = new Set<Promise<void>>();
  let failed: { error: unknown } | undefined;
  /** Starts one write into `relative`; resolves once there is room for the next. */
  const start = async (relative: string, write: (full: string) => Promise<void>) => {
    if (failed) throw failed.error;
    const full = target(relative);
    const job: Promise<void> = (async () => {
      await ensureDir(full);
      await write(full);
    })()
      .catch((error: unknown) => {
        failed ??= { error };
      })
      .finally(() => writing.delete(job));
    writing.add(job);
    if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
  };
  const put = (file: OutputFile) => start(file.path, (full) => writeFile(full, file.content));

  const discard = async () => {
    await Promise.allSettled([...writing, ...writers]);
    await rm(tmp, { recursive: true, force: true });
  };

  const commit = async (assets: AssetCopy[]) => {
    for (const a of assets) await start(a.to, (full) => copyFile(path.join(root, a.from), full));
    await Promise.all(writing);
    if (failed) throw failed.error;
    await settleWriters();
    await writeFile(path.join(tmp, SITE_MARKER), 'Built by herald. This whole folder is replaced by the next build.\n');

    const existing = await stat(out).catch(() => undefined);
    if (existing) await rename(out, old);
    try {
      await rename(tmp, out);
    } catch (error) {
      if (existing) await rename(old, out); // put the previous site back
      throw error;
    }
    if (existing) await rm(old, { recursive: true, force: true });
  };

  return {
    dir: tmp,
    alongside(writer) {
      // Awaited in commit or discard; a rejection must not surface as unhandled before then.
      writer.catch(() => undefined);
      writers.push(writer);
    },
    put,
    async commit(assets) {
      try {
        await commit(assets);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    discard,
  };
}

/** The whole site in one go: pages and assets, and `finish` writing more into the temp folder alongside them. */
export async function writeSite({ root, out, files, assets, finish }: WriteInput): Promise<void> {
  const draft = await startSiteDraft(root, out);
  if (finish) draft.alongside(finish(draft.dir));
  try {
    for (const file of files) await draft.put(file);
  } catch (error) {
    await draft.discard();
    throw error;
  }
  await draft.commit(assets);
}

/**
 * Cleans up after a build that was killed: a leftover temp folder is removed,
 * and if it died between its two renames (the previous site sits in
 * `.site.herald-old-<pid>` while `site/` is missing), the previous site is
 * put back. `herald build` does this before its check, so a build that then
 * stops on lint errors still leaves the site in place; a draft does it again
 * right before it creates its temp folder, which costs one directory read.
 */
export async function recoverInterrupted(out: string): Promise<void> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const names = await readdir(parent).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const leftovers = names.filter((n) => n.startsWith(`.${base}.herald-`));
  // A folder of a build that is still running is not a leftover: removing it
  // would break that build halfway (its pid is the folder name's suffix).
  for (const name of leftovers) {
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && isRunning(pid)) {
      throw new UsageError(
        `Another herald build (process ${pid}) is writing ${path.join(parent, base)} right now.`,
        `Wait for it to finish. If no build is running, remove ${path.join(parent, name)}.`,
      );
    }
  }
  for (const name of leftovers) {
    const full = path.join(parent, name);
    if (name.startsWith(`.${base}.herald-old-`) && !(await stat(out).catch(() => undefined))) await rename(full, out);
    else await rm(full, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const WRITES_AT_ONCE = 32;
