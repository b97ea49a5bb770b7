// Runs the herald CLI in this process and reports its peak memory on exit, so
// the benchmark measures the real command, start-up included.
import { fileURLToPath } from 'node:url';

process.on('exit', () => {
  process.stderr.write(`\nHERALD_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
const cli = fileURLToPath(new URL('../dist/bundle/herald.mjs', import.meta.url));
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
await import(cli);
