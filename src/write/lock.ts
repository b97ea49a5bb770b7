import { readdir, rename, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import { draftPrefix, swapPrefix } from './folders.js';
import { keepAsSpare } from './spare.js';

/*
 * The lock is a build's own folders beside the output folder: each ends in
 * the pid of its build (`.site.herald-tmp-<pid>`, `.site.herald-old-<pid>`,
 * see folders.ts), so a build that finds one of a process still running
 * refuses to start, and one of a process that is gone is a leftover to
 * recover. No lock file: the folders are there anyway, and a killed build
 * cannot leave a lock behind that outlives its pid.
 */

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
  const leftovers = names.filter((n) => (n.startsWith(draftPrefix(out)) || n.startsWith(swapPrefix(out))) && !n.endsWith(`-${process.pid}`));
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
    if (name.startsWith(swapPrefix(out)) && !(await stat(out).catch(() => undefined))) await rename(full, out);
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
