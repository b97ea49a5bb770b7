// Old against new, alternated: `node bench/ab.mjs OLD_BUNDLE NEW_BUNDLE RUNS -- <herald args>`
// runs the two herald bundles (each a dist/bundle/herald.mjs) one after the
// other RUNS times (old, new, old, new, …), so drift in the machine's speed
// falls on both alike, and prints the median, min and max wall time and the
// peak RSS of each, and the CPU time (user + system) each process used, which
// a loaded machine inflates much less than wall time. Build the old one from a
// clean clone of the old commit.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [oldCli, newCli, runsText, dashes, ...args] = process.argv.slice(2);
if (!oldCli || !newCli || dashes !== '--') {
  console.error('usage: node bench/ab.mjs OLD_BUNDLE NEW_BUNDLE RUNS -- <herald args>');
  process.exit(2);
}
const runs = Number(runsText);
const clis = { old: path.resolve(oldCli), new: path.resolve(newCli) };

function once(cli) {
  const started = process.hrtime.bigint();
  // /usr/bin/time is not everywhere; Node reports the child's peak RSS itself.
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nMAXRSS_KB='+u.maxRSS+' CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')});process.argv=[process.argv[0],${JSON.stringify(cli)},...${JSON.stringify(args)}];await import(${JSON.stringify(pathToFileURL(cli).href)})`,
      '--input-type=module',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const cpu = Number(/CPU_US=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  // 0 and 1 are a check's answers (findings or none); anything else is a failure.
  if ((r.status !== 0 && r.status !== 1) || Number.isNaN(rss)) throw new Error(`${cli} failed (${r.status}): ${r.stderr}`);
  return { ms, rss, cpu };
}

const results = { old: [], new: [] };
once(clis.old); // warm the file cache for both
once(clis.new);
for (let i = 0; i < runs; i++) {
  results.old.push(once(clis.old));
  results.new.push(once(clis.new));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`herald ${args.join(' ')} — ${runs} alternating runs each`);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  '| build | wall median | min | max | CPU median (user+sys) | min | max | peak RSS (median) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const [name, list] of Object.entries(results)) {
  const ms = list.map((r) => r.ms);
  const s = (x) => `${(x / 1000).toFixed(2)} s`;
  const cpu = list.map((r) => r.cpu);
  console.log(
    `| ${name} | ${s(median(ms))} | ${s(Math.min(...ms))} | ${s(Math.max(...ms))} | ${s(median(cpu))} | ${s(Math.min(...cpu))} | ${s(Math.max(...cpu))} | ${median(list.map((r) => r.rss)).toFixed(0)} MiB |`,
  );
}
