import { writeFileSync } from 'node:fs';
import { askMissing, describeProposal, type Prompts } from '../author/ask.js';
import { checkFlags, messagePath, missingFlags, newMessageText, type NewFlags, type NewMessage } from '../author/new-message.js';
import { proposeDate, type ScheduleFacts } from '../author/propose-date.js';
import { computeFacts } from '../facts/project-facts.js';
import { usageError } from '../messages/terminal.js';
import { readPlanFiles, readProject } from '../load/read-project.js';
import type { Plan } from '../model/plan.js';
import { loadMessage } from '../pipeline/check.js';
import { validatePlan } from '../validate/validate-plan.js';
import { insideRoot, makeParentInside } from './paths.js';
import type { Lang, LangChoice } from '../messages/index.js';

export interface NewCommandOptions extends NewFlags {
  root: string;
  /** Whether a person can answer questions (stdin and stdout are a terminal). */
  interactive: boolean;
  /** The prompts to ask with; @inquirer/prompts in the CLI, canned answers in tests. */
  prompts?: Prompts;
  now: number;
  /** `--lang` and `HERALD_LANG`: with the plan's `site.language`, the language of the questions and of what is printed. */
  lang?: LangChoice;
}

export interface NewCommandResult {
  /** The file written, relative to the root. */
  file: string;
  message: NewMessage;
  /** The writer's language, for what the CLI prints next. */
  lang: Lang;
  /** What the CLI prints about the date herald chose without asking (no terminal, no --date), in the writer's language. */
  notes: string[];
}

const NO_MESSAGES: ScheduleFacts = { published: [], audienceOf: () => [] };

/**
 * The existing messages as the date proposal needs them: their dates,
 * audiences and drafts, read and validated as the check reads them. The
 * bodies are left out: they decide nothing here, and parsing 10,000 of them
 * would keep the writer waiting for the first question.
 */
function scheduleFacts(plan: Plan, messageFiles: { file: string; text: string }[]): ScheduleFacts {
  const messages = messageFiles.map(({ file, text }) => {
    const fence = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
    return loadMessage({ file, text: fence ? text.slice(0, 3 + fence.index + fence[0].length) : text }, plan.site);
  });
  return computeFacts(plan, messages, new Set());
}

/**
 * `herald new <title>`: writes `content/<yyyy>/<slug>.md` with front-matter
 * from the flags, or from questions on a terminal. Never overwrites a file.
 */
export async function runNew(rawTitle: string, options: NewCommandOptions): Promise<NewCommandResult> {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (title === '') throw usageError('usage-new-empty-title');
  const files = await readPlanFiles(options.root);
  const { plan, lang } = validatePlan(files.planFiles, options.lang ?? {});
  if (plan.segments.length === 0 || plan.goals.length === 0) {
    throw usageError('usage-new-empty-plan');
  }

  const checked = checkFlags(options, plan);
  const missing = missingFlags(checked);
  // The existing messages are read only for a date to propose (no --date): the proposal keeps clear of full weeks.
  const facts = async (): Promise<ScheduleFacts> =>
    checked.date === undefined ? scheduleFacts(plan, (await readProject(files.root)).messageFiles) : NO_MESSAGES;
  const notes: string[] = [];
  let message: NewMessage;
  if (options.interactive && options.prompts) {
    message = await askMissing(title, checked, { plan, facts, now: options.now }, options.prompts, lang);
  } else if (missing.length === 0) {
    let date = checked.date;
    if (date === undefined) {
      const proposal = proposeDate(plan, await facts(), checked.audience!, options.now);
      date = proposal.date;
      notes.push(describeProposal(proposal, plan, lang, 'date-chosen'));
    }
    message = {
      title,
      date,
      audience: checked.audience!,
      goal: checked.goal!,
      kind: checked.kind ?? 'news',
      ...(checked.campaign ? { campaign: checked.campaign } : {}),
      ...(checked.why ? { why: checked.why } : {}),
      ...(checked.cta
        ? { cta: { text: checked.cta.text ?? '', ...(checked.cta.url ? { url: checked.cta.url } : {}), ...(checked.cta.due ? { due: checked.cta.due } : {}) } }
        : {}),
      ...(checked.event ? { event: checked.event } : {}),
    };
  } else {
    const which = missing.length === 2 ? 'both' : missing[0] === '--goal' ? 'goal' : 'audience';
    throw usageError(`usage-new-missing-${which}`, { title, segment: plan.segments[0]!.id, goal: plan.goals[0]!.id });
  }

  const file = messagePath(message);
  const absolute = insideRoot(files.root, file);
  makeParentInside(files.root, absolute);
  try {
    // `wx`: fails if the file exists, even if it appeared since we looked.
    writeFileSync(absolute, newMessageText(message, plan), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw usageError('usage-new-exists', { file });
    }
    throw error;
  }
  return { file, message, lang, notes };
}

/**
 * @inquirer/prompts as `herald new` asks with them, loaded only when there is
 * a terminal to ask on. `streams` replaces the terminal (tests type into it).
 */
export async function inquirerPrompts(streams?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): Promise<Prompts> {
  const { checkbox, input, select } = await import('@inquirer/prompts');
  return {
    checkbox: (config) => checkbox(config, streams),
    select: (config) => select(config, streams),
    input: (config) => input(config, streams),
  };
}
