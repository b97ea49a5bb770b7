// npm run bench: generates deterministic corpora and times `herald check` on
// them (wall time of the whole command, median of several runs, and peak RSS).
// Prints a Markdown table to paste into docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);

function timeCheck(root) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(here, 'measure.mjs'), 'check', '--root', root, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = Number(/HERALD_BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  if (result.status === 2 || Number.isNaN(rss)) throw new Error(`herald check failed: ${result.stderr}`);
  const findings = JSON.parse(result.stdout).reduce((n, f) => n + f.messages.length, 0);
  return { ms, rss, findings };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`herald check benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log('');
console.log('| messages | median wall time | min | max | peak RSS | findings |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of sizes) {
  const root = path.join(here, '.corpus', String(size));
  writeCorpus(root, size);
  timeCheck(root); // warm the file cache
  const results = Array.from({ length: runs }, () => timeCheck(root));
  const times = results.map((r) => r.ms);
  console.log(
    `| ${size.toLocaleString('en')} | ${(median(times) / 1000).toFixed(2)} s | ${(Math.min(...times) / 1000).toFixed(2)} s | ${(Math.max(...times) / 1000).toFixed(2)} s | ${Math.max(...results.map((r) => r.rss)).toFixed(0)} MiB | ${results[0].findings} |`,
  );
}
