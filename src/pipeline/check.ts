import { computeFacts } from '../facts/project-facts.js';
import { configureRules } from '../lint/configure.js';
import { lintProject } from '../lint/lint-project.js';
import { parseMessage, unreadableMessage } from '../load/parse-message.js';
import { readProject, type TextFile, type TextOverlay } from '../load/read-project.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { Project } from '../model/project.js';
import { RULES } from '../rules/index.js';
import { validateMessage } from '../validate/validate-message.js';
import { unsafeSvgs } from '../validate/svg-safety.js';
import { validatePlan } from '../validate/validate-plan.js';

/** plans/ + content/ → load → validate → facts. */
export async function loadProject(root: string, options: { overlay?: TextOverlay } = {}): Promise<Project> {
  const files = await readProject(root, options.overlay);
  const { plan, diagnostics } = validatePlan(files.planFiles);
  const messages = files.messageFiles.map((file) => loadMessage(file, plan.site));
  const facts = computeFacts(plan, messages, files.contentFiles, unsafeSvgs(files.svgFiles));
  return { root: files.root, plan, messages, facts, planDiagnostics: diagnostics, rules: configureRules(plan, RULES) };
}

/** One message file, parsed and validated; a file herald itself fails on becomes a message with one problem, so it never hides the others. */
export function loadMessage(file: TextFile, site: Plan['site']): Message {
  try {
    return validateMessage(parseMessage(file), site);
  } catch (error) {
    return validateMessage(unreadableMessage(file, error), site);
  }
}

export interface CheckResult {
  root: string;
  plan: Plan;
  /** How many message files were checked. */
  messageCount: number;
  diagnostics: Diagnostic[];
}

/**
 * The whole check: every finding of the plan and of every message. (Worker
 * threads were tried: on the 2-core machine two checks at once run at 1.56x
 * the throughput of one, and the duplicated start-up and cold code ate the
 * rest, so one thread it is; see docs/benchmarks.md.)
 */
export async function checkProject(root: string): Promise<CheckResult> {
  const project = await loadProject(root);
  const diagnostics = [...project.planDiagnostics, ...lintProject(project.plan, project.messages, project.facts, RULES, project.rules)].sort(compareDiagnostics);
  return { root: project.root, plan: project.plan, messageCount: project.messages.length, diagnostics };
}
