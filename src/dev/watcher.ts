import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isSkipped } from '../load/read-project.js';

/** The folders of a project that `herald dev` watches. */
export const WATCHED = ['content', 'plans', 'theme'] as const;

/**
 * Collects changed paths and runs one rebuild per burst: a rebuild starts
 * `delay` ms after the last change, never two at once, and changes that
 * arrive during a rebuild make one more run afterwards. Errors from `run`
 * go to `onError`, never out of the timer. Pure scheduling, no file system,
 * so it is tested on its own.
 */
export class RebuildQueue {
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly run: (paths: Set<string>) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly delay = 30,
  ) {}

  add(file: string): void {
    if (this.closed) return;
    this.pending.add(file);
    if (this.running) return; // picked up when the current rebuild ends
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Resolves when no rebuild is running or waiting. */
  async idle(): Promise<void> {
    while (this.running || this.timer) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, this.delay));
    }
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.closed || this.pending.size === 0) return;
    const paths = this.pending;
    this.pending = new Set();
    this.running = this.run(paths).catch(this.onError);
    await this.running;
    this.running = undefined;
    if (this.pending.size > 0 && !this.closed) this.timer = setTimeout(() => void this.flush(), this.delay);
  }
}

/**
 * Watches content/, plans/ and theme/ of a project (chokidar, which uses
 * inotify/FSEvents). The root is watched, not the three folders, so a
 * theme/ (or content/) folder created later is seen too; everything else in
 * the root, hidden files (editor swap and temp files) and node_modules are
 * ignored. Our own debounce replaces awaitWriteFinish, which waits too long:
 * every event only names a path, and the rebuild reads what is there then.
 */
export async function watchProject(root: string, onPath: (absolute: string) => void, onError: (error: unknown) => void): Promise<FSWatcher> {
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (file: string) => {
      const relative = path.relative(root, file);
      if (relative === '') return false;
      const top = relative.split(path.sep)[0]!;
      return !(WATCHED as readonly string[]).includes(top) || isSkipped(relative);
    },
  });
  watcher.on('all', (_event, file) => onPath(path.resolve(root, file)));
  watcher.on('error', onError);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return watcher;
}
