import { loadProject } from '../dist/pipeline/check.js';
const gc = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed / 1048576; };
const base = gc();
const project = await loadProject('/tmp/c10k');
console.log('heap after load', (gc() - base).toFixed(1), 'MiB');
