import { readProject } from '../dist/load/read-project.js';
import { parseMessage } from '../dist/load/parse-message.js';
import { validateMessage } from '../dist/validate/validate-message.js';
import { validatePlan } from '../dist/validate/validate-plan.js';
import { computeFacts } from '../dist/facts/project-facts.js';
import { lintProject } from '../dist/lint/lint-project.js';
import { RULES } from '../dist/rules/index.js';
const root = process.argv[2];
let t = performance.now();
const lap = (name) => { const n = performance.now(); console.log(name.padEnd(10), (n - t).toFixed(0), 'ms'); t = n; };
const files = await readProject(root); lap('read');
const { plan } = validatePlan(files.planFiles); lap('plan');
const parsed = files.messageFiles.map(parseMessage); lap('parse');
const messages = parsed.map((p) => validateMessage(p, plan.site)); lap('validate');
const facts = computeFacts(plan, messages, files.contentFiles); lap('facts');
for (const rule of RULES) {
  const d = lintProject(plan, messages, facts, [rule]); lap(rule.id);
}
