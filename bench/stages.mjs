// node bench/stages.mjs <root>: time each stage and each rule of the check in
// one process, to see where the time goes (run `npm run bench` first for a corpus).
import { readProject } from '../dist/load/read-project.js';
import { parseMessage } from '../dist/load/parse-message.js';
import { validateMessage } from '../dist/validate/validate-message.js';
import { validatePlan } from '../dist/validate/validate-plan.js';
import { computeFacts } from '../dist/facts/project-facts.js';
import { lintProject } from '../dist/lint/lint-project.js';
import { RULES } from '../dist/rules/index.js';

const root = process.argv[2] ?? new URL('./.corpus/10000', import.meta.url).pathname;
// Wall time and the process's CPU time (all threads: the collector's and the compiler's helpers too).
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = performance.now();
let c = cpu();
const lap = (name) => {
  const now = performance.now();
  const used = cpu();
  console.log(`${name.padEnd(22)} ${(now - t).toFixed(0).padStart(6)} ms ${(used - c).toFixed(0).padStart(6)} ms CPU`);
  t = now;
  c = used;
};
const files = await readProject(root);
lap('read');
const { plan, lang } = validatePlan(files.planFiles);
lap('validate plan');
const parsed = files.messageFiles.map(parseMessage);
lap('parse messages');
const messages = parsed.map((p) => validateMessage(p, plan.site));
lap('validate messages');
// Bodies are parsed on first use (the check parses each while linting it): here all at once, as a stage of its own.
for (const m of messages) void m.tree;
lap('parse bodies');
const facts = computeFacts(plan, messages, files.contentFiles);
lap('facts');
for (const rule of RULES) {
  lintProject(plan, messages, facts, [rule], lang);
  lap(`rule ${rule.id}`);
}
