import type { Location } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import { locateInYaml, locateTextInYaml } from '../validate/yaml-locate.js';

/** Location of a front-matter value (or the top of the file when it is absent). */
export function fieldLocation(message: Message, path: readonly (string | number)[]): Location {
  return locateInYaml(message.frontMatter, message.source, path, { fallbackLine: 1 });
}

/** Location of some text inside a front-matter string, e.g. a hype word in `why`. */
export function textInField(message: Message, path: readonly (string | number)[], needle: string): Location {
  return locateTextInYaml(message.frontMatter, message.source, path, needle);
}

/** Where the message starts: the opening `---` line. */
export const TOP: Location = { line: 1, column: 1 };
