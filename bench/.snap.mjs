import v8 from 'node:v8';
import { loadProject } from '../dist/pipeline/check.js';
const project = await loadProject('/tmp/c10k');
global.gc();
v8.writeHeapSnapshot('/tmp/speedprof/10k-b.heapsnapshot');
console.log(project.messages.length);
