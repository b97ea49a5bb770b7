import type { z } from 'zod';
import type { MessageData } from '../model/diagnostic.js';
import { slugify } from '../model/slug.js';
import { ID_PATTERN } from '../model/primitives.js';
import { closest } from './suggest.js';

export interface IssueDescription {
  /** Path to point at (for unknown keys: the key itself). */
  path: (string | number)[];
  /** True when the path names a key rather than a value. */
  atKey: boolean;
  /** A message id of the catalogue's `common` namespace (`unknown-key`, `invalid-type`, …). */
  messageId: string;
  /** `field` is the path as written (`segments[2].maxPerWeek`); the template quotes it. */
  data: MessageData;
  expected?: string[];
}

/**
 * The messages `describeIssue` gives, with their placeholders (for a rule's
 * `messages`): the sentences are in the catalogue's `common` namespace.
 */
export const FIELD_MESSAGES = {
  'unknown-key': ['key', 'field', 'allowed'],
  required: ['field'],
  'invalid-type': ['field', 'type', 'actual'],
  'invalid-value': ['field', 'actual', 'options'],
  'too-small-array': ['field', 'minimum'],
  empty: ['field'],
  'too-small': ['field', 'minimum'],
  'too-big': ['field', 'maximum'],
  'too-big-array': ['field', 'maximum'],
  'tag-markup': ['field'],
  'unexpected-form': ['field', 'actual'],
  'kebab-case': ['field', 'value', 'suggestion'],
  'slug-kebab-case': ['field', 'value', 'suggestion'],
  'date-format': ['field'],
  'real-date': ['field'],
  'date-time-format': ['field'],
  'real-date-time': ['field'],
  url: ['field'],
  'image-url': ['field'],
  'time-zone': ['field'],
  glob: ['field'],
  'invalid-url': ['field'],
  invalid: ['field', 'reason'],
} as const satisfies Record<string, readonly string[]>;

/** A custom check's message (`{ message: 'kebab-case' }` in the schema) is a message id. */
const MESSAGE_ID = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * Turns a zod issue into a message for a comms writer. Zod's own messages
 * ("Invalid input: expected string, received number") are written for
 * programmers; these name the field and say what to write instead.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  basePath: (string | number)[],
  rawValueAt: (path: (string | number)[]) => unknown,
  allowedKeysAt: (path: (string | number)[]) => string[] | undefined,
): IssueDescription[] {
  const path = [...basePath, ...(issue.path as (string | number)[])];
  const field = fieldName(path, rawValueAt);
  const at = (messageId: string, data: MessageData = {}, expected?: string): IssueDescription => ({
    path,
    atKey: false,
    messageId,
    data: { field, ...data },
    ...(expected ? { expected: [expected] } : {}),
  });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(path) ?? [];
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        return {
          path: [...path, key],
          atKey: true,
          messageId: 'unknown-key',
          data: { key, ...(path.length ? { field } : {}), allowed },
          ...(suggestion ? { expected: [suggestion] } : {}),
        };
      });
    }
    case 'invalid_type': {
      const raw = rawValueAt(path);
      if (raw === undefined) return [at('required')];
      return [at('invalid-type', { type: typeName(issue.expected), ...valueData(raw) })];
    }
    case 'invalid_value': {
      const raw = rawValueAt(path);
      const options = issue.values.map(String);
      const suggestion = typeof raw === 'string' ? closest(raw, options) : undefined;
      return [at('invalid-value', { ...valueData(raw), options }, suggestion)];
    }
    case 'too_small':
      if (issue.origin === 'array') return [at('too-small-array', { minimum: Number(issue.minimum) })];
      if (issue.origin === 'string') return [at('empty')];
      return [at('too-small', { minimum: Number(issue.minimum) })];
    case 'too_big':
      if (issue.origin === 'array') return [at('too-big-array', { maximum: Number(issue.maximum) })];
      return [at('too-big', { maximum: Number(issue.maximum) })];
    case 'invalid_union': {
      const raw = rawValueAt(path);
      // Explain the failure of the form the writer evidently meant (a list, a
      // mapping, a word), rather than that no form fitted.
      const branch = closestBranch(issue.errors, raw);
      if (branch) {
        return branch.flatMap((sub) => describeIssue({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue, basePath, rawValueAt, allowedKeysAt));
      }
      return [at('unexpected-form', valueData(raw))];
    }
    default: {
      if (issue.message === 'kebab-case' || issue.message === 'slug-kebab-case') {
        // The writer's own words in id form ("Extra Groep" → "extra-groep"), never a made-up example.
        const raw = rawValueAt(path);
        const suggestion = typeof raw === 'string' ? slugify(raw) : '';
        return [at(issue.message, suggestion ? { value: String(raw), suggestion } : {}, suggestion || undefined)];
      }
      if (MESSAGE_ID.test(issue.message)) return [at(issue.message)];
      if (issue.code === 'invalid_format' && issue.format === 'url') return [at('invalid-url')];
      // TRANSITIONAL: a check without a message id of its own keeps zod's words.
      return [at('invalid', { reason: `${lowerFirst(issue.message)}${/[.?!]$/.test(issue.message) ? '' : '.'}` })];
    }
  }
}

/**
 * The one union branch whose failure is about the content rather than the
 * form of the value: not a type mismatch at its root, and for anything but
 * text not a "one of these words" either. Undefined when none or several fit.
 */
function closestBranch(branches: z.core.$ZodIssue[][], raw: unknown): z.core.$ZodIssue[] | undefined {
  const fitting = branches.filter(
    (issues) =>
      issues.length > 0 && !issues.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || (i.code === 'invalid_value' && typeof raw !== 'string'))),
  );
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * `segments.kantoor.maxPerWeek`: a path as the writer knows it (language-neutral;
 * the template quotes it). A list item is named by its `id` where it has a
 * valid one; otherwise its position is left out (the finding's line and the
 * value quoted say which item), because "segments[3]" counts from zero and
 * means nothing to someone who is not a programmer.
 */
function fieldName(path: (string | number)[], rawValueAt: (path: (string | number)[]) => unknown): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (typeof part === 'string') parts.push(part);
    else {
      const item = rawValueAt(path.slice(0, i + 1));
      const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && ID_PATTERN.test(id)) parts.push(id);
    }
  }
  return parts.join('.');
}

/** Zod's name for an expected type → the word id of the catalogue's `type-<id>`. */
function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
    case 'tuple':
      return 'list';
    case 'object':
    case 'record':
    case 'map':
      return 'mapping';
    default:
      return expected; // number, int, boolean; any other is shown as zod names it
  }
}

/**
 * A value as data: `actual`, the word id of the catalogue's `value-<id>`
 * (empty, missing, list, mapping, text, number, other), and for text, numbers
 * and the rest the `value` itself (text shortened to 40 characters).
 */
export function valueData(value: unknown): { actual: string; value?: string | number } {
  if (value === null) return { actual: 'empty' };
  if (value === undefined) return { actual: 'missing' };
  if (Array.isArray(value)) return { actual: 'list' };
  if (typeof value === 'object') return { actual: 'mapping' };
  if (typeof value === 'string') return { actual: 'text', value: value.length > 40 ? `${value.slice(0, 37)}…` : value };
  if (typeof value === 'number') return { actual: 'number', value };
  return { actual: 'other', value: String(value) };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The value at a path of keys and indexes in parsed YAML data, or undefined. */
export function getPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
