import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../model/paths.js';
import { outputPathOf } from '../model/routes.js';

/** What a request path asks for, once decoded and checked. */
export type RequestedPath =
  { kind: 'file'; /** Inside the site, no leading slash: `2026/x/index.html`, `style.css`. */ file: string } | { kind: 'refused'; status: 400 | 403 };

/**
 * A URL path as a path inside the site, or a refusal. Decoded once (a bad
 * escape is a 400); `..` segments, backslashes and NUL are refused whether
 * written plainly or percent-encoded (`%2e%2e`), before anything touches the
 * file system. Folders get their index.html.
 */
export function resolveRequestPath(url: string): RequestedPath {
  const raw = url.split(/[?#]/)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused', status: 403 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'refused', status: 403 };
  return { kind: 'file', file: outputPathOf(decoded) };
}

/**
 * The real path of `relative` under `root`, if it exists and does not leave
 * it: a symlink that points outside is refused like `..`.
 */
export function insideRoot(root: string, relative: string): string | undefined {
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(path.join(root, relative));
  } catch {
    return undefined;
  }
  return isInside(realRoot, real) ? real : undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
