// The herald dev benchmark: starts `herald dev` (the real CLI, as a child
// process) on a generated corpus, then saves one message at a time and
// times what a writer waits for: save → `reload` event on /__herald/events →
// the page fetched (as the browser does on the event) and containing the new
// text; the total is "save → served". A save is in place (write the file) or
// atomic (write a temp file beside it, then rename it over the message, as
// many editors do). Edits are `gap` ms apart (default 300), like a writer
// saving now and then, never in one debounced burst. HERALD_BENCH_CLI runs
// another bundle (an older one, for an A/B comparison).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = process.env.HERALD_BENCH_CLI ?? fileURLToPath(new URL('../dist/bundle/herald.mjs', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function get(url) {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function until(probe, timeout, what) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Times `edits` saves (after 2 warm-up saves) on the project at `root`; `args` are extra dev options.
 * `change: 'body'` adds a sentence to the body (front-matter data unchanged); `'title'` changes the
 * title (front-matter data: the facts change). `save: 'atomic'` writes a temp file and renames it.
 * With `gap` over the search delay (1 s), the background search index is rebuilt between edits.
 */
export async function benchDev(root, { edits = 20, args = [], change = 'body', save: saveKind = 'inplace', gap = 300 } = {}) {
  const started = Date.now();
  const child = spawn(process.execPath, [cli, 'dev', '--root', root, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', HERALD_LANG: 'en' },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    const url = await until(() => /serving (\S+)/.exec(out)?.[1], 120_000, 'the URL');
    const startup = Date.now() - started;
    if (!args.includes('--no-search')) await until(() => /search index: [\d,]+ pages/.test(out), 300_000, 'the search index');

    const year = readdirSync(path.join(root, 'content')).sort()[0];
    const files = readdirSync(path.join(root, 'content', year))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .slice(0, edits + 2)
      .map((f) => path.join(root, 'content', year, f));
    const save = [];
    const serve = [];
    const total = [];
    // The server's CPU time (user + system, from /proc) over the counted edits: what one save costs it, whatever the load.
    let cpuBefore;
    for (const [i, file] of files.entries()) {
      const slug = path.basename(file, '.md');
      const events = [];
      let onReload;
      let buffer = '';
      const stream = request(`${url}__herald/events?page=${encodeURIComponent(`/${year}/${slug}/`)}`, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          buffer += chunk;
          for (const m of buffer.matchAll(/^event: (\w+)$/gm)) {
            events.push({ event: m[1], at: process.hrtime.bigint() });
            if (m[1] === 'reload') onReload?.();
          }
          buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
        });
      });
      stream.on('error', () => undefined);
      stream.end();
      await until(() => events.length > 0, 30_000, 'the first event'); // connected: its errors arrived
      const before = events.length;
      const text = readFileSync(file, 'utf8');
      if (i === 2) cpuBefore = cpuMs(child.pid);
      const t0 = process.hrtime.bigint();
      const next =
        change === 'title' ? text.replace(/^title: (.*)$/m, `title: $1, Bewerking ${i}`) : `${text}\nBewerking ${i}: we hebben deze zin toegevoegd.\n`;
      if (saveKind === 'atomic') {
        const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
        writeFileSync(temp, next);
        renameSync(temp, file);
      } else writeFileSync(file, next);
      // As the browser does: the page is fetched the moment the reload event arrives (no polling delay).
      const reloaded = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for the reload event')), 30_000);
        onReload = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      await reloaded;
      onReload = undefined;
      const reload = events.slice(before).find((e) => e.event === 'reload');
      const page = await get(`${url}${year}/${slug}/`);
      const t2 = process.hrtime.bigint();
      if (!page.body.includes(`Bewerking ${i}`)) throw new Error(`the page of ${slug} did not change`);
      stream.destroy();
      if (i >= 2) {
        save.push(Number(reload.at - t0) / 1e6);
        serve.push(Number(t2 - reload.at) / 1e6);
        total.push(Number(t2 - t0) / 1e6);
      }
      await sleep(gap);
    }
    const cpu = (cpuMs(child.pid) - cpuBefore) / save.length;
    return { startup, save, serve, total, cpu };
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.on('exit', r));
  }
}

export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}
