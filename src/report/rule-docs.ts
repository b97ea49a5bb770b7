import type { Severity } from '../model/diagnostic.js';
import type { Rule, RuleMeta } from '../model/rule.js';
import { loadExampleBase, loadRuleExample, type ExampleFile } from '../load/rule-examples.js';
import { compose, placeholdersOf, sectionsOf, templateOf, type Lang } from '../messages/index.js';
import { docWord, ruleSentence } from '../messages/rule-docs.js';

/**
 * Everything a rule's documentation says, in one language: the model behind
 * the rule page (`docs/rules/<id>.md`, `ruleMarkdown`), `herald rules <id>`
 * (cli/rules-command.ts) and SARIF's `help`. The renderings only lay it out.
 */
export interface RuleDoc {
  id: string;
  scope: Rule['scope'];
  defaultSeverity: Severity;
  /** One line, Markdown (code in backticks). */
  description: string;
  /** Why the rule exists, Markdown. */
  rationale: string;
  /** Every message the rule can show: its id and its sentence with the placeholders as `‹name›`, in its longest and shortest form. */
  messages: { id: string; texts: string[] }[];
  /** Each option with its default, and the built-in list it adds to. */
  options: { name: string; default: unknown; builtIn?: { file: string; entries: readonly string[] } }[];
  /** A failing and a passing example (the files each adds to the example plan); a test runs both through the linter. */
  example: { fail: ExampleFile[]; pass: ExampleFile[] } | undefined;
  /** How to set the rule in the plan, and how to silence it in one message (message rules only). */
  configure: { plan: string; options?: string; comment?: string; field?: string };
  /** The published page, when herald's package.json names where (see model/diagnostic.ts `rulePageUrl`). */
  url: string | undefined;
}

/** The doc model of a rule in `lang`. */
export function ruleDoc(rule: RuleMeta, lang: Lang, url?: string): RuleDoc {
  const defaults = (rule.options?.parse({}) ?? {}) as Record<string, unknown>;
  const firstOption = Object.keys(defaults)[0];
  return {
    id: rule.id,
    scope: rule.scope,
    defaultSeverity: rule.defaultSeverity,
    description: ruleSentence(lang, rule, 'description'),
    rationale: ruleSentence(lang, rule, 'rationale'),
    messages: Object.keys(rule.messages ?? {}).map((id) => ({ id, texts: readableTemplates(lang, rule.id, id) })),
    options: Object.entries(defaults).map(([name, value]) => ({ name, default: value, ...(rule.builtIn?.[name] ? { builtIn: rule.builtIn[name] } : {}) })),
    example: loadRuleExample(rule.id, lang),
    configure: {
      plan: `rules: {${rule.id}: off | warn | error}`,
      ...(firstOption !== undefined ? { options: `rules: {${rule.id}: [warn, {${firstOption}: …}]}` } : {}),
      ...(rule.scope === 'message' ? { comment: `<!-- herald-disable-next-line ${rule.id} -->`, field: `lint: {disable: [${rule.id}]}` } : {}),
    },
    url,
  };
}

/**
 * A message's sentence as a writer would read it, with each value shown as
 * `‹name›`: once with every optional part (`{{#expected}}…`) and, when it
 * differs, once without them.
 */
function readableTemplates(lang: Lang, namespace: string, messageId: string): string[] {
  const template = templateOf(lang, namespace, messageId);
  if (template === undefined) return [];
  const sections = new Set(sectionsOf(template));
  // A list of one marker: `{{#list}}"{{.}}"{{/list}}` repeats once, a plural choice of a non-number takes its plural.
  const marker = (name: string) => [`‹${name}›`];
  const all = Object.fromEntries(placeholdersOf(template).map((name) => [name, marker(name)]));
  const bare = Object.fromEntries(Object.entries(all).filter(([name]) => !sections.has(name)));
  return [...new Set([compose(lang, namespace, messageId, all), compose(lang, namespace, messageId, bare)])];
}

/** The word for a severity. */
export function severityWord(lang: Lang, severity: Severity): string {
  return docWord(lang, `severity-${severity}`);
}

/** An option's default as the plan would write it (JSON is YAML). */
export function formatDefault(value: unknown): string {
  return JSON.stringify(value);
}

// ── Markdown ────────────────────────────────────────────────────────────────

/** Text shown as itself in Markdown (a message template, a word list). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** `text` as an inline code span, with a fence longer than any backtick run in it. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return /^`|`$/.test(text) ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A file as a fenced block under its path. */
function codeBlock(file: ExampleFile): string {
  const longest = Math.max(2, ...[...file.text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const info = file.path.endsWith('.yaml') ? 'yaml' : 'markdown';
  return `${code(file.path)}\n\n${fence}${info}\n${file.text.replace(/\n?$/, '\n')}${fence}`;
}

/** The failing and passing example as Markdown sections (the rule page and SARIF's `help.markdown`). */
export function examplesMarkdown(doc: RuleDoc, lang: Lang, level: '##' | '###'): string[] {
  if (!doc.example) return [];
  return [
    `${level} ${docWord(lang, 'heading-fails')}`,
    doc.example.fail.map(codeBlock).join('\n\n'),
    `${level} ${docWord(lang, 'heading-passes')}`,
    doc.example.pass.map(codeBlock).join('\n\n'),
  ];
}

/** The rule page, `docs/rules/<id>.md` (English) or `docs/rules/nl/<id>.md`. */
export function ruleMarkdown(doc: RuleDoc, lang: Lang): string {
  const w = (id: string, data?: Parameters<typeof docWord>[2]) => docWord(lang, id, data);
  const other = lang === 'en' ? `nl/${doc.id}.md` : `../${doc.id}.md`;
  const parts: string[] = [
    `<!-- ${w('generated')} -->`,
    `# ${doc.id}`,
    `[${w('other-language')}](${other}) · [${w('index-title')}](README.md)`,
    `**${w(`scope-${doc.scope}`)}** · ${w('default-severity', { severity: severityWord(lang, doc.defaultSeverity) })}`,
    doc.description,
    `## ${w('heading-why')}`,
    doc.rationale,
    `## ${w('heading-says')}`,
    doc.messages.flatMap((m) => m.texts.map((text) => `- ${escapeMarkdown(text)} (${code(m.id)})`)).join('\n'),
  ];
  if (doc.options.length > 0) {
    parts.push(
      `## ${w('heading-options')}`,
      doc.options
        .map((o) => {
          const line = `- ${code(`${o.name}: ${formatDefault(o.default)}`)}`;
          return o.builtIn ? `${line}: ${escapeMarkdown(w('built-in-print', { count: o.builtIn.entries.length, file: o.builtIn.file, id: doc.id }))}` : line;
        })
        .join('\n'),
      w('set-options', { example: code(doc.configure.options!) }),
    );
  }
  parts.push(
    ...examplesMarkdown(doc, lang, '##'),
    `## ${w('heading-configure')}`,
    configureLines(doc, lang, code)
      .map((l) => `- ${l}`)
      .join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}

/** The lines on setting the rule in the plan and silencing it in a message, with `quote` around each snippet. */
export function configureLines(doc: RuleDoc, lang: Lang, quote: (snippet: string) => string): string[] {
  return [
    docWord(lang, 'configure-plan', { example: quote(doc.configure.plan) }),
    ...(doc.configure.comment ? [docWord(lang, 'configure-message', { comment: quote(doc.configure.comment), field: quote(doc.configure.field!) })] : []),
  ];
}

/** The index page of the rules, `docs/rules/README.md` or `docs/rules/nl/README.md`. */
export function indexMarkdown(docs: readonly RuleDoc[], lang: Lang, basePlan: readonly ExampleFile[]): string {
  const w = (id: string, data?: Parameters<typeof docWord>[2]) => docWord(lang, id, data);
  const parts = [
    `<!-- ${w('generated')} -->`,
    `# ${w('index-title')}`,
    `[${w('other-language')}](${lang === 'en' ? 'nl/README.md' : '../README.md'})`,
    w('index-intro'),
  ];
  for (const scope of ['message', 'plan'] as const) {
    parts.push(
      `## ${w(`heading-${scope}-rules`)}`,
      [
        `| ${w('column-rule')} | ${w('column-severity')} | ${w('column-checks')} |`,
        '| --- | --- | --- |',
        ...docs
          .filter((d) => d.scope === scope)
          .map((d) => `| [${d.id}](${d.id}.md) | ${severityWord(lang, d.defaultSeverity)} | ${d.description.replace(/\|/g, '\\|')} |`),
      ].join('\n'),
    );
  }
  parts.push(`## ${w('heading-example-plan')}`, w('example-plan'), basePlan.map(codeBlock).join('\n\n'));
  return `${parts.join('\n\n')}\n`;
}

/** Where the pages are checked in, relative to the repository root, by language. */
export const RULE_PAGES_DIR: Readonly<Record<Lang, string>> = { en: 'docs/rules', nl: 'docs/rules/nl' };

/**
 * Every rule page and the index, in both languages, by path relative to the
 * repository root: what `npm run docs:rules` writes, and what a test compares
 * the checked-in pages with.
 */
export function rulePages(rules: readonly Rule[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const lang of ['en', 'nl'] as const) {
    const docs = rules.map((rule) => ruleDoc(rule, lang));
    for (const doc of docs) pages.set(`${RULE_PAGES_DIR[lang]}/${doc.id}.md`, ruleMarkdown(doc, lang));
    pages.set(`${RULE_PAGES_DIR[lang]}/README.md`, indexMarkdown(docs, lang, loadExampleBase(lang)));
  }
  return pages;
}
