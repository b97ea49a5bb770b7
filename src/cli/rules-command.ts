import pc from 'picocolors';
import { usageError } from '../messages/terminal.js';
import { ruleUrl } from '../model/diagnostic.js';
import { findRule, RULES } from '../rules/index.js';
import { closest } from '../validate/suggest.js';
import type { Lang } from '../messages/catalogue.js';
import { docWord, ruleSentence } from '../messages/rule-docs.js';
import type { ExampleFile } from '../load/rule-examples.js';
import { configureLines, formatDefault, ruleDoc, severityWord } from '../report/rule-docs.js';

/**
 * `herald rules`: the catalogue, one line per rule, in the writer's language
 * (the same descriptions as the index page, docs/rules/README.md).
 */
export function listRules(color: boolean, lang: Lang = 'en'): string {
  const c = pc.createColors(color);
  const w = (id: string) => docWord(lang, id);
  const width = Math.max(...RULES.map((r) => r.id.length));
  const sevWidth = Math.max(severityWord(lang, 'error').length, severityWord(lang, 'warning').length);
  const lines: string[] = [];
  for (const scope of ['message', 'plan'] as const) {
    lines.push(c.bold(w(`heading-${scope}-rules`)));
    for (const rule of RULES.filter((r) => r.scope === scope)) {
      const word = severityWord(lang, rule.defaultSeverity).padEnd(sevWidth);
      const severity = rule.defaultSeverity === 'error' ? c.red(word) : c.yellow(word);
      lines.push(`  ${rule.id.padEnd(width)}  ${severity}  ${ruleSentence(lang, rule, 'description')}`);
    }
    lines.push('');
  }
  lines.push(w('list-more'));
  return lines.join('\n');
}

/**
 * `herald rules <id>`: the rule page (docs/rules/<id>.md) for the terminal,
 * from the same doc model, in the writer's language; the built-in lists in
 * full, where the page gives their size.
 */
export function explainRule(id: string, color: boolean, lang: Lang = 'en'): string {
  const rule = findRule(id);
  if (!rule) {
    const suggestion = closest(
      id,
      RULES.map((r) => r.id),
    );
    throw usageError('usage-rules-unknown', { id, expected: suggestion ?? '' });
  }
  const doc = ruleDoc(rule, lang, ruleUrl(rule.id, lang));
  const c = pc.createColors(color);
  const w = (messageId: string, data?: Parameters<typeof docWord>[2]) => docWord(lang, messageId, data);
  const lines = [
    `${c.bold(doc.id)}  (${w(`scope-${doc.scope}`)}, ${w('default-severity', { severity: severityWord(lang, doc.defaultSeverity) })})`,
    '',
    doc.description,
    '',
    c.bold(w('heading-why')),
    ...wrapText(doc.rationale, 2, 100),
    '',
    c.bold(w('heading-says')),
    ...doc.messages.flatMap((m) => m.texts.flatMap((text) => wrapText(text, 4, 100, '  - '))),
  ];
  if (doc.options.length > 0) {
    lines.push('', c.bold(w('heading-options')));
    for (const option of doc.options) {
      lines.push(`  ${option.name}: ${formatDefault(option.default)}`);
      // An empty default that adds to a list in data: show the list, so `words: []` does not read as "no words".
      const list = option.builtIn;
      if (list) lines.push(`    ${w('built-in', { count: list.entries.length, file: list.file })}:`, ...wrap(list.entries, 6, 100));
    }
    lines.push('', `  ${w('set-options', { example: doc.configure.options! })}`);
  }
  if (doc.example) {
    lines.push(
      '',
      c.bold(c.red(w('heading-fails'))),
      ...exampleLines(doc.example.fail),
      '',
      c.bold(c.green(w('heading-passes'))),
      ...exampleLines(doc.example.pass),
    );
  }
  lines.push('', c.bold(w('heading-configure')), ...configureLines(doc, lang, (snippet) => snippet).map((l) => `  ${l}`));
  if (doc.url) lines.push('', w('docs', { url: doc.url }));
  return lines.join('\n');
}

/** An example's files, indented; with a `==> path <==` line before each when there are several (as the data file has them). */
function exampleLines(files: readonly ExampleFile[]): string[] {
  const text = (f: ExampleFile) =>
    f.text
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => (l ? `    ${l}` : ''));
  if (files.length === 1) return text(files[0]!);
  return files.flatMap((f) => [`  ==> ${f.path} <==`, ...text(f)]);
}

/** Prose wrapped between words to `width` columns, indented by `indentBy` (the first line may start with `first`). */
function wrapText(text: string, indentBy: number, width: number, first?: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indentBy + line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.map((l, i) => (i === 0 && first !== undefined ? first.padEnd(indentBy) : ' '.repeat(indentBy)) + l);
}

/** Entries joined with ", ", wrapped between entries (a phrase stays on one line) to `width` columns, indented by `indentBy`. */
function wrap(entries: readonly string[], indentBy: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  entries.forEach((entry, i) => {
    const item = i < entries.length - 1 ? `${entry},` : entry;
    if (line && indentBy + line.length + 1 + item.length > width) {
      out.push(' '.repeat(indentBy) + line);
      line = item;
    } else line = line ? `${line} ${item}` : item;
  });
  if (line) out.push(' '.repeat(indentBy) + line);
  return out;
}
