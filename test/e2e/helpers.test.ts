import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.js';

/** The browser helpers themselves: a static host that behaves like a real one, and a clear message without Chromium. */

/** A raw GET, so paths like /../ reach the server as written (fetch would normalise them). */
function get(base: string, rawPath: string): Promise<{ status: number; type: string | undefined; body: string; location: string | undefined }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body, location: res.headers.location }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  let parent: string;
  let server: StaticServer;

  beforeAll(async () => {
    parent = mkdtempSync(path.join(tmpdir(), 'herald-serve-'));
    const dir = path.join(parent, 'site');
    mkdirSync(path.join(dir, '2026/bericht'), { recursive: true });
    mkdirSync(path.join(dir, 'pagefind/index'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>');
    writeFileSync(path.join(dir, '2026/bericht/index.html'), '<h1>bericht</h1>');
    writeFileSync(path.join(dir, '404.html'), '<h1>niet gevonden</h1>');
    writeFileSync(path.join(dir, 'style.css'), 'body{}');
    writeFileSync(path.join(dir, 'feed.xml'), '<feed/>');
    writeFileSync(path.join(dir, 'feed.json'), '{}');
    writeFileSync(path.join(dir, 'pagefind/pagefind.js'), '');
    writeFileSync(path.join(dir, 'pagefind/wasm.nl.pagefind'), '');
    writeFileSync(path.join(dir, 'pagefind/index/nl_1.pf_index'), '');
    writeFileSync(path.join(dir, 'pagefind/pagefind.wasm'), '');
    writeFileSync(path.join(parent, 'secret.txt'), 'outside the site');
    server = await serveStatic(dir);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('listens on a free port of 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(Number(new URL(server.url).port)).toBeGreaterThan(0);
  });

  it('serves index.html for folders, and redirects a folder without its slash', async () => {
    expect(await get(server.url, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<h1>home</h1>' });
    expect(await get(server.url, '/2026/bericht/')).toMatchObject({ status: 200, body: '<h1>bericht</h1>' });
    expect(await get(server.url, '/2026/bericht?x=1')).toMatchObject({ status: 301, location: '/2026/bericht/' });
  });

  it('sends the right content types, Pagefind files included', async () => {
    const types: Record<string, string> = {
      '/style.css': 'text/css; charset=utf-8',
      '/feed.xml': 'application/xml; charset=utf-8',
      '/feed.json': 'application/json; charset=utf-8',
      '/pagefind/pagefind.js': 'text/javascript; charset=utf-8',
      '/pagefind/pagefind.wasm': 'application/wasm',
      '/pagefind/index/nl_1.pf_index': 'application/octet-stream',
      '/pagefind/wasm.nl.pagefind': 'application/octet-stream',
    };
    for (const [url, type] of Object.entries(types)) expect((await get(server.url, url)).type, url).toBe(type);
  });

  it("answers a missing page with the site's 404.html and status 404", async () => {
    expect(await get(server.url, '/2026/weg/')).toMatchObject({ status: 404, type: 'text/html; charset=utf-8', body: '<h1>niet gevonden</h1>' });
  });

  it('never serves a file outside the folder', async () => {
    for (const raw of ['/../secret.txt', '/2026/../../secret.txt', '/%2e%2e/secret.txt', '/2026/%2E%2E%2F..%2Fsecret.txt']) {
      const res = await get(server.url, raw);
      expect(res.status, raw).toBeGreaterThanOrEqual(400);
      expect(res.body, raw).not.toContain('outside the site');
    }
  });
});

describe('launchBrowser', () => {
  it('fails with one line that says what to do when CHROMIUM_PATH names no browser', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const error = await launchBrowser().then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error!.message).toBe('Chromium not found at /nonexistent/chromium: unset CHROMIUM_PATH to use the packaged one (npm install).');
      expect(error!.message).not.toContain('\n');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
