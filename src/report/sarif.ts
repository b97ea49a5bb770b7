import { pathToFileURL } from 'node:url';
import type { Diagnostic, Fix, Severity } from '../model/diagnostic.js';
import { SourceText } from '../model/source-text.js';
import { COMMON, compose, composePositional, sectionsOf, templateOf, type Lang } from '../messages/index.js';
import type { ReportInput } from './report-input.js';
import type { ExampleFile } from '../load/rule-examples.js';
import { docWord } from '../messages/rule-docs.js';
import { examplesMarkdown, ruleDoc, type RuleDoc } from './rule-docs.js';
import { fingerprints } from './fingerprint.js';
import { sortDiagnostics, workspacePath } from './shared.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const FINGERPRINT = 'heraldFinding/v1';

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  /** Only when herald's package.json says where the rule pages are published. */
  helpUri?: string;
  defaultConfiguration: { level: Severity };
  /** The rule's sentences with `{0}` placeholders, by `message.id`. */
  messageStrings?: Record<string, { text: string }>;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * SARIF 2.1.0 with one run, as GitHub code scanning accepts it. Artifact
 * URIs are relative to %SRCROOT% so the report does not depend on where the
 * checkout lives; originalUriBaseIds resolves it for local SARIF viewers.
 */
export function sarif(input: ReportInput): string {
  const rules: ReportingDescriptor[] = input.rules.map((rule) => {
    const messageStrings = rule.messages ? messageStringsOf(input.lang, rule.id, rule.messages) : {};
    const doc = ruleDoc(rule, input.lang, input.ruleUrl(rule.id, input.lang));
    return {
      id: rule.id,
      shortDescription: { text: plainText(doc.description) },
      // The rationale: why the rule exists, not the one line again.
      fullDescription: { text: plainText(doc.rationale) },
      help: helpOf(doc, input.lang),
      ...(doc.url !== undefined && { helpUri: doc.url }),
      defaultConfiguration: { level: rule.defaultSeverity },
      ...(Object.keys(messageStrings).length > 0 && { messageStrings }),
    };
  });
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const placeholders = new Map(input.rules.map((rule) => [rule.id, rule.messages ?? {}]));
  const location = (file: string, region: Region) => ({
    physicalLocation: { artifactLocation: { uri: encodePath(workspacePath(input, file)), uriBaseId: SRCROOT }, region },
  });

  const sources = new Map<string, SourceText | undefined>();
  const sourceText = (file: string) => {
    if (!sources.has(file)) {
      const text = input.sourceOf?.(file);
      sources.set(file, text === undefined ? undefined : new SourceText(text));
    }
    return sources.get(file);
  };
  const sorted = sortDiagnostics(input.diagnostics);
  const prints = fingerprints(sorted, (file) => workspacePath(input, file));
  const results = sorted.map((d, i) => {
    // A finding from outside the catalogue (e.g. an internal check) still
    // gets a descriptor, so every ruleIndex points at a real rule.
    let index = ruleIndex.get(d.ruleId);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(d.ruleId, index);
      rules.push({
        id: d.ruleId,
        shortDescription: { text: d.ruleId },
        fullDescription: { text: d.ruleId },
        help: { text: d.ruleId },
        ...(d.url && { helpUri: d.url }),
        defaultConfiguration: { level: d.severity },
      });
    }
    const region: Region = { startLine: d.line, startColumn: d.column };
    if (d.endLine !== undefined) region.endLine = d.endLine;
    if (d.endColumn !== undefined) region.endColumn = d.endColumn;
    const message = messageOf(input.lang, d, placeholders.get(d.ruleId)?.[d.messageId ?? ''] ?? []);
    if (message.id !== undefined) {
      const descriptor = rules[index]!;
      descriptor.messageStrings ??= {};
      descriptor.messageStrings[message.id] ??= { text: message.template! };
    }
    return {
      ruleId: d.ruleId,
      ruleIndex: index,
      level: d.severity,
      message: { text: d.message, ...(message.id !== undefined && { id: message.id, arguments: message.args }) },
      locations: [location(d.file, region)],
      // Versioned: a change to what the key holds gets a new name rather than new values under the old one.
      partialFingerprints: { [FINGERPRINT]: prints[i]! },
      ...(d.related?.length && {
        relatedLocations: d.related.map((r, i) => {
          const text =
            r.messageId && templateOf(input.lang, d.ruleId, r.messageId) !== undefined ? compose(input.lang, d.ruleId, r.messageId, d.data) : undefined;
          return { id: i + 1, ...location(r.file, { startLine: r.line, startColumn: r.column }), ...(text !== undefined && { message: { text } }) };
        }),
      }),
      ...(d.fix && { fixes: [fixOf(input, d.file, d.fix, sourceText)] }),
    };
  });

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'herald',
            version: input.toolVersion,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(input.workspace ?? input.root) } },
        // Diagnostic columns count UTF-16 code units, SARIF's default; said explicitly.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A rule's `help`: the rationale and the failing and passing example, as
 * the rule page has them (Markdown for viewers that render it, such as
 * GitHub code scanning; plain text for the rest).
 */
function helpOf(doc: RuleDoc, lang: Lang): { text: string; markdown: string } {
  const files = (list: readonly ExampleFile[]) => list.map((f) => (list.length > 1 ? `==> ${f.path} <==\n${f.text}` : f.text).replace(/\n$/, '')).join('\n');
  const text = [plainText(doc.rationale)];
  if (doc.example)
    text.push(`${docWord(lang, 'heading-fails')}:\n${files(doc.example.fail)}`, `${docWord(lang, 'heading-passes')}:\n${files(doc.example.pass)}`);
  return { text: text.join('\n\n'), markdown: [doc.rationale, ...examplesMarkdown(doc, lang, '###')].join('\n\n') };
}

/** A sentence of the rule docs without its Markdown code marks. */
function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

/**
 * A finding's fix as a SARIF `fix`: its replacement as a region in lines and
 * columns (as the findings' regions are: no byte order mark or line ending
 * question for a consumer to settle), from the file's text when the caller
 * has it, else as character offsets; described in the report's language.
 */
function fixOf(input: ReportInput, file: string, fix: Fix, sourceText: (file: string) => SourceText | undefined) {
  const source = sourceText(file);
  const [start, end] = fix.range;
  const known = source !== undefined && end <= source.text.length;
  let deletedRegion: Record<string, number>;
  if (known) {
    const from = source.locationOf(start);
    const to = source.locationOf(end);
    deletedRegion = { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  } else {
    deletedRegion = { charOffset: start, charLength: end - start };
  }
  const description = known
    ? compose(input.lang, 'fix', 'replace', { old: source.text.slice(start, end), new: fix.text })
    : compose(input.lang, COMMON, 'replace-with', {}, [fix.text]);
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { uri: encodePath(workspacePath(input, file)), uriBaseId: SRCROOT },
        replacements: [{ deletedRegion, insertedContent: { text: fix.text } }],
      },
    ],
  };
}

/** SARIF's placeholders are `{0}`; a literal brace is doubled. */
const SARIF_FORMAT = { format: (i: number) => `{${i}}`, literal: (text: string) => text.replace(/[{}]/g, (c) => c + c) };

/** `unknown-key.expected`: a message id, and which of its template's sections have a value (each variant is one SARIF string). */
function variantId(messageId: string, variant: readonly string[]): string {
  return [messageId, ...variant].join('.');
}

/**
 * A rule's message strings: every message's template in SARIF's form, once
 * per combination of its sections (`{{#expected}}…`) having a value, with
 * the placeholders numbered in the order the rule declares them, in the
 * language of the results' sentences.
 */
function messageStringsOf(lang: Lang, namespace: string, messages: Readonly<Record<string, readonly string[]>>): Record<string, { text: string }> {
  const out: Record<string, { text: string }> = {};
  for (const [messageId, order] of Object.entries(messages)) {
    const template = templateOf(lang, namespace, messageId);
    if (template === undefined) continue;
    const names = sectionsOf(template);
    for (let mask = 0; mask < 1 << names.length; mask++) {
      const data = Object.fromEntries(names.filter((_, i) => mask & (1 << i)).map((name) => [name, name]));
      const p = composePositional(lang, namespace, messageId, data, undefined, { order, ...SARIF_FORMAT });
      if (p) out[variantId(messageId, p.variant)] ??= { text: p.template };
    }
  }
  return out;
}

/**
 * A result's message as SARIF's `id` and `arguments`, when the finding has a
 * message id and its template, filled with those arguments, gives the very
 * sentence of `text` (else the result has only `text`).
 */
function messageOf(lang: Lang, d: Diagnostic, order: readonly string[]): { id?: string; template?: string; args: string[] } {
  if (d.messageId === undefined) return { args: [] };
  const p = composePositional(lang, d.ruleId, d.messageId, d.data, d.expected, { order, ...SARIF_FORMAT });
  if (!p || fillSarif(p.template, p.args) !== d.message) return { args: [] };
  return { id: variantId(d.messageId, p.variant), template: p.template, args: p.args };
}

/** What a SARIF viewer shows for a message string and its arguments. */
export function fillSarif(template: string, args: readonly string[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (token, index?: string) => (index === undefined ? token[0]! : (args[Number(index)] ?? token)));
}

/** A relative path as a URI reference: each segment percent-encoded. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** SARIF requires a base URI to end with a slash. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}
