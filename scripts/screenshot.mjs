// Pictures of built pages, as a reader sees them, for the docs. Uses Debian's
// Chromium (like the browser tests; CHROMIUM_PATH for another) and the built
// herald (npm run build first).
//
//   node scripts/screenshot.mjs
//     builds the example into a temporary folder and saves home, a segment page
//     and a message page at 390 and 1280 px, light and dark, as
//     docs/screenshots/<page>-<width>-<scheme>.png (one screen high, not the whole page)
//   node scripts/screenshot.mjs <site dir> <url path> <out.png> [light|dark] [width]
//     one page of a site built already, the whole page long
//     (e.g. node scripts/screenshot.mjs site /plan/ docs/plan-dashboard.png light 1280)
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const types = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };

function serve(root) {
  const server = http.createServer(async (req, res) => {
    let p = decodeURIComponent(req.url.split('?')[0]);
    if (p.endsWith('/')) p += 'index.html';
    try {
      const b = await readFile(path.join(root, p));
      res.writeHead(200, { 'content-type': types[path.extname(p)] ?? 'application/octet-stream' });
      res.end(b);
    } catch {
      res.writeHead(404);
      res.end('nf');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

async function shoot(browser, base, url, out, { scheme = 'light', width = 1280, height = 900, fullPage = false } = {}) {
  const phone = width < 600;
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}${url.replace(/^\//, '')}`);
  // Lazy images below the first screen are not in a one-screen picture; wait for the ones that are.
  await page.evaluate(() =>
    Promise.all([...document.images].filter((i) => !i.complete && i.loading !== 'lazy').map((i) => new Promise((r) => (i.onload = i.onerror = r)))),
  );
  await page.screenshot({ path: out, fullPage });
  await context.close();
}

const [root, url, out, scheme = 'light', widthArg = '1280'] = process.argv.slice(2);
const browser = await launch();
try {
  if (root) {
    if (!url || !out) {
      console.error('usage: node scripts/screenshot.mjs [<site dir> <url path> <out.png> [light|dark] [width]]');
      process.exit(2);
    }
    const server = await serve(root);
    await shoot(browser, `http://127.0.0.1:${server.address().port}/`, url, out, { scheme, width: Number(widthArg), fullPage: true });
    server.close();
  } else {
    const work = mkdtempSync(path.join(tmpdir(), 'herald-shots-'));
    const site = path.join(work, 'site');
    try {
      const build = spawnSync(process.execPath, [path.join(ROOT, 'dist/bundle/herald.mjs'), 'build', '--root', ROOT, '--out', site], { encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`herald build failed:\n${build.stderr || build.stdout}`);
      const server = await serve(site);
      const base = `http://127.0.0.1:${server.address().port}/`;
      const dir = path.join(ROOT, 'docs/screenshots');
      mkdirSync(dir, { recursive: true });
      const pages = [
        ['home', '/'],
        ['segment', '/segments/magazijn/'],
        ['message', '/2026/nieuwe-scanners-vanaf-19-oktober/'],
      ];
      for (const [name, at] of pages) {
        for (const [width, height] of [
          [390, 844],
          [1280, 800],
        ]) {
          for (const s of ['light', 'dark']) {
            const file = path.join(dir, `${name}-${width}-${s}.png`);
            await shoot(browser, base, at, file, { scheme: s, width, height });
            console.log(path.relative(ROOT, file));
          }
        }
      }
      server.close();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
