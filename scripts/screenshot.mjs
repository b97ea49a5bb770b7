// A picture of a built page, as a reader sees it, for the docs:
//   node scripts/screenshot.mjs <site dir> <url path> <out.png> [light|dark] [width]
//   node scripts/screenshot.mjs site /plan/ docs/plan-dashboard.png light 1280
// Serves the folder on 127.0.0.1 and uses Debian's Chromium (like the browser tests).
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
const [root, url, out, scheme = 'light', widthArg = '1280'] = process.argv.slice(2);
if (!root || !url || !out) {
  console.error('usage: node scripts/screenshot.mjs <site dir> <url path> <out.png> [light|dark] [width]');
  process.exit(2);
}
const dark = scheme === 'dark';
const width = Number(widthArg);
const types = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
const server = http
  .createServer(async (req, res) => {
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
  })
  .listen(0, '127.0.0.1');
await new Promise((r) => server.on('listening', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(`http://127.0.0.1:${server.address().port}${url}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server.close();
