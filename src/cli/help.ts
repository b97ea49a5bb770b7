import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from '../messages/catalogue.js';
import { say } from '../messages/terminal.js';
import { compose } from '../messages/index.js';

/** Commander's own headings, by the text it passes to `styleTitle`. */
const TITLES: Record<string, string> = {
  'Usage:': 'help-title-usage',
  'Options:': 'help-title-options',
  'Global Options:': 'help-title-global-options',
  'Commands:': 'help-title-commands',
  'Arguments:': 'help-title-arguments',
};

/** Commander's words in an option's or argument's extra information: `(choices: …, default: …)`. */
const EXTRA = /(?<=\(|, )(choices|default|preset|env)(?=: )/g;

/**
 * `--help`'s frame in the writer's language: the headings commander writes
 * itself, and its "choices" and "default". The descriptions themselves come
 * from the catalogue where the commands are declared (main.ts).
 */
export function commanderHelp(lang: Lang): HelpConfiguration {
  const base = new Help();
  const words = (text: string) => text.replace(EXTRA, (word) => say(lang, `help-extra-${word}`));
  // Commander's placeholders in a usage line: "herald check [options] [paths...]".
  const usage = (text: string) =>
    text
      .replace(/\[options\]/g, `[${compose(lang, 'progress', 'help-usage-options')}]`)
      .replace(/\[command\]/g, `[${compose(lang, 'progress', 'help-usage-command')}]`);
  return {
    styleTitle: (title: string) => {
      const id = TITLES[title];
      return id ? say(lang, id) : title;
    },
    commandUsage: (command: Command) => usage(base.commandUsage(command)),
    subcommandTerm: (command: Command) => usage(base.subcommandTerm(command)),
    optionDescription: (option: Option) => words(base.optionDescription(option)),
    argumentDescription: (argument: Argument) => words(base.argumentDescription(argument)),
  };
}
