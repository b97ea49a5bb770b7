import { writeFileSync } from 'node:fs';
import { askMissing, type Prompts } from '../author/ask.js';
import { checkFlags, messagePath, missingFlags, newMessageText, type NewFlags, type NewMessage } from '../author/new-message.js';
import { UsageError } from '../model/errors.js';
import { readPlanFiles } from '../load/read-project.js';
import { validatePlan } from '../validate/validate-plan.js';
import { insideRoot, makeParentInside } from './paths.js';

export interface NewCommandOptions extends NewFlags {
  root: string;
  /** Whether a person can answer questions (stdin and stdout are a terminal). */
  interactive: boolean;
  /** The prompts to ask with; @inquirer/prompts in the CLI, canned answers in tests. */
  prompts?: Prompts;
  now: number;
}

export interface NewCommandResult {
  /** The file written, relative to the root. */
  file: string;
  message: NewMessage;
}

/**
 * `herald new <title>`: writes `content/<yyyy>/<slug>.md` with front-matter
 * from the flags, or from questions on a terminal. Never overwrites a file.
 */
export async function runNew(rawTitle: string, options: NewCommandOptions): Promise<NewCommandResult> {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (title === '') throw new UsageError('The title is empty.', 'Run: herald new "Title of the message"');
  // Only the plan: a new message needs its ids, not the other messages (a big project would take seconds).
  const files = await readPlanFiles(options.root);
  const { plan } = validatePlan(files.planFiles);
  if (plan.segments.length === 0 || plan.goals.length === 0) {
    throw new UsageError('The plan has no segments or no goals yet, so a message has no one to reach.', 'Add them to plans/ first (see "herald init" for an example).');
  }

  const checked = checkFlags(options, plan, options.now);
  const missing = missingFlags(checked);
  let message: NewMessage;
  if (missing.length === 0) {
    message = { title, date: checked.date, audience: checked.audience!, goal: checked.goal!, kind: checked.kind ?? 'news', ...(checked.campaign ? { campaign: checked.campaign } : {}) };
  } else if (options.interactive && options.prompts) {
    message = await askMissing(title, checked, plan, options.prompts);
  } else {
    throw new UsageError(
      `Missing ${missing.join(' and ')} (there is no terminal to ask on).`,
      `Pass ${missing.map((f) => `${f} <${f === '--goal' ? 'goal id' : 'segment ids'}>`).join(' ')}, e.g. herald new "${title}" --audience ${plan.segments[0]!.id} --goal ${plan.goals[0]!.id}`,
    );
  }

  const file = messagePath(message);
  const absolute = insideRoot(files.root, file);
  makeParentInside(files.root, absolute);
  try {
    // `wx`: fails if the file exists, even if it appeared since we looked.
    writeFileSync(absolute, newMessageText(message, plan), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${file} already exists; herald new never overwrites a message.`, 'Choose another title, or edit that file.');
    }
    throw error;
  }
  return { file, message };
}
