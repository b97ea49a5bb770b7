import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.mjs';
import { waitFor } from '../helpers/dev.js';

/**
 * A `herald build` killed while Pagefind indexes: Pagefind's process (its
 * Node API spawns the binary) must end with the build, not run on.
 */

const CLI = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));

const scratch: string[] = [];
afterEach(() => {
  while (scratch.length) rmSync(scratch.pop()!, { recursive: true, force: true });
});

/** The children of `pid` whose command is Pagefind's binary (`pagefind`, `pagefind_extended`). */
function pagefindChildren(pid: number): number[] {
  return execFileSync('ps', ['-eo', 'pid,ppid,comm'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid, comm]) => Number(ppid) === pid && comm?.startsWith('pagefind'))
    .map(([child]) => Number(child));
}

/** Whether a process still runs (a zombie waiting to be reaped does not). */
function running(pid: number): boolean {
  try {
    const stat = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return stat !== '' && !stat.startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

describe('herald build, killed', () => {
  it('stops Pagefind when it gets SIGTERM while indexing, and dies of that signal', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'herald-signal-'));
    scratch.push(root);
    writeCorpus(root, 500);
    const build = spawn(process.execPath, [CLI, 'build', '--root', root, '--no-check'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    build.stdout.on('data', (d: Buffer) => (output += d.toString()));
    build.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => build.on('exit', (code, signal) => resolve(signal ?? code)));
    const pid = build.pid!;

    const [child] = await waitFor(
      () => {
        if (build.exitCode !== null) throw new Error(`the build ended before Pagefind was seen:\n${output}`);
        const children = pagefindChildren(pid);
        return children.length > 0 ? children : undefined;
      },
      30_000,
      () => `no Pagefind process under ${pid}:\n${output}`,
    );
    // Let it index a little.
    await new Promise((resolve) => setTimeout(resolve, 150));
    build.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(pagefindChildren(pid)).toEqual([]);
    expect(running(child!), `Pagefind (${child}) still runs 1 s after its build was killed`).toBe(false);
  }, 60_000);
});
