import { computeFacts } from '../facts/project-facts.js';
import { configureRules } from '../lint/configure.js';
import { lintMessages, lintPlan } from '../lint/lint-project.js';
import { parseMessage, unreadableMessage } from '../load/parse-message.js';
import { readContent, readPlanFiles, type TextFile, type TextOverlay } from '../load/read-project.js';
import { ignoreMatcher } from '../model/ignore.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Lang, LangChoice } from '../messages/index.js';
import type { Message } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { Project } from '../model/project.js';
import { RULES } from '../rules/index.js';
import { releaseMessageTree, validateMessage } from '../validate/validate-message.js';
import { unsafeSvgs } from '../validate/svg-safety.js';
import { planDiagnostic, validatePlan } from '../validate/validate-plan.js';
import { validateLogo } from '../validate/validate-brand.js';
import { readLogo } from '../load/read-logo.js';
import { capHeapGrowth, LARGE_PROJECT } from './heap.js';

export interface LoadOptions {
  overlay?: TextOverlay;
  /** Files the overlay holds that the disk may not have yet (`check --stdin` for a new file). */
  overlayFiles?: readonly string[];
  /** `--ignore-pattern`s, on top of the plan's `ignore:` (globs relative to the root). */
  ignorePatterns?: readonly string[];
  /**
   * What the caller knows of the writer's language (`--lang`, `HERALD_LANG`);
   * with the plan's `site.language` it decides `Project.lang` (`chooseLang`,
   * applied once, in `validatePlan`). Nothing here reads the environment:
   * the CLI passes it.
   */
  lang?: LangChoice;
}

/**
 * plans/ → the validated plan, its ignore patterns and the judged logo: where
 * `loadProject` and the cached check (`cached-check.ts`) both start.
 */
export async function loadPlan(root: string, options: LoadOptions = {}) {
  const { root: absoluteRoot, planFiles } = await readPlanFiles(root, options.overlay, options.overlayFiles);
  const { plan, diagnostics, lang } = validatePlan(planFiles, options.lang);
  // The ignore patterns live in the plan, so the content is listed once the plan is known.
  const ignored = ignoreMatcher([...plan.ignore, ...(options.ignorePatterns ?? [])]);
  const brand = validateLogo(plan, lang, (file) => readLogo(absoluteRoot, file, options.overlay), planDiagnostic);
  return { root: absoluteRoot, planFiles, plan, lang, ignored, planDiagnostics: [...diagnostics, ...brand.diagnostics], logo: brand.logo };
}

/** plans/ + content/ → load → validate → facts. */
export async function loadProject(root: string, options: LoadOptions = {}): Promise<Project> {
  const { root: absoluteRoot, plan, lang, ignored, planDiagnostics, logo } = await loadPlan(root, options);
  const files = await readContent(absoluteRoot, {
    ...(options.overlay ? { overlay: options.overlay } : {}),
    ...(options.overlayFiles ? { overlayFiles: options.overlayFiles } : {}),
    ignored,
  });
  const messages = files.messageFiles.map((file) => loadMessage(file, plan.site));
  const facts = computeFacts(plan, messages, files.contentFiles, unsafeSvgs(files.svgFiles));
  return {
    root: absoluteRoot,
    plan,
    messages,
    facts,
    planDiagnostics,
    rules: configureRules(plan, RULES, lang),
    lang,
    ignored,
    ...(logo ? { logo } : {}),
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
  /** Every file checked (the plan files, then the messages), relative to the root: ESLint's JSON lists each one. */
  files: string[];
  /** Checked files whose YAML does not parse (a message's front-matter, a plan file): ESLint's `fatal`. */
  unreadable: Set<string>;
}

/**
 * The whole check: every finding of the plan and of every message. (Worker
 * threads were tried: on the 2-core machine two checks at once run at 1.56x
 * the throughput of one, and the duplicated start-up and cold code ate the
 * rest, so one thread it is; see docs/benchmarks.md.)
 */
export async function checkProject(root: string, options: LoadOptions = {}): Promise<CheckResult> {
  const project = await loadProject(root, options);
  const { plan, facts, lang } = project;
  const { rules, diagnostics: configurationDiagnostics } = project.rules;
  // As lintProject, one message at a time, letting go of each body tree (parsed on first use) and
  // of all the rules keep per tree once the message is done: the peak heap holds one tree, not all.
  const uncap = project.messages.length >= LARGE_PROJECT ? capHeapGrowth() : undefined;
  const diagnostics = [...project.planDiagnostics, ...configurationDiagnostics];
  try {
    diagnostics.push(...lintMessages(plan, eachThen(project.messages, releaseMessageTree), facts, rules, RULES, lang));
    diagnostics.push(...lintPlan(plan, facts, rules, lang));
  } finally {
    uncap?.();
  }
  diagnostics.sort(compareDiagnostics);
  return { root: project.root, plan, messageCount: project.messages.length, diagnostics, lang, ...filesChecked(plan, project.messages) };
}

/** The messages in turn, `after` called on each once the next is asked for (the linter is done with it then: its body tree can go). */
export function* eachThen(messages: readonly Message[], after: (message: Message) => void): Generator<Message> {
  for (const message of messages) {
    yield message;
    after(message);
  }
}

/** The files a check read and those whose YAML does not parse (ESLint's `fatal`), for `CheckResult`. */
export function filesChecked(plan: Plan, messages: readonly Message[]): Pick<CheckResult, 'files' | 'unreadable'> {
  return {
    files: [...plan.files.map((pf) => pf.file), ...messages.map((m) => m.file)],
    unreadable: new Set([
      ...plan.files.filter((pf) => pf.doc.errors.length > 0).map((pf) => pf.file),
      ...messages.filter((m) => !m.frontMatterReadable).map((m) => m.file),
    ]),
  };
}
