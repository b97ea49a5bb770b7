// node bench/build-stages.mjs ROOT [RUNS] [--search]: where `herald build`
// spends its time, stage by stage, in one process: load (read, parse,
// validate, facts), check (every rule), render + write (every page rendered
// and handed to the draft as it renders), finish (the last writes, assets,
// the swap). Wall and CPU time (user + sys of this process: the file system's
// threads count, a Pagefind child does not) per stage, from buildSite's own
// progress callback, so the boundaries are exact. Uses dist/ (npm run build
// first); the bundled CLI's start-up is measured apart (see the end).
//
// Each run builds into a fresh folder under the OS temp folder (no spare), as
// bench/compare.mjs does: the first build (cold code, as every CLI run), and
// the median per stage over RUNS (default 3) more in the same process (warm).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--') && Number.isNaN(Number(a)));
const runs = Number(args.find((a) => !Number.isNaN(Number(a))) ?? 3);
const search = args.includes('--search');
if (!root) {
  console.error('usage: node bench/build-stages.mjs ROOT [RUNS] [--search]');
  process.exit(2);
}
const { buildSite } = await import('../dist/pipeline/build.js');

const STAGES = ['load', 'check', 'render + write', 'finish'];
const NEXT = { 'build-checking': 'check', 'build-rendering': 'render + write', 'build-finishing': 'finish', 'build-search-index': 'finish' };

async function once() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'herald-stages-'));
  const marks = [{ stage: 'load', at: performance.now(), cpu: process.cpuUsage() }];
  try {
    const result = await buildSite({
      root,
      out: path.join(tmp, 'site'),
      drafts: false,
      future: true,
      search,
      check: true,
      now: Date.now(),
      generator: 'herald bench',
      progress: (stage) => marks.push({ stage: NEXT[stage], at: performance.now(), cpu: process.cpuUsage() }),
    });
    marks.push({ stage: 'end', at: performance.now(), cpu: process.cpuUsage() });
    if (!result.built) throw new Error(`not built: ${result.diagnostics.filter((d) => d.severity === 'error').length} errors`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const out = {};
  for (let i = 0; i + 1 < marks.length; i++) {
    const cpu = marks[i + 1].cpu.user + marks[i + 1].cpu.system - marks[i].cpu.user - marks[i].cpu.system;
    out[marks[i].stage] = { wall: marks[i + 1].at - marks[i].at, cpu: cpu / 1000 };
  }
  return out;
}

// The first run is what the CLI does every time: its code still cold (interpreted, then compiled as it runs).
const cold = await once();
const results = [];
for (let i = 0; i < runs; i++) results.push(await once());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `herald build stages, ${root}, ${runs} runs after a warm-up, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log('');
console.log('| stage | cold (first build) wall | CPU | warm (median of the next) wall | CPU |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const stage of STAGES) {
  const xs = results.map((r) => r[stage]).filter(Boolean);
  if (xs.length && cold[stage]) {
    console.log(`| ${stage} | ${s(cold[stage].wall)} | ${s(cold[stage].cpu)} | ${s(median(xs.map((x) => x.wall)))} | ${s(median(xs.map((x) => x.cpu)))} |`);
  }
}

// The bundled CLI's start-up: `herald build` on a folder without a plan loads
// the build command's chunk and stops at once with its usage error.
const empty = mkdtempSync(path.join(tmpdir(), 'herald-empty-'));
const startups = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [path.join(here, '..', 'dist', 'bundle', 'herald.mjs'), 'build', '--root', empty], { encoding: 'utf8' });
  startups.push(performance.now() - t);
}
rmSync(empty, { recursive: true, force: true });
console.log('');
console.log(`Start-up of the bundled CLI (\`herald build\` without a plan, process start to exit, median of 5): ${s(median(startups))}`);
