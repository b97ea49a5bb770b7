import { loadProject } from '../dist/pipeline/check.js';
import { lintMessages } from '../dist/lint/lint-project.js';
import { releaseMessageTree } from '../dist/validate/validate-message.js';
import { RULES } from '../dist/rules/index.js';
const gc = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed / 1048576; };
const base = gc();
const project = await loadProject('/tmp/c10k');
const a = gc();
console.log('after load', (a - base).toFixed(1));
const { rules } = project.rules;
const only = (ids) => rules.filter((r) => ids.includes(r.rule.id));
let d = 0;
for (const group of [['front-matter'], ['unknown-reference'], ['hype'], ['readability'], ['cta-vague'], ['frequency-cap', 'duplicate-slug', 'broken-link'], rules.map((r) => r.rule.id)]) {
  const before = gc();
  for (const m of project.messages) { d += lintMessages(project.plan, [m], project.facts, only(group), RULES, project.lang).length; releaseMessageTree(m); }
  console.log(group.length > 3 ? 'all' : group.join(','), 'retained', (gc() - before).toFixed(1), 'MiB');
}
