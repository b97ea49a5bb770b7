import { isScalar, Scalar } from 'yaml';
import { defineMessageRule } from '../model/rule.js';
import type { Finding } from '../model/rule.js';
import type { Fix } from '../model/diagnostic.js';
import type { FrontMatterProblem, Message } from '../model/message.js';
import { frontMatterFields } from '../model/front-matter-schema.js';
import { replaceScalar, scalarAt, yamlReadsBack } from '../scope/fixes.js';
import { findNode } from '../validate/yaml-locate.js';
import type { Plan } from '../model/plan.js';
import { slugify } from '../model/slug.js';
import { FIELD_MESSAGES, getPath } from '../validate/describe-issue.js';
import { closest } from '../validate/suggest.js';

const FIELD_NAMES = Object.keys(frontMatterFields);

/** The plan's ids a field names, by the field's key (`audience`, `goal`, `campaign`, `channels`). */
function idsFor(name: string | number | undefined, plan: Plan): string[] | undefined {
  if (name === 'audience') return [...plan.segmentById.keys()];
  if (name === 'goal') return [...plan.goalById.keys()];
  if (name === 'campaign') return [...plan.campaignById.keys()];
  if (name === 'channels') return [...plan.channelById.keys()];
  return undefined;
}

/**
 * An id written as words (`goal: Gezond werken`) becomes the plan's id the
 * writer most likely means (`gezond-werken`), or the plan's ids when none
 * is close: never a made-up example.
 */
function idForm(problem: FrontMatterProblem, message: Message, plan: Plan): Finding | undefined {
  const field = problem.data?.field;
  const path = problem.path ?? [];
  const [name, index] = path;
  const isIdField =
    (path.length === 1 && (name === 'audience' || name === 'goal' || name === 'campaign')) ||
    (path.length === 2 && (name === 'audience' || name === 'channels') && typeof index === 'number');
  if (problem.messageId !== 'kebab-case' || typeof field !== 'string' || !isIdField) return undefined;
  const ids = idsFor(name, plan);
  const value = getPath(message.data, path);
  if (!ids || typeof value !== 'string') return undefined;
  // An id is written as a slug is: the same fold (accents, ligatures, apostrophes) gives the id the writer meant.
  const normal = slugify(value);
  // Else a near id, or the one id the words contain whole ("Nieuwe Verpleging" → "verpleging").
  const inside = ids.filter((id) => `-${normal}-`.includes(`-${id}-`));
  const suggestion = ids.includes(normal) ? normal : (closest(normal, ids) ?? (inside.length === 1 ? inside[0] : undefined));
  // Only the id the words spell exactly: a near one ("did you mean") is for the writer to confirm.
  const fix = suggestion === normal ? replaceScalar(message, path, normal, value) : undefined;
  return {
    at: problem.at,
    messageId: 'id-form',
    data: suggestion ? { field, value } : { field, value, ids },
    ...(suggestion ? { expected: [suggestion] } : {}),
    ...(fix ? { fix } : {}),
  };
}

/**
 * The exact edit a problem's advice spells out, when there is one and it is
 * safe: the comma list in brackets, the value with a colon in quotes, the one
 * field name a misspelt key can mean.
 */
function fixFor(problem: FrontMatterProblem, message: Message): Fix | undefined {
  const data = problem.data;
  switch (problem.messageId) {
    case 'comma-list': {
      const { key, value, items } = data;
      if (typeof key !== 'string' || typeof value !== 'string' || !Array.isArray(items)) return undefined;
      const scalar = scalarAt(message, [key]);
      if (!scalar || scalar.node.value !== value) return undefined;
      const strings = items.map(String);
      const plain = `[${strings.join(', ')}]`;
      const quoted = `[${strings.map((item) => JSON.stringify(item)).join(', ')}]`;
      const text = [plain, quoted].find((t) => yamlReadsBack(t, strings, false));
      return text === undefined ? undefined : { range: scalar.range, text };
    }
    case 'colon-in-value':
      return quoteValueFix(problem, message);
    case 'unknown-field': {
      const key = data.key;
      if (typeof key !== 'string') return undefined;
      return renameKey(message, [], key, problem.expected?.[0], FIELD_NAMES);
    }
    case 'unknown-key': {
      // A misspelt key inside a field: `cta: {txt: …}` → `text`.
      const { key, allowed } = data;
      if (typeof key !== 'string' || !Array.isArray(allowed)) return undefined;
      return renameKey(message, problem.path ?? [], key, problem.expected?.[0], allowed.map(String));
    }
    case 'invalid-value': {
      // A misspelt word from a fixed list: `kind: niews` → `news`.
      const { options } = data;
      const expected = problem.expected?.[0];
      const path = problem.path;
      if (!path || !Array.isArray(options) || expected === undefined) return undefined;
      const value = getPath(message.data, path);
      if (typeof value !== 'string' || !onlyClose(value, expected, options.map(String))) return undefined;
      return replaceScalar(message, path, expected, value);
    }
    default:
      return undefined;
  }
}

/** Whether `expected` is the only one of `candidates` close enough to `written` to be suggested: a fix, never a guess between two. */
function onlyClose(written: string, expected: string, candidates: readonly string[]): boolean {
  return candidates.every((c) => c === expected || closest(written, [c]) === undefined);
}

/**
 * A misspelt key renamed to the one name it can mean (`titel` → `title`),
 * when that name is not in the same mapping yet and the key is written
 * plainly as it was read.
 */
function renameKey(message: Message, parent: (string | number)[], key: string, expected: string | undefined, names: readonly string[]): Fix | undefined {
  if (expected === undefined || !onlyClose(key, expected, names)) return undefined;
  const mapping = parent.length ? getPath(message.data, parent) : message.data;
  if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping) || Object.hasOwn(mapping, expected)) return undefined;
  const doc = message.frontMatter;
  const found = doc && doc.errors.length === 0 ? findNode(doc, [...parent, key]) : undefined;
  const node = found?.complete ? found.key : undefined;
  if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range || message.source.text.slice(node.range[0], node.range[1]) !== key) return undefined;
  return { range: [node.range[0], node.range[1]], text: expected };
}

/**
 * `title: Let op: nieuwe regels` → `title: "Let op: nieuwe regels"`: the
 * advice's quoted value in place of the value, when the line holds just
 * `key: value` (no comment, no continuation on the next line) and the
 * quoted text reads back, with the `yaml` package, as exactly what was
 * written.
 */
function quoteValueFix(problem: FrontMatterProblem, message: Message): Fix | undefined {
  const { key, value, quoted } = problem.data;
  if (typeof key !== 'string' || typeof value !== 'string' || typeof quoted !== 'string' || !value) return undefined;
  // ` #` starts a comment in YAML: whether the writer meant one is a guess.
  if (/\s#/.test(value)) return undefined;
  const { source } = message;
  const { line } = problem.at;
  if (line < 2 || line >= message.bodyLine - 1) return undefined;
  const text = source.lineText(line);
  const start = problem.at.column - 1;
  if (text.slice(start).trimEnd() !== value || !/:[ \t]+$/.test(text.slice(0, start))) return undefined;
  // A plain value may go on over more-indented lines; then the line alone is not the value.
  const indent = /^[ \t]*(?:-[ \t]+)?/.exec(text)![0].length;
  for (let next = line + 1; next < message.bodyLine - 1; next++) {
    const nextText = source.lineText(next);
    if (!nextText.trim()) continue;
    if (/^[ \t]*/.exec(nextText)![0].length > indent) return undefined;
    break;
  }
  if (!yamlReadsBack(quoted, value, false)) return undefined;
  const offset = source.offsetOfLine(line) + start;
  return { range: [offset, offset + value.length], text: quoted };
}

export default defineMessageRule({
  id: 'front-matter',
  scope: 'message',
  defaultSeverity: 'error',
  messages: {
    'not-yaml': ['language'],
    unclosed: [],
    'too-deep': [],
    'colon-in-value': ['key', 'quoted'],
    'quote-value': ['key', 'quoted'],
    'bad-indent': ['key', 'sibling'],
    'tab-indent': ['key'],
    'duplicate-key': ['key'],
    'unclosed-quote': ['key'],
    'unclosed-list': ['key'],
    'unclosed-mapping': ['key'],
    'bad-escape': ['key'],
    'missing-colon': ['text'],
    'extra-document': [],
    'check-line': [],
    'comma-list': ['key', 'items'],
    'alt-outside-image': ['src', 'alt'],
    'id-form': ['field', 'value', 'ids'],
    unreadable: ['reason'],
    'unreadable-too-deep': [],
    'not-a-mapping': [],
    'no-front-matter': [],
    'unknown-field': ['key'],
    'required-field': ['key'],
    'unknown-rule-in-disable': ['id'],
    ...FIELD_MESSAGES,
  },
  check({ message, plan, report }) {
    // The validate stage already found these; this rule gives them an id and a severity.
    for (const problem of message.problems) {
      // `path` is for the fixes here, not part of the finding.
      const { path: _path, ...plain } = problem;
      const finding: Finding = idForm(problem, message, plan) ?? plain;
      const fix = finding.messageId === 'id-form' ? finding.fix : fixFor(problem, message);
      report(fix ? { ...finding, fix } : finding);
    }
  },
});
