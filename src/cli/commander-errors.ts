import type { CommanderError } from 'commander';
import type { MessageData } from '../model/diagnostic.js';
import type { Lang } from '../messages/catalogue.js';
import { compose } from '../messages/index.js';

/** The catalogue block of herald build's progress and commander's own errors. */
const PROGRESS = 'progress';

/**
 * What commander found wrong on the command line, by its error code, with
 * the parts of its (English) message a sentence needs: commander passes no
 * data, only `code` and `message`, whose wording is stable within a major
 * version (14). An error this does not know keeps commander's words.
 */
const READERS: Record<string, { id: string; pattern: RegExp; data: (m: RegExpExecArray) => MessageData }> = {
  'commander.unknownOption': {
    id: 'cli-unknown-option',
    pattern: /unknown option '([^']*)'(?:\s*\(Did you mean (\S+?)\?\))?/,
    data: (m) => ({ option: m[1]!, ...(m[2] ? { suggestion: m[2] } : {}) }),
  },
  'commander.unknownCommand': {
    id: 'cli-unknown-command',
    pattern: /unknown command '([^']*)'(?:\s*\(Did you mean (\S+?)\?\))?/,
    data: (m) => ({ name: m[1]!, ...(m[2] ? { suggestion: m[2] } : {}) }),
  },
  'commander.missingArgument': { id: 'cli-missing-argument', pattern: /missing required argument '([^']*)'/, data: (m) => ({ argument: m[1]! }) },
  'commander.optionMissingArgument': {
    id: 'cli-option-missing-value',
    pattern: /option '((--?[\w-]+)(?:, (--[\w-]+))?[^']*)' argument missing/,
    data: (m) => ({ flags: m[1]!, option: m[3] ?? m[2]! }),
  },
  'commander.missingMandatoryOptionValue': {
    id: 'cli-missing-option',
    pattern: /required option '((--?[\w-]+)(?:, (--[\w-]+))?[^']*)' not specified/,
    data: (m) => ({ flags: m[1]!, option: m[3] ?? m[2]! }),
  },
  'commander.excessArguments': {
    id: 'cli-too-many-arguments',
    pattern: /Expected (\d+) arguments? but got (\d+)/,
    data: (m) => ({ expected: Number(m[1]), got: Number(m[2]) }),
  },
  'commander.invalidArgument': {
    id: 'cli-invalid-value',
    pattern:
      /(?:option '(?:(--?[\w-]+)(?:, (--[\w-]+))?[^']*)' argument|command-argument value) '([^']*)' is invalid(?: for argument '([^']*)')?\.\s*([\s\S]*)$/,
    data: (m) => ({ option: m[2] ?? m[1] ?? m[4]!, value: m[3]!, reason: m[5]!.trim() }),
  },
};

const CHOICES = /^Allowed choices are (.+)\.$/;

/**
 * Commander's error in the writer's language: the sentence and a hint (what
 * commander suggests, then where `--help` lists what is possible). `command`
 * is the command the error is about ("herald check", or "herald"); `reasons`
 * turns herald's own reasons (from its argument parsers, composed before the
 * language was known) back into the language.
 */
export function commanderErrorText(
  error: CommanderError,
  lang: Lang,
  command: string,
  reasons: (reason: string) => string | undefined = () => undefined,
): { message: string; hint: string } {
  const reader = READERS[error.code];
  const m = reader?.pattern.exec(error.message);
  const help = { command };
  if (!reader || !m) {
    return { message: error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '), hint: compose(lang, PROGRESS, 'cli-help-hint', help) };
  }
  let id = reader.id;
  let data: MessageData = { ...reader.data(m), command };
  if (id === 'cli-invalid-value') {
    const { reason, ...rest } = data;
    const choices = CHOICES.exec(String(reason))?.[1];
    if (choices) {
      id = 'cli-invalid-choice';
      data = { ...rest, choices: choices.split(', ') };
    } else {
      data = { ...rest, reason: reasons(String(reason)) ?? String(reason) };
    }
  }
  return { message: compose(lang, PROGRESS, id, data), hint: compose(lang, PROGRESS, `${id}-hint`, data) };
}
