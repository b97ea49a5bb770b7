// node bench/compare.mjs (or BENCH_ONLY=compare npm run bench): herald against
// its peers on the same Markdown, the issue-19 targets.
//
// - Build: `herald build --no-search` (every check rule runs first) against
//   Eleventy 3.1.8 and Hugo, for each size in BENCH_COMPARE_BUILD (default
//   4000). Goals: herald faster than Eleventy, within 3× of Hugo.
// - Check: `herald check --format json` against markdownlint-cli2 0.24.1 with
//   its default rules over the same content/, for each size in
//   BENCH_COMPARE_CHECK (default 10000). Goal: herald at most a fifth.
//
// herald is the bundled CLI a user runs (dist/bundle/herald.mjs; `npm run
// build` first). The tools run alternated (A, B, C, A, B, C, …) BENCH_RUNS
// times (default 5) after one untimed warm-up each, so drift in the machine's
// load falls on all of them alike; each run is a clean build into an emptied
// folder. Reported per tool: median, min and max wall time, median CPU time
// (user + sys, children included) and peak RSS from GNU time, the 1-minute load
// average before each run; then the ratios, both as the median of each
// round's ratio and as the ratio of the medians. BENCH_SEARCH=1 adds the builds
// with a search index (herald's own Pagefind records; the peers followed by the
// Pagefind CLI). herald does not reap its Pagefind process before it exits, so
// GNU time does not count that process's CPU time in herald's rows with
// search; their wall time is whole.
//
// Eleventy and markdownlint-cli2 are installed by this script into
// bench/.compare/tools (git-ignored, never in package.json); Hugo is the
// system's (`apt-get install -y hugo`), and its rows are left out with that
// hint when it is missing. The derived projects are in bench/peer-projects.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './ensure-corpus.mjs';
import { deriveProjects } from './peer-projects.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(here);
const work = path.join(here, '.compare');
const list = (text) => text.split(',').filter(Boolean).map(Number);
const buildSizes = list(process.env.BENCH_COMPARE_BUILD ?? '4000');
const checkSizes = list(process.env.BENCH_COMPARE_CHECK ?? '10000');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const withSearch = process.env.BENCH_SEARCH === '1';

const heraldCli = path.join(repo, 'dist', 'bundle', 'herald.mjs');
const pagefindCli = path.join(repo, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const toolsDir = path.join(work, 'tools');
const TOOLS = { '@11ty/eleventy': '3.1.8', 'markdownlint-cli2': '0.24.1' };
const eleventyCli = path.join(toolsDir, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const markdownlintCli = path.join(toolsDir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

// ---------------------------------------------------------------- tools

const installedVersion = (name) => {
  const file = path.join(toolsDir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
};

function ensureTools() {
  const missing = Object.entries(TOOLS).filter(([name, version]) => installedVersion(name) !== version);
  if (missing.length === 0) return;
  const specs = Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`);
  console.error(`Installing ${specs.join(', ')} into ${path.relative(repo, toolsDir)} (outside herald's package.json) …`);
  mkdirSync(toolsDir, { recursive: true });
  execFileSync('npm', ['install', '--prefix', toolsDir, ...specs, '--no-save', '--no-package-lock', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

function hugoVersion() {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

// GNU time gives the CPU time of the command and every child it waited for,
// and the peak RSS of the largest single process in the tree, the same way
// for a node CLI and a Go binary.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command: wall ms (measured here), CPU ms (user + sys) and peak RSS
 * in MiB (NaN without GNU time), the 1-minute load average just before.
 * `ok`: the exit codes that mean it worked (a linter's 1 is "found something").
 */
function timed(cmd, args, { cwd, ok = [0] } = {}) {
  const [file, argv] = gnuTime ? [gnuTime, ['-f', 'BENCH_TIME %U %S %M', cmd, ...args]] : [cmd, args];
  const load = loadavg()[0];
  const started = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!ok.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const m = /BENCH_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, rss: m ? Number(m[3]) / 1024 : NaN, load, stdout: r.stdout, stderr: r.stderr };
}

/** Two commands one after the other, counted as one run: times added, the larger peak RSS. */
const both = (a, b) => ({ ms: a.ms + b.ms, cpu: a.cpu + b.cpu, rss: Math.max(a.rss, b.rss), load: a.load });

const countHtml = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

// ---------------------------------------------------------------- the runs

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const secs = (ms) => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(2)} s`);
const mib = (x) => (Number.isNaN(x) ? '–' : `${x.toFixed(0)} MiB`);

/**
 * `tools`: [{label, run: () => result, count?: () => number}]. One untimed
 * warm-up each, then `runs` rounds of every tool in turn; the results per tool.
 */
function alternate(tools) {
  for (const t of tools) t.run();
  const results = tools.map(() => []);
  for (let i = 0; i < runs; i++) {
    tools.forEach((t, k) => {
      const r = t.run();
      results[k].push({ ...r, count: t.count?.() });
      process.stderr.write(`  round ${i + 1}/${runs} ${t.label}: ${secs(r.ms)} wall, ${secs(r.cpu)} CPU, load ${r.load.toFixed(2)}\n`);
    });
  }
  return results;
}

function table(size, tools, results, countLabel) {
  console.log(`| messages | tool | median wall | min | max | median CPU (user+sys) | peak RSS | ${countLabel} |`);
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  tools.forEach((t, k) => {
    const rs = results[k];
    const ms = rs.map((r) => r.ms);
    console.log(
      `| ${size.toLocaleString('en')} | ${t.label} | ${secs(median(ms))} | ${secs(Math.min(...ms))} | ${secs(Math.max(...ms))} | ${secs(median(rs.map((r) => r.cpu)))} | ${mib(Math.max(...rs.map((r) => r.rss)))} | ${rs[0].count ?? '–'} |`,
    );
  });
}

/** herald's results against a peer's: wall and CPU, median of the rounds' ratios and ratio of the medians. */
function ratio(size, what, herald, peer, goal, holds) {
  const per = (key) => median(herald.map((h, i) => h[key] / peer[i][key]));
  const of = (key) => median(herald.map((h) => h[key])) / median(peer.map((p) => p[key]));
  const wall = per('ms');
  const verdict = holds(wall) && holds(of('ms')) ? 'holds' : 'does NOT hold';
  console.log(
    `- ${size.toLocaleString('en')} messages, ${what}: wall ${wall.toFixed(2)}× (ratio of medians ${of('ms').toFixed(2)}×), CPU ${per('cpu').toFixed(2)}× (${of('cpu').toFixed(2)}×). Goal ${goal}: **${verdict}**.`,
  );
}

const loadRange = (results) => {
  const loads = results.flat().map((r) => r.load);
  return `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`;
};

function compareBuilds(size, hugo) {
  const dir = path.join(work, String(size));
  process.stderr.write(`${size}: deriving the herald, Eleventy and Hugo projects in ${path.relative(repo, dir)} …\n`);
  const projects = deriveProjects(ensureCorpus(size), dir);
  const heraldOut = path.join(dir, 'herald-site');
  const eleventyOut = path.join(projects.eleventy, '_site');
  const hugoOut = path.join(projects.hugo, 'public');
  const clean = (out, fn) => () => {
    rmSync(out, { recursive: true, force: true });
    return fn();
  };
  // --future: the corpus runs past today, and the peers build every message.
  const heraldBuild = (search) => () =>
    timed(process.execPath, [heraldCli, 'build', '--root', projects.herald, '--out', heraldOut, '--future', ...(search ? [] : ['--no-search'])]);
  const eleventyBuild = () => timed(process.execPath, [eleventyCli, '--quiet'], { cwd: projects.eleventy });
  const hugoBuild = () => timed('hugo', ['--quiet', '--destination', hugoOut], { cwd: projects.hugo });
  const pagefind = (out) => timed(process.execPath, [pagefindCli, '--site', out]);

  const tools = [
    { label: 'herald build --no-search (check included)', run: clean(heraldOut, heraldBuild(false)), count: () => countHtml(heraldOut) },
    { label: 'Eleventy', run: clean(eleventyOut, eleventyBuild), count: () => countHtml(eleventyOut) },
    ...(hugo ? [{ label: 'Hugo', run: clean(hugoOut, hugoBuild), count: () => countHtml(hugoOut) }] : []),
  ];
  if (withSearch) {
    tools.push({ label: 'herald build (Pagefind records in the build)', run: clean(heraldOut, heraldBuild(true)), count: () => countHtml(heraldOut) });
    tools.push({
      label: 'Eleventy + Pagefind CLI',
      run: clean(eleventyOut, () => both(eleventyBuild(), pagefind(eleventyOut))),
      count: () => countHtml(eleventyOut),
    });
    if (hugo) tools.push({ label: 'Hugo + Pagefind CLI', run: clean(hugoOut, () => both(hugoBuild(), pagefind(hugoOut))), count: () => countHtml(hugoOut) });
  }
  const results = alternate(tools);
  printResults('Build', size, tools, results, 'HTML pages');
  const [herald, eleventy] = results;
  ratio(size, 'herald build ÷ Eleventy', herald, eleventy, '< 1.0 (faster than Eleventy)', (x) => x < 1);
  if (hugo) ratio(size, 'herald build ÷ Hugo', herald, results[2], '≤ 3.0 (within 3× of Hugo)', (x) => x <= 3);
  if (withSearch) {
    const k = hugo ? 3 : 2;
    ratio(size, 'with search, herald ÷ Eleventy + Pagefind CLI', results[k], results[k + 1], '< 1.0', (x) => x < 1);
  }
}

/** The heading line and the table of one comparison. */
function printResults(what, size, tools, results, countLabel) {
  console.log('');
  console.log(`${what}, ${size.toLocaleString('en')} messages, ${runs} alternated rounds, 1-minute load average ${loadRange(results)}:`);
  console.log('');
  table(size, tools, results, countLabel);
  console.log('');
}

function compareChecks(size) {
  const corpus = ensureCorpus(size);
  const findings = (stdout) => JSON.parse(stdout).reduce((n, f) => n + f.messages.length, 0);
  let heraldFindings = 0;
  let lintFindings = '–';
  const tools = [
    {
      label: 'herald check --format json',
      run: () => {
        const r = timed(process.execPath, [heraldCli, 'check', '--root', corpus, '--format', 'json'], { ok: [0, 1] });
        heraldFindings = findings(r.stdout);
        return r;
      },
      count: () => heraldFindings,
    },
    {
      // Its default rules (no config file in the corpus); findings go to stderr, exit 1 when there are some.
      label: 'markdownlint-cli2 "content/**/*.md"',
      run: () => {
        const r = timed(process.execPath, [markdownlintCli, 'content/**/*.md'], { cwd: corpus, ok: [0, 1] });
        lintFindings = /Summary: (\d+) issue/.exec(r.stdout + r.stderr)?.[1] ?? '–';
        return r;
      },
      count: () => lintFindings,
    },
  ];
  const results = alternate(tools);
  printResults('Check', size, tools, results, 'findings');
  ratio(size, 'herald check ÷ markdownlint-cli2', results[0], results[1], '≤ 0.20 (a fifth)', (x) => x <= 0.2);
}

if (!existsSync(heraldCli)) {
  console.error('dist/bundle/herald.mjs is missing: run `npm run build` first.');
  process.exit(2);
}
ensureTools();
const hugo = hugoVersion();
if (!hugo) console.error('hugo not found: `apt-get install -y hugo` (Debian 12: 0.111.3); its rows are left out.');
const version = (cli) => execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim().split('\n')[0];

console.log('');
console.log(
  `herald against its peers — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(
  `herald ${version(heraldCli)} (dist/bundle/herald.mjs); Eleventy ${version(eleventyCli)}; markdownlint-cli2 ${installedVersion('markdownlint-cli2')} (markdownlint ${installedVersion('markdownlint')}); ${hugo ?? 'Hugo missing'}${withSearch ? `; Pagefind ${version(pagefindCli)}` : ''}; CPU time and peak RSS ${gnuTime ? 'from GNU time' : 'not measured (no /usr/bin/time)'}`,
);
for (const size of buildSizes) compareBuilds(size, hugo);
for (const size of checkSizes) compareChecks(size);
