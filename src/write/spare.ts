import { chmod, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { draftFolder, spareFolder } from './folders.js';

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
export interface SpareContents {
  /** Files, relative paths with forward slashes. */
  files: Set<string>;
  /** Folders, relative, each listed after its parent. */
  dirs: string[];
  /** Per file, its size and modification time (ms) as listed: `build --cache` reuses a file only when both are as its manifest says (write/manifest.ts). */
  stats: Map<string, [size: number, mtimeMs: number]>;
}

/** The spare, taken by a build as its draft folder: a rename, then a listing that runs while the build does other work. */
export interface SpareClaim {
  /** Whether there was a spare (it is now the draft folder). */
  taken: Promise<boolean>;
  /** What it holds, once listed and made fit to write over. */
  contents: Promise<SpareContents>;
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
  const contents = taken.then((took) => (took ? prepareSpare(tmp, others) : { files: new Set<string>(), dirs: [], stats: new Map() }));
  contents.catch(() => undefined); // awaited by the draft, or by releaseSpare
  return { taken, contents };
}

/** Gives back a spare that a build claimed but did not write into (it stopped first). */
export async function releaseSpare(out: string, claim: SpareClaim): Promise<void> {
  if (!(await claim.taken.catch(() => false))) return;
  await claim.contents.catch(() => undefined);
  await keepAsSpare(draftFolder(out), out);
}

/** Renames the spare into place as the draft folder `tmp`; false when there is none. */
async function takeSpare(out: string, tmp: string): Promise<boolean> {
  try {
    await rename(spareFolder(out), tmp);
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
  const stats = new Map<string, [number, number]>();
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
          stats.set(name, [info.size, info.mtimeMs]);
        }),
      );
    };
    if (((await lstat(tmp)).mode & 0o7777) !== mode.dir) await chmod(tmp, mode.dir);
    await walk('');
    return { files, dirs, stats };
  } catch {
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    return { files: new Set(), dirs: [], stats: new Map() };
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
export async function keepAsSpare(dir: string, out: string): Promise<void> {
  const spare = spareFolder(out);
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
