import { chmod, copyFile, lstat, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync, writeFile as writeFileWithCallback } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../model/errors.js';
import { isInside } from '../model/paths.js';
import type { AssetCopy, OutputFile } from '../model/site-output.js';

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
  /** Finishes the writes, copies the assets, waits for the other writers, then swaps the folder in. On failure, discards. */
  commit(assets: AssetCopy[]): Promise<void>;
  /** Waits for the writes under way and the other writers, then removes the temp folder. */
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
interface SpareContents {
  /** Files, relative paths with forward slashes. */
  files: Set<string>;
  /** Folders, relative, each listed after its parent. */
  dirs: string[];
}

/** The spare's name beside the output folder. */
function spareOf(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.herald-spare`);
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

/** The spare, taken by a build as its draft folder: a rename, then a listing that runs while the build does other work. */
export interface SpareClaim {
  /** Whether there was a spare (it is now the draft folder). */
  taken: Promise<boolean>;
  /** What it holds, once listed and made fit to write over. */
  contents: Promise<SpareContents>;
}

/** The draft folder of this process beside the output folder. */
function draftFolder(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.herald-tmp-${process.pid}`);
}

/**
 * Takes the spare as this build's draft folder, and lists it in the
 * background. Call after `recoverInterrupted(out)`. A build claims it before
 * its check, so the listing runs alongside; `releaseSpare` gives it back if
 * the build stops before writing.
 */
export function claimSpare(out: string, others: string[] = []): SpareClaim {
  const tmp = draftFolder(out);
  const taken = takeSpare(out, tmp);
  const contents = taken.then((took) => (took ? prepareSpare(tmp, others) : { files: new Set<string>(), dirs: [] }));
  contents.catch(() => undefined); // awaited by the draft, or by releaseSpare
  return { taken, contents };
}

/** Gives back a spare that a build claimed but did not write into (it stopped first). */
export async function releaseSpare(out: string, claim: SpareClaim): Promise<void> {
  if (!(await claim.taken.catch(() => false))) return;
  await claim.contents.catch(() => undefined);
  await keepAsSpare(draftFolder(out), out);
}

export async function startSiteDraft(root: string, out: string, options: DraftOptions = {}): Promise<SiteDraft> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const tmp = draftFolder(out);
  const old = path.join(parent, `.${base}.herald-old-${process.pid}`);
  await mkdir(parent, { recursive: true });
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
  let failed: { error: unknown } | undefined;
  /** Starts one write into `relative`; resolves once there is room for the next. */
  const start = async (relative: string, write: (full: string) => Promise<void>) => {
    if (failed) throw failed.error;
    const full = target(relative);
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
      .finally(() => writing.delete(job));
    writing.add(job);
    if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
  };
  const put = (file: OutputFile) => start(file.path, (full) => writePage(full, file.content));

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

/** Renames the spare into place as the draft folder `tmp`; false when there is none. */
async function takeSpare(out: string, tmp: string): Promise<boolean> {
  try {
    await rename(spareOf(out), tmp);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // None (or another build took it first): start from an empty folder.
    if (code === 'ENOENT') return false;
    // In the way of the draft's own name: a leftover recoverInterrupted could not clear.
    throw error;
  }
}

/**
 * Lists the spare (now the draft folder, so no other build touches it) and
 * makes it fit to write over, so that the site comes out as from an empty
 * folder: a file with other hard links is removed (writing over it would
 * change the other copies too, such as a `cp -al` snapshot of a deployed
 * site), files and folders get the permissions new ones get, and the other
 * writers' folders are emptied. A spare with anything but plain files and
 * folders (a symlink could lead a write outside the output folder), or that
 * cannot be made fit, is removed and the draft starts empty.
 */
async function prepareSpare(tmp: string, others: string[]): Promise<SpareContents> {
  const files = new Set<string>();
  const dirs: string[] = [];
  try {
    const mode = await newModes(tmp);
    await Promise.all(others.map((folder) => rm(path.join(tmp, folder), { recursive: true, force: true })));
    // Folders are read in parallel: one at a time, a 10,000-message site took 1.3 s to list, in parallel 0.3 s.
    const walk = async (relative: string): Promise<void> => {
      const folder = relative ? path.join(tmp, relative) : tmp;
      const entries = await readdir(folder, { withFileTypes: true });
      await Promise.all(
        entries.map(async (entry) => {
          const name = relative ? `${relative}/${entry.name}` : entry.name;
          const full = path.join(folder, entry.name);
          if (!entry.isDirectory() && !entry.isFile()) throw new Error(`${name} is neither a file nor a folder`);
          const info = await lstat(full);
          if (entry.isDirectory()) {
            if ((info.mode & 0o7777) !== mode.dir) await chmod(full, mode.dir);
            dirs.push(name);
            return walk(name);
          }
          if (info.nlink > 1) return rm(full);
          if ((info.mode & 0o7777) !== mode.file) await chmod(full, mode.file);
          files.add(name);
        }),
      );
    };
    if (((await lstat(tmp)).mode & 0o7777) !== mode.dir) await chmod(tmp, mode.dir);
    await walk('');
    return { files, dirs };
  } catch {
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    return { files: new Set(), dirs: [] };
  }
}

/**
 * The permissions a new file and a new folder get here (the umask, and any
 * default ACL, decide them): learnt by making one of each, which is exact
 * where `process.umask()` is not.
 */
async function newModes(tmp: string): Promise<{ file: number; dir: number }> {
  const probe = path.join(tmp, '.herald-new-mode');
  await rm(probe, { recursive: true, force: true });
  await writeFile(probe, '');
  const file = (await lstat(probe)).mode & 0o7777;
  await rm(probe);
  await mkdir(probe);
  const dir = (await lstat(probe)).mode & 0o7777;
  await rm(probe, { recursive: true });
  return { file, dir };
}

/**
 * Keeps `dir` (the site a build has just replaced) as the spare, or removes
 * it when there already is one, or when it is not a plain folder (a
 * symlinked `site` is left alone where it points). A `.gitignore` in it
 * keeps it out of `git status`; the next build removes that file with the
 * rest of what the new site does not have.
 */
async function keepAsSpare(dir: string, out: string): Promise<void> {
  const spare = spareOf(out);
  const info = await lstat(dir).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory() || (await lstat(spare).catch(() => undefined))) {
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
  if (finish) draft.alongside(finish);
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
 * `site/` is missing), the previous site is put back. `herald build` does
 * this before its check, so a build that then stops on lint errors still
 * leaves the site in place; a draft does it again right before it creates its
 * temp folder (one directory read), and so refuses to start beside a build
 * that began in the meantime.
 */
export async function recoverInterrupted(out: string): Promise<void> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const names = await readdir(parent).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  // The spare is no leftover: it is there on purpose.
  const leftovers = names.filter(
    (n) => (n.startsWith(`.${base}.herald-tmp-`) || n.startsWith(`.${base}.herald-old-`)) && !n.endsWith(`-${process.pid}`),
  );
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
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * Whether the process has ended but was never reaped (Linux). In a container
 * whose first process does not reap orphans, a killed build stays such a
 * zombie, and every later build would refuse to start.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state …": the command may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
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
