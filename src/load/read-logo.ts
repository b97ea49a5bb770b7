import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { readSvgFile, type TextOverlay } from './read-project.js';

/**
 * What the project holds at the logo's path (a project path, already free of
 * `..`): nothing, a folder, a file whose real place (symlinks followed) is
 * outside the project, or a file, with its text when it is an SVG, which
 * validate/svg-safety.ts judges like any SVG of the site.
 */
export type LogoOnDisk = { state: 'missing' | 'not-a-file' | 'outside' } | { state: 'file'; svg?: string | { error: string } };

export function readLogo(root: string, file: string, overlay?: TextOverlay): LogoOnDisk {
  const full = path.join(root, file);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return { state: 'missing' };
  if (!stat.isFile()) return { state: 'not-a-file' };
  try {
    // A symlink inside the project may point anywhere (a key, /etc/…): publish only what really lies inside.
    const real = realpathSync(full);
    const relative = path.relative(realpathSync(root), real);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { state: 'outside' };
  } catch {
    return { state: 'missing' };
  }
  if (!file.toLowerCase().endsWith('.svg')) return { state: 'file' };
  const svg = readSvgFile(root, file, overlay);
  return { state: 'file', svg: 'error' in svg ? { error: svg.error } : svg.text };
}
