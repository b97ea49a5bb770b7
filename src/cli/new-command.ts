import { writeFileSync } from 'node:fs';
import { askMissing, type Prompts } from '../author/ask.js';
import { checkFlags, messagePath, missingFlags, newMessageText, type NewFlags, type NewMessage } from '../author/new-message.js';
import { usageError } from '../messages/terminal.js';
import { readPlanFiles } from '../load/read-project.js';
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
}

/**
 * `herald new <title>`: writes `content/<yyyy>/<slug>.md` with front-matter
 * from the flags, or from questions on a terminal. Never overwrites a file.
 */
export async function runNew(rawTitle: string, options: NewCommandOptions): Promise<NewCommandResult> {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (title === '') throw usageError('usage-new-empty-title');
  // Only the plan: a new message needs its ids, not the other messages (a big project would take seconds).
  const files = await readPlanFiles(options.root);
  const { plan, lang } = validatePlan(files.planFiles, options.lang ?? {});
  if (plan.segments.length === 0 || plan.goals.length === 0) {
    throw usageError('usage-new-empty-plan');
  }

  const checked = checkFlags(options, plan, options.now);
  const missing = missingFlags(checked);
  let message: NewMessage;
  if (missing.length === 0) {
    message = {
      title,
      date: checked.date,
      audience: checked.audience!,
      goal: checked.goal!,
      kind: checked.kind ?? 'news',
      ...(checked.campaign ? { campaign: checked.campaign } : {}),
    };
  } else if (options.interactive && options.prompts) {
    message = await askMissing(title, checked, plan, options.prompts, lang);
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
  return { file, message, lang };
}
