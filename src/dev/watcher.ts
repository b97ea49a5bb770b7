import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isSkipped } from '../load/read-project.js';

/** The folders of a project that `herald dev` watches. */
export const WATCHED = ['content', 'plans', 'theme'] as const;

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
