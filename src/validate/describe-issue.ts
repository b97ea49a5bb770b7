import type { z } from 'zod';
import { closest } from './suggest.js';

export interface IssueDescription {
  /** Path to point at (for unknown keys: the key itself). */
  path: (string | number)[];
  /** True when the path names a key rather than a value. */
  atKey: boolean;
  message: string;
  suggestion?: string;
}

/**
 * Turns a zod issue into a plain sentence for a comms writer. Zod's own
 * messages ("Invalid input: expected string, received number") are written for
 * programmers; these name the field and say what to write instead.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  basePath: (string | number)[],
  rawValueAt: (path: (string | number)[]) => unknown,
  allowedKeysAt: (path: (string | number)[]) => string[] | undefined,
): IssueDescription[] {
  const path = [...basePath, ...(issue.path as (string | number)[])];
  const field = fieldName(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(path) ?? [];
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        return {
          path: [...path, key],
          atKey: true,
          message:
            `Unknown key "${key}"${path.length ? ` in ${field}` : ''}` +
            (suggestion ? `; did you mean "${suggestion}"?` : allowed.length ? `; allowed keys: ${allowed.join(', ')}.` : '.'),
          ...(suggestion ? { suggestion } : {}),
        };
      });
    }
    case 'invalid_type': {
      const raw = rawValueAt(path);
      if (raw === undefined) return [{ path, atKey: false, message: `${capital(field)} is required.` }];
      return [
        {
          path,
          atKey: false,
          message: `${capital(field)} should be ${expectedName(issue.expected)}, not ${describeValue(raw)}.`,
        },
      ];
    }
    case 'invalid_value': {
      const raw = rawValueAt(path);
      const options = issue.values.map(String);
      const suggestion = typeof raw === 'string' ? closest(raw, options) : undefined;
      return [
        {
          path,
          atKey: false,
          message:
            `${capital(field)} is ${describeValue(raw)}, but must be one of: ${options.join(', ')}` +
            (suggestion ? `; did you mean "${suggestion}"?` : '.'),
          ...(suggestion ? { suggestion } : {}),
        },
      ];
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return [{ path, atKey: false, message: `${capital(field)} needs at least ${issue.minimum} item(s).` }];
      }
      if (issue.origin === 'string') return [{ path, atKey: false, message: `${capital(field)} must not be empty.` }];
      return [{ path, atKey: false, message: `${capital(field)} must be at least ${issue.minimum}.` }];
    case 'too_big':
      return [{ path, atKey: false, message: `${capital(field)} must be at most ${issue.maximum}.` }];
    case 'invalid_union': {
      const raw = rawValueAt(path);
      // Explain the failure of the form the writer evidently meant (a list, a
      // mapping, a word), rather than that no form fitted.
      const branch = closestBranch(issue.errors, raw);
      if (branch) {
        return branch.flatMap((sub) =>
          describeIssue({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue, basePath, rawValueAt, allowedKeysAt),
        );
      }
      return [{ path, atKey: false, message: `${capital(field)} has an unexpected form (${describeValue(raw)}).` }];
    }
    default:
      return [{ path, atKey: false, message: `${capital(field)} ${lowerFirst(issue.message)}${/[.?!]$/.test(issue.message) ? '' : '.'}` }];
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
      issues.length > 0 &&
      !issues.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || (i.code === 'invalid_value' && typeof raw !== 'string'))),
  );
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** `segments[2].maxPerWeek` style name for a path. */
export function fieldName(path: (string | number)[]): string {
  if (path.length === 0) return 'the document';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return `"${out}"`;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
    case 'tuple':
      return 'a list';
    case 'object':
    case 'record':
    case 'map':
      return 'a mapping of keys to values';
    default:
      return expected;
  }
}

export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

function capital(s: string): string {
  return s.startsWith('"') ? s : s.charAt(0).toUpperCase() + s.slice(1);
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
