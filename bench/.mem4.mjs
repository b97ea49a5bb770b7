import { loadProject } from '../dist/pipeline/check.js';
import { lintMessages } from '../dist/lint/lint-project.js';
import { releaseMessageTree } from '../dist/validate/validate-message.js';
import { RULES } from '../dist/rules/index.js';
const gc = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed / 1048576; };
const base = gc();
const project = await loadProject(process.argv[2]);
const a = gc();
console.log('after load', (a - base).toFixed(1));
const facts = project.facts; project.facts = null;
const { rules } = project.rules;
const b = gc(); console.log('facts', (a - b).toFixed(1)); project.facts = facts;
let d = 0;
for (const m of project.messages) { d += lintMessages(project.plan, [m], project.facts, rules, RULES, project.lang).length; releaseMessageTree(m); }
console.log('lint retained', (gc() - a).toFixed(1), 'MiB', d);
