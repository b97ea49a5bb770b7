// node bench/profile.mjs PROFILE.cpuprofile [name=stage …]: where a Node
// command spent its time, from a `node --cpu-prof` profile.
//
// - Stages in time order: a stage starts at the first sample whose stack holds
//   a function of that name (defaults: herald's build, `loadProject` = load,
//   `lintForBuild` = check, `renderPages` = render + write) and ends where the
//   next one starts; before the first is start-up (module loading), after the
//   last sample of the last stage's function is the finish (the draft swapped
//   in). Per stage: wall time and the time the thread was busy (not idle:
//   waiting for files or a child).
// - Self time by package (node_modules/<name>), or by file for the project's
//   own code, and the functions with the most self time.
//
// --only=STAGE narrows the self-time tables to one stage.
//
// Used to compare herald's build with Eleventy's (docs/benchmarks.md, "herald
// against its peers"); for Eleventy pass its own markers, or none.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
// --only=STAGE: the self-time tables for that stage's samples alone.
const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const [file, ...pairs] = argv.filter((a) => !a.startsWith('--only='));
if (!file) {
  console.error('usage: node bench/profile.mjs PROFILE.cpuprofile [function=stage …] [--only=STAGE]');
  process.exit(2);
}
const markers = pairs.length
  ? pairs.map((p) => p.split('='))
  : [
      ['loadProject', 'load'],
      ['lintForBuild', 'check'],
      ['renderPages', 'render + write'],
    ];
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const IDLE = new Set(['(idle)', '(program)']);
/** The function names on a node's stack, innermost first. */
const stackOf = (id) => {
  const names = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) names.push(byId.get(cur).callFrame.functionName);
  return names;
};

// Samples in time order with their duration (the delta to the next sample).
const samples = [];
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const next = profile.timeDeltas[i + 1] ?? 0;
  samples.push({ id: profile.samples[i], at: t, dur: next });
}

const stageOfSample = new Array(samples.length).fill('start-up');
let current = 0; // index into markers reached so far (0: none yet)
const lastSeen = new Map();
samples.forEach((s, i) => {
  const names = stackOf(s.id);
  for (let k = markers.length - 1; k >= current; k--) {
    if (names.includes(markers[k][0])) {
      current = k + 1;
      break;
    }
  }
  if (current > 0 && names.includes(markers[current - 1][0])) lastSeen.set(current, i);
  stageOfSample[i] = current === 0 ? 'start-up' : markers[current - 1][1];
});
// After the last sample of the last stage's function: the finish.
const lastStage = lastSeen.get(markers.length);
if (lastStage !== undefined) for (let i = lastStage + 1; i < samples.length; i++) stageOfSample[i] = 'finish';

const stages = new Map();
samples.forEach((s, i) => {
  const st = stages.get(stageOfSample[i]) ?? stages.set(stageOfSample[i], { wall: 0, busy: 0 }).get(stageOfSample[i]);
  st.wall += s.dur;
  if (!IDLE.has(byId.get(s.id).callFrame.functionName)) st.busy += s.dur;
});
const total = samples.reduce((n, s) => n + s.dur, 0);
const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
const pct = (us) => `${((100 * us) / total).toFixed(0)} %`;
console.log(`Profile ${file}: ${ms(total)} sampled`);
console.log('');
console.log('| stage | wall | share | busy (not idle) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, st] of stages) console.log(`| ${name} | ${ms(st.wall)} | ${pct(st.wall)} | ${ms(st.busy)} |`);

/** Package of a script URL: node_modules/<name> (scoped too), node's own, or the project file. */
const packageOf = (url) => {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node:*';
  // The innermost node_modules/<name> (a dependency's own dependency counts as itself).
  const all = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (all.length) return all[all.length - 1][1];
  return url.replace(/^file:\/\//, '').replace(/.*\/(dist|src)\//, '$1/');
};
const self = new Map();
const fns = new Map();
for (const [i, s] of samples.entries()) {
  if (only && stageOfSample[i] !== only) continue;
  const f = byId.get(s.id).callFrame;
  const pkg = IDLE.has(f.functionName) || f.functionName === '(garbage collector)' ? f.functionName : packageOf(f.url);
  self.set(pkg, (self.get(pkg) ?? 0) + s.dur);
  const key = `${f.functionName || '(anonymous)'} ${packageOf(f.url)}:${f.lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + s.dur);
}
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log('');
if (only) console.log(`Self time in the stage "${only}" only (shares of the whole profile):\n`);
console.log('| self time by package or file | time | share |');
console.log('| --- | ---: | ---: |');
for (const [k, v] of top(self, 20)) console.log(`| ${k} | ${ms(v)} | ${pct(v)} |`);
console.log('');
console.log('| function (self time) | time | share |');
console.log('| --- | ---: | ---: |');
for (const [k, v] of top(fns, 25)) console.log(`| ${k} | ${ms(v)} | ${pct(v)} |`);
