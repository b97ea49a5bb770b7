// How long the shipped verb lists (data/verbs/) take to load in a fresh process, as every `herald check`
// loads them: `node bench/verb-lists.mjs [runs]` prints the median and the fastest of `runs` fresh processes
// (the writer's-language issue asks for under 50 ms; timings belong here, not in tests).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 9);
const module = fileURLToPath(new URL('../dist/load/verb-lists.js', import.meta.url));
const code = `const t = performance.now();
const { loadVerbList } = await import(${JSON.stringify(module)});
loadVerbList('nl'); loadVerbList('en');
console.log(performance.now() - t);`;
const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })));
times.sort((a, b) => a - b);
console.log(
  `verb lists (nl + en) loaded in a fresh process: median ${times[Math.floor(runs / 2)].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms (${runs} runs)`,
);
