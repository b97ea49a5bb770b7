import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
// The same content types as `herald dev` serves (Pagefind's index files are octet-stream in both).
import { contentType } from '../../src/dev/paths.js';
import { chosenChromium } from './chromium-choice.js';
import type { PackagedChromium } from './packaged-chromium.js';

/**
 * Browser helpers for the end-to-end tests: a headless Chromium (never a
 * Playwright download) and a tiny static server for a built site.
 */

/**
 * Launch Chromium headless: CHROMIUM_PATH, else /usr/bin/chromium when
 * present, else the one in the @sparticuz/chromium devDependency, which the
 * global setup unpacked (test/helpers/packaged-chromium.ts) and which runs
 * with its own libraries and fonts.
 */
export async function launchBrowser(): Promise<Browser> {
  const packaged: PackagedChromium | null = inject('packagedChromium');
  const executablePath = chosenChromium() ?? packaged?.executablePath;
  if (executablePath === undefined || !existsSync(executablePath)) {
    // One line, so a missing browser reads as a setup step, not a Playwright stack.
    const error = new Error(
      executablePath === undefined
        ? `No Chromium: set CHROMIUM_PATH (the one in @sparticuz/chromium runs on x64 Linux only, this is ${process.platform} ${process.arch}).`
        : `Chromium not found at ${executablePath}: unset CHROMIUM_PATH to use the packaged one (npm install).`,
    );
    error.stack = error.message;
    throw error;
  }
  return packaged !== null && executablePath === packaged.executablePath ? launchPackaged(packaged) : launch(executablePath);
}

/** Launch the packaged Chromium with its own libraries and fonts. */
export async function launchPackaged(packaged: PackagedChromium): Promise<Browser> {
  return launch(packaged.executablePath, PACKAGED_GRAPHICS, {
    ...process.env,
    ...packaged.env,
    // Its own libraries first, so the system's (a Debian libnss3, if any) are never picked up instead.
    LD_LIBRARY_PATH: [packaged.env.LD_LIBRARY_PATH, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
  });
}

/**
 * The packaged build draws with SwiftShader (its libGLESv2 and libvk_swiftshader,
 * unpacked next to it), as @sparticuz/chromium configures it: with
 * --disable-gpu it failed full-page screenshots on a loaded machine
 * ("Unable to capture screenshot").
 */
const PACKAGED_GRAPHICS = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--in-process-gpu'];
const SYSTEM_GRAPHICS = ['--disable-gpu'];

function launch(executablePath: string, graphics = SYSTEM_GRAPHICS, env?: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', ...graphics, '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    ...(env && { env }),
  });
}

export interface StaticServer {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serve `dir` on 127.0.0.1 at a free port, as a plain static host would:
 * `index.html` for folders (with a redirect to add the trailing slash), the
 * site's own 404.html with status 404, and nothing outside `dir`.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);

  const send = async (res: ServerResponse, status: number, file: string, head: boolean) => {
    const body = await readFile(file);
    res.writeHead(status, { 'content-type': contentType(file), 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(head ? undefined : body);
  };
  const notFound = async (res: ServerResponse, head: boolean) => {
    const page = path.join(root, '404.html');
    if (existsSync(page)) return send(res, 404, page, head);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(head ? undefined : 'Not found\n');
  };
  const isFile = async (file: string) => (await stat(file).catch(() => undefined))?.isFile() ?? false;
  const isDir = async (file: string) => (await stat(file).catch(() => undefined))?.isDirectory() ?? false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const rawPath = (req.url ?? '/').split(/[?#]/)[0]!;
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    // Refuse traversal outright, whether written plainly or percent-encoded.
    if (pathname.includes('\0') || pathname.split(/[/\\]/).includes('..')) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(head ? undefined : 'Forbidden\n');
      return;
    }
    const file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403);
      res.end();
      return;
    }
    if (await isDir(file)) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${rawPath}/` });
        res.end();
        return;
      }
      const index = path.join(file, 'index.html');
      return (await isFile(index)) ? send(res, 200, index, head) : notFound(res, head);
    }
    return (await isFile(file)) ? send(res, 200, file, head) : notFound(res, head);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
