// heap after load, and live heap sampled during the lint
import { checkProject } from '../dist/pipeline/check.js';
const root = process.argv[2];
let max = 0;
const timer = setInterval(() => {}, 1000);
const { PerformanceObserver } = await import('node:perf_hooks');
const v8 = await import('node:v8');
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.detail?.kind === 4 || e.kind === 4 || true) { const h = v8.getHeapStatistics().used_heap_size; if (h > max) max = h; } }).observe({ entryTypes: ['gc'] });
const r = await checkProject(root);
clearInterval(timer);
console.log('diagnostics', r.diagnostics.length, 'max used heap after a GC', (max / 1048576).toFixed(0), 'MiB', 'rss', (process.resourceUsage().maxRSS / 1024).toFixed(0));
