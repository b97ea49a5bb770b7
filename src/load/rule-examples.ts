import { readFileSync } from 'node:fs';
import type { Lang } from '../messages/catalogue.js';

/** One file of an example project: its path in the project and its text. */
export interface ExampleFile {
  path: string;
  text: string;
}

/** A rule's failing and passing example in one language: the files each adds to the example project. */
export interface RuleExample {
  fail: ExampleFile[];
  pass: ExampleFile[];
}

/** Where the examples live: `data/rule-examples/`, shipped in the package (see its README.md). */
export const EXAMPLES_DIR = new URL('../../data/rule-examples/', import.meta.url);

/** The message path of an example that is a single message. */
export const MESSAGE_PATH: Readonly<Record<Lang, string>> = { nl: 'content/bericht.md', en: 'content/message.md' };

// head(1)'s header for several files in one text: a line `==> path <==`.
const HEADER = /^==> (.+) <==$/;

/**
 * The files of an example text: a single message (the text as it is, at
 * `single`), or several files, each after a `==> path <==` line (as `head`
 * prints them), plan files included.
 */
export function parseExample(text: string, single: string): ExampleFile[] {
  if (!HEADER.test(text.split('\n', 1)[0]!)) return [{ path: single, text }];
  const files: ExampleFile[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    const header = HEADER.exec(line.replace(/\n$/, ''));
    if (header) files.push({ path: header[1]!, text: '' });
    else files[files.length - 1]!.text += line;
  }
  return files;
}

function read(name: string): string | undefined {
  try {
    return readFileSync(new URL(name, EXAMPLES_DIR), 'utf8');
  } catch {
    return undefined;
  }
}

/** A rule's examples in `lang`, or undefined when it has none in that language (a test fails on that). */
export function loadRuleExample(ruleId: string, lang: Lang): RuleExample | undefined {
  const fail = read(`${ruleId}/fail.${lang}.md`);
  const pass = read(`${ruleId}/pass.${lang}.md`);
  if (fail === undefined || pass === undefined) return undefined;
  return { fail: parseExample(fail, MESSAGE_PATH[lang]), pass: parseExample(pass, MESSAGE_PATH[lang]) };
}

/** The plan every example of `lang` is checked against (`base.<lang>.md`). */
export function loadExampleBase(lang: Lang): ExampleFile[] {
  const text = read(`base.${lang}.md`);
  if (text === undefined) throw new Error(`data/rule-examples/base.${lang}.md is missing from the package`);
  return parseExample(text, 'plans/plan.yaml');
}

/** The whole project of an example: the base plan with the example's files added, a file of the same path replaced. */
export function exampleProject(base: readonly ExampleFile[], example: readonly ExampleFile[]): Record<string, string> {
  return Object.fromEntries([...base, ...example].map((f) => [f.path, f.text]));
}
