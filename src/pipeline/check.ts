import { computeFacts } from '../facts/project-facts.js';
import { configureRules } from '../lint/configure.js';
import { lintMessages, lintPlan } from '../lint/lint-project.js';
import { freshTree, parseMessage, unreadableMessage } from '../load/parse-message.js';
import { readProject, type TextFile, type TextOverlay } from '../load/read-project.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Lang, LangChoice } from '../messages/index.js';
import type { Message } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { Project } from '../model/project.js';
import { RULES } from '../rules/index.js';
import { validateMessage } from '../validate/validate-message.js';
import { unsafeSvgs } from '../validate/svg-safety.js';
import { validatePlan } from '../validate/validate-plan.js';

export interface LoadOptions {
  overlay?: TextOverlay;
  /**
   * What the caller knows of the writer's language (`--lang`, `HERALD_LANG`);
   * with the plan's `site.language` it decides `Project.lang` (`chooseLang`,
   * applied once, in `validatePlan`). Nothing here reads the environment:
   * the CLI passes it.
   */
  lang?: LangChoice;
}

/** plans/ + content/ → load → validate → facts. */
export async function loadProject(root: string, options: LoadOptions = {}): Promise<Project> {
  const files = await readProject(root, options.overlay);
  const { plan, diagnostics, lang } = validatePlan(files.planFiles, options.lang);
  const messages = files.messageFiles.map((file) => loadMessage(file, plan.site));
  const facts = computeFacts(plan, messages, files.contentFiles, unsafeSvgs(files.svgFiles));
  return { root: files.root, plan, messages, facts, planDiagnostics: diagnostics, rules: configureRules(plan, RULES, lang), lang };
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
  /** The language the diagnostics are written in; the report's own words follow it. */
  lang: Lang;
}

/**
 * The whole check: every finding of the plan and of every message. (Worker
 * threads were tried: on the 2-core machine two checks at once run at 1.56x
 * the throughput of one, and the duplicated start-up and cold code ate the
 * rest, so one thread it is; see docs/benchmarks.md.)
 */
export async function checkProject(root: string, options: Pick<LoadOptions, 'lang'> = {}): Promise<CheckResult> {
  const project = await loadProject(root, options);
  const { plan, facts, lang } = project;
  const { rules, diagnostics: configurationDiagnostics } = project.rules;
  // As lintProject, one message at a time: each is linted on a copy with a tree of its own, so
  // that tree and all the rules build on it go once the message is done (see `freshTree`).
  const diagnostics = [...project.planDiagnostics, ...configurationDiagnostics];
  for (const message of project.messages) diagnostics.push(...lintMessages(plan, [withOwnTree(message)], facts, rules, RULES, lang));
  diagnostics.push(...lintPlan(plan, facts, rules, lang));
  diagnostics.sort(compareDiagnostics);
  return { root: project.root, plan, messageCount: project.messages.length, diagnostics, lang };
}

/** A copy of a message with a body tree parsed for it alone; the front-matter and the text are shared. */
function withOwnTree(message: Message): Message {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(message)) as Message;
  Object.defineProperty(copy, 'tree', { value: freshTree(message), enumerable: true });
  return copy;
}
