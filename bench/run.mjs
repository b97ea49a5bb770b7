// npm run bench: generates deterministic corpora and times `herald check` and
// `herald build` (with and without the search index) on them: wall time of the
// whole command, median of several runs, and peak RSS. Prints Markdown tables
// to paste into docs/benchmarks.md. BENCH_SIZES, BENCH_RUNS and BENCH_ONLY
// (check | cache | build | dev | lsp | compare) narrow it down; `compare` runs bench/compare.mjs (herald
// against Eleventy, Hugo and markdownlint-cli2, see there); BENCH_DEV_SIZE (default 10000) is the
// corpus for the dev benchmark (bench/dev.mjs). BENCH_SIZES=1000,10000,100000 adds the
// large organisation (generated once into bench/.corpus/, then reused while corpus.mjs is unchanged)
// to every part; the build part times it once without search anyway (its target: under 180 s and
// 2 GiB peak RSS; BENCH_LARGE=0 leaves it out);
// `cache` times `herald check --cache` with a warm cache and one changed file.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { ensureCorpus } from './ensure-corpus.mjs';
import { benchDev, percentile } from './dev.mjs';
import { benchLsp } from './lsp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);

function run(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(here, 'measure.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = Number(/HERALD_BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  if (result.status === 2 || Number.isNaN(rss)) throw new Error(`herald ${args[0]} failed: ${result.stderr}`);
  return { ms, rss, stdout: result.stdout };
}

function timeCheck(root) {
  const r = run(['check', '--root', root, '--format', 'json']);
  return { ...r, findings: JSON.parse(r.stdout).reduce((n, f) => n + f.messages.length, 0) };
}

// --no-check: the corpus has a few planted findings; --future: it runs past today.
function timeBuild(root, search) {
  const r = run(['build', '--root', root, '--out', path.join(root, 'site'), '--no-check', '--future', '--lang', 'en', ...(search ? [] : ['--no-search'])]);
  return { ...r, pages: Number(/Built ([\d,]+) pages/.exec(r.stdout)?.[1]?.replaceAll(',', '') ?? NaN) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `herald benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
const only = process.env.BENCH_ONLY;
const row = (label, results, extra) => {
  const times = results.map((r) => r.ms);
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  return `| ${label} | ${s(median(times))} | ${s(Math.min(...times))} | ${s(Math.max(...times))} | ${Math.max(...results.map((r) => r.rss)).toFixed(0)} MiB | ${extra} |`;
};
const selected = (part) => !only || only === part;
/** The large organisation the build is timed on once, whatever BENCH_SIZES says. */
const LARGE = 100000;
const large = selected('build') && process.env.BENCH_LARGE !== '0' && !sizes.includes(LARGE);
if (selected('check') || selected('build') || selected('cache')) for (const size of sizes) ensureCorpus(size);
if (large) ensureCorpus(LARGE);

if (selected('check')) {
  console.log('');
  console.log('herald check --format json');
  console.log('');
  console.log('| messages | median wall time | min | max | peak RSS | findings |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const root = path.join(here, '.corpus', String(size));
    timeCheck(root); // warm the file cache
    const results = Array.from({ length: runs }, () => timeCheck(root));
    console.log(row(size.toLocaleString('en'), results, results[0].findings));
  }
}
if (selected('cache')) {
  console.log('');
  console.log('herald check --cache --format json: a warm cache, one message changed before each run');
  console.log('');
  console.log('| messages | median wall time | min | max | peak RSS | findings |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const root = path.join(here, '.corpus', String(size));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'herald-bench-cache-'));
    const location = path.join(cacheDir, '.herald-cache');
    const cached = () => {
      const r = run(['check', '--root', root, '--format', 'json', '--cache-location', location]);
      return { ...r, findings: JSON.parse(r.stdout).reduce((n, f) => n + f.messages.length, 0) };
    };
    const year = readdirSync(path.join(root, 'content')).sort()[0];
    const file = path.join(root, 'content', year, readdirSync(path.join(root, 'content', year)).sort()[0]);
    const original = readFileSync(file, 'utf8');
    try {
      const cold = cached(); // fills the cache
      const results = Array.from({ length: runs }, (_, i) => {
        appendFileSync(file, `\nEen extra zin voor run ${i}.\n`); // a body edit
        return cached();
      });
      writeFileSync(file, original);
      console.log(row(size.toLocaleString('en'), results, `${results[0].findings} (cold fill: ${(cold.ms / 1000).toFixed(2)} s)`));
    } finally {
      writeFileSync(file, original);
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
}
if (selected('build')) {
  console.log('');
  console.log('herald build --no-check --future [--no-search]');
  console.log('');
  console.log('| messages | search | median wall time | min | max | peak RSS | pages |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const root = path.join(here, '.corpus', String(size));
    for (const search of [false, true]) {
      const results = Array.from({ length: Math.min(runs, 3) }, () => timeBuild(root, search));
      console.log(row(`${size.toLocaleString('en')} | ${search ? 'yes' : 'no'}`, results, results[0].pages));
    }
  }
  if (large) {
    // One run: it takes minutes (and is no faster the second time).
    const result = timeBuild(path.join(here, '.corpus', String(LARGE)), false);
    console.log(row(`${LARGE.toLocaleString('en')} | no`, [result], result.pages));
  }
}
if (selected('dev')) {
  const size = Number(process.env.BENCH_DEV_SIZE ?? 10000);
  const root = path.join(here, '.corpus', `dev-${size}`);
  console.log('');
  console.log(
    `herald dev: save one message → reload event → the page served with the new text (${size.toLocaleString('en')} messages, 20 edits after 2 warm-up edits)`,
  );
  console.log('');
  console.log(
    '| search index | edit | saved | apart | start-up (URL printed) | save → served median | p95 | max | save → reload median | reload → page served median | server CPU per save |',
  );
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [search, change, save, gap] of [
    [true, 'body', 'inplace', 300],
    [false, 'body', 'inplace', 300],
    [false, 'title', 'atomic', 300],
    [false, 'title', 'inplace', 300],
    [true, 'body', 'inplace', 2500],
  ]) {
    writeCorpus(root, size); // edits change the corpus: start from a fresh one
    const r = await benchDev(root, { change, save, gap, args: search ? [] : ['--no-search'] });
    const ms = (x) => `${x.toFixed(0)} ms`;
    console.log(
      `| ${search ? 'yes (background)' : 'no'} | ${change} | ${save === 'atomic' ? 'atomic (temp + rename)' : 'in place'} | ${gap / 1000} s | ${(r.startup / 1000).toFixed(1)} s | ${ms(median(r.total))} | ${ms(percentile(r.total, 0.95))} | ${ms(Math.max(...r.total))} | ${ms(median(r.save))} | ${ms(median(r.serve))} | ${ms(r.cpu)} |`,
    );
  }
}
if (selected('lsp')) {
  const size = Number(process.env.BENCH_DEV_SIZE ?? 10000);
  const root = path.join(here, '.corpus', `lsp-${size}`);
  writeCorpus(root, size);
  const r = await benchLsp(root);
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log('');
  console.log(
    `herald lsp: didChange → publishDiagnostics of that version (${size.toLocaleString('en')} messages, 20 edits each after 2 warm-up edits, 150 ms apart)`,
  );
  console.log('');
  console.log('| edit | median | p95 | max | start-up to first diagnostics | peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, xs] of [
    ['body', r.body],
    ['front-matter (title)', r.frontMatter],
  ]) {
    console.log(
      `| ${label} | ${ms(median(xs))} | ${ms(percentile(xs, 0.95))} | ${ms(Math.max(...xs))} | ${(r.startup / 1000).toFixed(1)} s | ${r.rss.toFixed(0)} MiB |`,
    );
  }
}
if (selected('compare')) {
  // Its own process and sizes (BENCH_COMPARE_BUILD, BENCH_COMPARE_CHECK; BENCH_RUNS as here): see bench/compare.mjs.
  const r = spawnSync(process.execPath, [path.join(here, 'compare.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
