import { copyFile, lstat, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { writeFile as writeFileWithCallback } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
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
  /** The folders `finish` fills (see DraftOptions). */
  others?: string[];
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
  /** Waits for the writes under way and the other writers, then keeps the temp folder as the spare (or removes it). */
  discard(): Promise<void>;
}

/**
 * The previous site, kept beside the output folder (`.site.herald-spare`)
 * after a build swaps in the new one, for the next build to write into.
 *
 * Why keep it rather than delete it: a rebuild then overwrites files and
 * folders that already exist instead of deleting the whole old site and
 * creating every file and folder anew. Deleting a 10,000-message site
 * (22,000 files and folders) took 2.5-5 s on the benchmark machine, and on
 * ext4 without a journal every file created within ~30 s of such a delete
 * is slowed down further (the kernel skips over recently freed inodes one by
 * one): back-to-back builds there got slower with every run.
 */
export interface SpareSurvey {
  /** Files in the spare, relative paths with forward slashes. */
  files: Set<string>;
  /** Folders in the spare, relative, each listed after its parent. */
  dirs: string[];
}

/** The spare's name beside the output folder. */
export function spareOf(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.herald-spare`);
}

/**
 * What the spare holds: `undefined` when there is none, `'unusable'` when it
 * holds anything but plain files and folders (a symlink could lead a write
 * outside the output folder) or cannot be read. Only reads, so a build can
 * start it before anything else and use it when it opens its draft.
 */
export async function surveySpare(out: string): Promise<SpareSurvey | 'unusable' | undefined> {
  const spare = spareOf(out);
  const files = new Set<string>();
  const dirs: string[] = [];
  let usable = true;
  // Folders are read in parallel: one at a time, a 10,000-message site took 1.3 s to list, in parallel 0.3 s.
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(relative ? path.join(spare, relative) : spare, { withFileTypes: true });
    const below: Promise<void>[] = [];
    for (const entry of entries) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        dirs.push(name);
        below.push(walk(name));
      } else if (entry.isFile()) files.add(name);
      else usable = false;
    }
    await Promise.all(below);
  };
  try {
    if (!(await lstat(spare)).isDirectory()) return 'unusable';
    await walk('');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' && dirs.length === 0 && files.size === 0 ? undefined : 'unusable';
  }
  return usable ? { files, dirs } : 'unusable';
}

export interface DraftOptions {
  /** What `surveySpare(out)` found, if the build started it earlier; surveyed here otherwise. */
  spare?: Promise<SpareSurvey | 'unusable' | undefined>;
  /**
   * Folders inside the site that another writer fills (`pagefind`): emptied
   * when the draft opens, and left to that writer.
   */
  others?: string[];
}

export async function startSiteDraft(root: string, out: string, options: DraftOptions = {}): Promise<SiteDraft> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const tmp = path.join(parent, `.${base}.herald-tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.herald-old-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await recoverInterrupted(out);
  const others = options.others ?? [];
  const reused = await reuseSpare(out, tmp, options.spare ?? surveySpare(out));
  if (reused) {
    await Promise.all(others.map((folder) => rm(path.join(tmp, folder), { recursive: true, force: true })));
  } else {
    await mkdir(tmp, { recursive: true });
  }
  // What the spare held that no write has replaced (yet): removed before the swap.
  const leftFiles = new Set(reused?.files);
  const leftDirs = new Set(reused?.dirs);
  const underOthers = (relative: string) => others.some((folder) => relative === folder || relative.startsWith(`${folder}/`));
  for (const name of [...leftFiles].filter(underOthers)) leftFiles.delete(name);
  for (const name of [...leftDirs].filter(underOthers)) leftDirs.delete(name);
  // Folders known to exist, which need no mkdir.
  const dirs = new Set<string>([tmp, ...[...leftDirs].map((d) => path.join(tmp, d))]);

  const writers: Promise<unknown>[] = [];
  const settleWriters = async () => {
    const settled = await Promise.allSettled(writers);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  };
  const target = (relative: string) => {
    const full = path.resolve(tmp, relative);
    // Paths come from validated slugs and content/ paths; this is the last line of defence.
    if (!isInside(tmp, full)) throw new Error(`refusing to write outside the output folder: ${relative}`);
    return full;
  };
  /**
   * Marks `relative` and its folders as part of the new site. Where the spare
   * has a file in the way of a folder this write needs (or a folder where it
   * writes a file), that is removed first.
   */
  const claim = async (relative: string) => {
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const isFile = i === parts.length;
      if (isFile ? leftDirs.has(prefix) : leftFiles.has(prefix)) {
        await rm(path.join(tmp, prefix), { recursive: true, force: true });
        dirs.delete(path.join(tmp, prefix));
        for (const name of [...leftFiles]) if (name === prefix || name.startsWith(`${prefix}/`)) leftFiles.delete(name);
        for (const name of [...leftDirs]) if (name === prefix || name.startsWith(`${prefix}/`)) leftDirs.delete(name);
      }
      if (isFile) leftFiles.delete(prefix);
      else leftDirs.delete(prefix);
    }
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
      const inSite = path.relative(tmp, full).split(path.sep).join('/');
      const fromSpare = leftFiles.has(inSite);
      await claim(inSite);
      await ensureDir(full);
      try {
        await write(full);
      } catch (error) {
        // The spare's copy may refuse to be written over (a read-only asset keeps its mode when copied): write it anew.
        if (!fromSpare) throw error;
        await rm(full, { force: true });
        await write(full);
      }
    })()
      .catch((error: unknown) => {
        failed ??= { error };
      })
      .finally(() => writing.delete(job));
    writing.add(job);
    if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
  };
  const put = (file: OutputFile) => start(file.path, (full) => writePage(full, file.content));

  const discard = async () => {
    await Promise.allSettled([...writing, ...writers]);
    // Whatever it holds, the next build can write over it as over any spare.
    await keepAsSpare(tmp, out);
  };

  /** The spare's files and folders that the new site does not have. */
  const sweep = async () => {
    await Promise.all([...leftFiles].map((name) => rm(path.join(tmp, name), { force: true })));
    // Deepest first, so a folder is empty by the time it is removed.
    for (const name of [...leftDirs].sort((a, b) => b.split('/').length - a.split('/').length)) {
      await rm(path.join(tmp, name), { recursive: true, force: true });
    }
  };

  const commit = async (assets: AssetCopy[]) => {
    for (const a of assets) await start(a.to, (full) => copyFile(path.join(root, a.from), full));
    await Promise.all(writing);
    if (failed) throw failed.error;
    await sweep();
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
    if (existing) await keepAsSpare(old, out);
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

/** Moves the spare into place as the draft folder `tmp`; what it holds, or undefined when there is no usable spare. */
async function reuseSpare(out: string, tmp: string, survey: Promise<SpareSurvey | 'unusable' | undefined>): Promise<SpareSurvey | undefined> {
  const found = await survey;
  const spare = spareOf(out);
  if (found === undefined) return undefined;
  if (found === 'unusable') {
    await rm(spare, { recursive: true, force: true });
    return undefined;
  }
  try {
    await rename(spare, tmp);
  } catch (error) {
    // Another build took it first (or it went away): start from an empty folder.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return found;
}

/**
 * Keeps `dir` (a previous site, or a draft that was not swapped in) as the
 * spare, or removes it when there already is one. A `.gitignore` in it keeps
 * it out of `git status`; the next build removes that file with the rest of
 * what the new site does not have.
 */
async function keepAsSpare(dir: string, out: string): Promise<void> {
  const spare = spareOf(out);
  if (await lstat(spare).catch(() => undefined)) {
    await rm(dir, { recursive: true, force: true });
    return;
  }
  try {
    await writeFile(path.join(dir, '.gitignore'), '# herald keeps the previous site here to build the next one faster; safe to delete.\n*\n');
    await rename(dir, spare);
  } catch {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The whole site in one go: pages and assets, and `finish` writing more into the temp folder alongside them. */
export async function writeSite({ root, out, files, assets, finish, others }: WriteInput): Promise<void> {
  const draft = await startSiteDraft(root, out, others ? { others } : {});
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
 * Cleans up after a build that was killed: a leftover temp folder becomes
 * the spare (or is removed when there is one), and if it died between its
 * two renames (the previous site sits in `.site.herald-old-<pid>` while
 * `site/` is missing), the previous site is put back. `herald build` does this before its check, so a build that then
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
  // The spare is no leftover: it is there on purpose.
  const leftovers = names.filter((n) => n.startsWith(`.${base}.herald-tmp-`) || n.startsWith(`.${base}.herald-old-`));
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
    else await keepAsSpare(full, out);
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

/**
 * fs.writeFile with a callback, as a promise: it keeps the main thread busy
 * for less time per file than fs/promises' writeFile (which opens a
 * FileHandle and awaits each step): 3,000 writes of 10 KB next to 0.3 ms of
 * work each took 1.2 s against 1.4 s. The main thread renders the pages.
 */
const writePage = promisify(writeFileWithCallback);
