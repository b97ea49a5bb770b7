import { computeFacts } from '../facts/project-facts.js';
import { configureRules } from '../lint/configure.js';
import { lintProject } from '../lint/lint-project.js';
import { parseMessage, unreadableMessage } from '../load/parse-message.js';
import { readProject, type TextFile, type TextOverlay } from '../load/read-project.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Lang, LangChoice } from '../messages/index.js';
import type { Message } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { Project } from '../model/project.js';
import { RULES } from '../rules/index.js';
import { validateMessage } from '../validate/validate-message.js';
import { unsafeSvgs } from '../validate/svg-safety.js';
import { planDiagnostic, validatePlan } from '../validate/validate-plan.js';
import { validateLogo } from '../validate/validate-brand.js';
import { readLogo } from '../load/read-logo.js';

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
  const brand = validateLogo(plan, lang, (file) => readLogo(files.root, file, options.overlay), planDiagnostic);
  return {
    root: files.root,
    plan,
    messages,
    facts,
    planDiagnostics: [...diagnostics, ...brand.diagnostics],
    rules: configureRules(plan, RULES, lang),
    lang,
    ...(brand.logo ? { logo: brand.logo } : {}),
  };
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
  const diagnostics = [...project.planDiagnostics, ...lintProject(project.plan, project.messages, project.facts, RULES, project.lang, project.rules)].sort(
    compareDiagnostics,
  );
  return { root: project.root, plan: project.plan, messageCount: project.messages.length, diagnostics, lang: project.lang };
}
