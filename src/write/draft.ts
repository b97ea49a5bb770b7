import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { writeFile as writeFileWithCallback } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { isInside } from '../model/paths.js';
import type { AssetCopy, OutputFile } from '../model/site-output.js';
import { draftFolder, SITE_MARKER, swapFolder } from './folders.js';
import { recoverInterrupted } from './lock.js';
import { claimSpare, keepAsSpare, type SpareClaim } from './spare.js';

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
 * beside it, which the next build clears).
 */
export interface SiteDraft {
  /** The temp folder the new site is written into. */
  dir: string;
  /**
   * Another writer filling `dir` (the search index, written by Pagefind's
   * own process while this one renders and writes pages), started once the
   * draft is ready for it. `commit` and `discard` wait for it, so the folder
   * is never swapped in or removed under a writer that is still busy.
   */
  alongside(write: (dir: string) => Promise<unknown>): void;
  /**
   * Starts writing one file and resolves once there is room for the next: a
   * few writes run at once, so the pages are written while later ones
   * render (and never all held in memory). Rejects if an earlier write failed.
   */
  put(file: OutputFile): Promise<void>;
  /**
   * Keeps a file the spare already holds as it is, as part of the new site
   * (`build --cache`: the same bytes a write would give, see
   * write/manifest.ts). Rejects if the spare has no such file.
   */
  keep(relative: string): Promise<void>;
  /** Finishes the writes, copies the assets, waits for the other writers, then swaps the folder in. On failure, discards. */
  commit(assets: AssetCopy[]): Promise<void>;
  /** Waits for the writes under way and the other writers, then removes the temp folder. */
  discard(): Promise<void>;
}

export interface DraftOptions {
  /**
   * Folders inside the site that another writer fills (`pagefind`): emptied
   * when the draft opens, and left to that writer.
   */
  others?: string[];
  /** The spare, if the build claimed it earlier (with the same `others`); claimed here otherwise. */
  claim?: SpareClaim;
}

export async function startSiteDraft(root: string, out: string, options: DraftOptions = {}): Promise<SiteDraft> {
  const tmp = draftFolder(out);
  const old = swapFolder(out);
  await mkdir(path.dirname(out), { recursive: true });
  await recoverInterrupted(out);
  const spare = options.claim ?? claimSpare(out, options.others);
  if (!(await spare.taken)) await mkdir(tmp);
  // What the spare held that no write has replaced (yet): removed before the swap.
  const leftFiles = new Set<string>();
  const leftDirs = new Set<string>();
  // Folders known to exist, which need no mkdir.
  const dirs = new Set<string>([tmp]);
  // The spare is listed (and made fit to write over) while the check runs and the first bodies render; every write waits for it.
  const ready: Promise<void> = spare.contents.then((contents) => {
    for (const name of contents.files) leftFiles.add(name);
    for (const name of contents.dirs) {
      leftDirs.add(name);
      dirs.add(path.join(tmp, name));
    }
  });
  ready.catch(() => undefined); // awaited by every write, commit and discard

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
  // Bytes of the pages given and not yet written: pages of 100,000 cards (an archive, a tag) are tens of MB each.
  let bytesWaiting = 0;
  let failed: { error: unknown } | undefined;
  /** Starts one write into `relative`; resolves once there is room for the next. */
  const start = async (relative: string, write: (full: string) => Promise<void>, bytes = 0) => {
    if (failed) throw failed.error;
    const full = target(relative);
    bytesWaiting += bytes;
    const job: Promise<void> = (async () => {
      await ready;
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
      .finally(() => {
        writing.delete(job);
        bytesWaiting -= bytes;
      });
    writing.add(job);
    while (writing.size > 0 && (writing.size >= WRITES_AT_ONCE || bytesWaiting > BYTES_AT_ONCE)) await Promise.race(writing);
  };
  const put = (file: OutputFile) => {
    // Encoded now, so the string (two bytes a character once it holds any character past Latin-1) goes while
    // the write waits its turn.
    const data = Buffer.from(file.content);
    return start(file.path, (full) => writePage(full, data), data.length);
  };
  const keep = async (relative: string) => {
    if (failed) throw failed.error;
    await ready;
    // Only a file the spare has: its path is already one the spare's listing gave, inside the folder.
    if (!leftFiles.has(relative)) throw new Error(`the spare has no ${relative} to keep`);
    await claim(relative);
  };

  const discard = async () => {
    await Promise.allSettled([ready, ...writing, ...writers]);
    // Removed, not kept as the spare: whatever made this build fail might be in it.
    await rm(tmp, { recursive: true, force: true });
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
    await ready;
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
    alongside(write) {
      // Started once the draft is ready (the spare's old search index gone); awaited in commit or discard.
      const writer = ready.then(() => write(tmp));
      writer.catch(() => undefined);
      writers.push(writer);
    },
    put,
    keep,
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
export async function writeSite({ root, out, files, assets, finish, others }: WriteInput): Promise<void> {
  const draft = await startSiteDraft(root, out, others ? { others } : {});
  if (finish) draft.alongside(finish);
  try {
    for (const file of files) await draft.put(file);
  } catch (error) {
    await draft.discard();
    throw error;
  }
  await draft.commit(assets);
}

const WRITES_AT_ONCE = 32;
/** More pages wait only while the pages waiting hold less than this (a big page then waits alone). */
const BYTES_AT_ONCE = 32 * 2 ** 20;

/**
 * fs.writeFile with a callback, as a promise: it keeps the main thread busy
 * for less time per file than fs/promises' writeFile (which opens a
 * FileHandle and awaits each step): 3,000 writes of 10 KB next to 0.3 ms of
 * work each took 1.2 s against 1.4 s. The main thread renders the pages.
 */
const writePage = promisify(writeFileWithCallback);
