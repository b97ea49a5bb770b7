import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { herald } from '../helpers/project.js';

/**
 * The README documents every command with a table of its options. This keeps
 * those tables and the CLI's own --help in step: an option added to the CLI
 * without a row in the README fails here, and so does a row for an option the
 * CLI does not have (renamed or removed).
 */

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function help(args: string[]): string {
  const result = herald([...args, '--help', '--lang', 'en']);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** The indented entries of one block of commander's help ("Options:", "Arguments:", "Commands:"): the term before the description. */
function helpTerms(text: string, block: string): string[] {
  const body = new RegExp(`(?:^|\\n)${block}:\\n([\\s\\S]*?)(?:\\n\\n|\\n?$)`).exec(text)?.[1] ?? '';
  return body
    .split('\n')
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s{2,}/)[0]!);
}

const FLAG = /(?<![\w-])--?[a-zA-Z][\w-]*/g;

function helpOptions(text: string): string[] {
  return helpTerms(text, 'Options')
    .flatMap((term) => term.match(FLAG) ?? [])
    .filter((flag) => flag !== '-h' && flag !== '--help')
    .sort();
}

function helpArguments(text: string): string[] {
  return helpTerms(text, 'Arguments').sort();
}

/** The README's text from a heading (matched from its start) to the next heading of level 2 or 3. */
function section(heading: RegExp): string {
  const lines = README.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && /^#{2,3} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The first cells of the rows of the section's options table (the one whose header starts with "option"). */
function tableTerms(text: string): string[] | undefined {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => /^\|\s*option\s*\|/.test(line));
  if (header < 0) return undefined;
  const terms: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    terms.push(line.split(/(?<!\\)\|/)[1]!.trim());
  }
  return terms;
}

function tableOptions(terms: string[]): string[] {
  return terms
    .filter((term) => !/^`[[<]/.test(term))
    .flatMap((term) => term.match(FLAG) ?? [])
    .sort();
}

function tableArguments(terms: string[]): string[] {
  return terms
    .filter((term) => /^`[[<]/.test(term))
    .map((term) => /^`[[<]([\w-]+)/.exec(term)![1]!)
    .sort();
}

const COMMANDS = helpTerms(help([]), 'Commands')
  .map((term) => term.split(' ')[0]!)
  .filter((name) => name !== 'help');

describe('the README’s options tables and --help', () => {
  it('reads the commands and options from --help', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['init', 'new', 'schema', 'check', 'build', 'dev', 'lsp', 'plan', 'rules']));
    expect(helpOptions(help(['check']))).toEqual(expect.arrayContaining(['-f', '--format', '--max-warnings', '--print-config']));
    expect(helpOptions(help(['build']))).toEqual(expect.arrayContaining(['--no-search', '--plan-page', '--no-plan-page']));
    expect(helpArguments(help(['new']))).toEqual(['title']);
  });

  it('documents the options every command takes, and only those', () => {
    const table = tableTerms(section(/^## Commands$/));
    expect(table, 'a table "| option | meaning |" under "## Commands"').toBeDefined();
    expect(tableOptions(table!)).toEqual(helpOptions(help([])));
  });

  it.each(COMMANDS)('documents every option of herald %s, and only those', (command) => {
    const text = section(new RegExp(`^### herald ${command}( |$)`));
    expect(text, `a section "### herald ${command}" in the README`).not.toBe('');
    const table = tableTerms(text);
    expect(table, `a table "| option | meaning |" in "### herald ${command}"`).toBeDefined();
    const usage = help([command]);
    expect(tableOptions(table!), `the options of herald ${command} --help`).toEqual(helpOptions(usage));
    expect(tableArguments(table!), `the arguments of herald ${command} --help`).toEqual(helpArguments(usage));
  });
});
