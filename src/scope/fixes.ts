import { isCollection, isScalar, parseDocument, Scalar, type Node } from 'yaml';
import type { Fix, Location } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import type { SourceText } from '../model/source-text.js';
import { findNode } from '../validate/yaml-locate.js';
import type { LocatedText } from './locate.js';

/**
 * Exact edits for `--fix` (ESLint's `{range, text}`, UTF-16 offsets into the
 * file). A rule offers one only when it is sure: each helper here returns
 * undefined rather than an edit it cannot prove, and every YAML edit is
 * parsed back with the `yaml` package to the value it means to write.
 */

/** The file offset of a 1-based line and column; undefined when the file has no such place. */
export function offsetAt(source: SourceText, at: Pick<Location, 'line' | 'column'>): number | undefined {
  if (at.line < 1 || at.line > source.lineCount || at.column < 1) return undefined;
  const offset = source.offsetOfLine(at.line) + at.column - 1;
  const lineEnd = source.offsetOfLine(at.line) + source.lineText(at.line).length;
  return offset <= lineEnd ? offset : undefined;
}

/**
 * `text`, written where `original` stands in the file at `at`, as a fix;
 * undefined unless the file really has `original` there (prose is not
 * always a copy of the source: escapes, entities).
 */
export function replaceAt(source: SourceText, at: Pick<Location, 'line' | 'column'>, original: string, text: string): Fix | undefined {
  const start = offsetAt(source, at);
  if (start === undefined || source.text.slice(start, start + original.length) !== original) return undefined;
  return { range: [start, start + original.length], text };
}

/** What a YAML text means: one value in block context (`k: text`) and, for `inFlow`, inside `[…]` too. */
function readsAs(text: string, inFlow: boolean): { block: unknown; flow?: unknown } | undefined {
  const read = (yaml: string): unknown => {
    const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
    return doc.errors.length || doc.warnings.length ? READ_FAILED : doc.toJS();
  };
  const block = read(`k: ${text}\n`);
  if (block === READ_FAILED || block === null || typeof block !== 'object') return undefined;
  if (!inFlow) return { block: (block as Record<string, unknown>).k };
  const flow = read(`[${text}]\n`);
  if (!Array.isArray(flow) || flow.length !== 1) return undefined;
  return { block: (block as Record<string, unknown>).k, flow: flow[0] };
}

const READ_FAILED = Symbol('read failed');

/** Whether `text`, as a YAML scalar, reads back as exactly `value` (a string), where it stands. */
export function yamlReadsBack(text: string, value: unknown, inFlow: boolean): boolean {
  const read = readsAs(text, inFlow);
  if (!read) return false;
  const same = (v: unknown) => JSON.stringify(v) === JSON.stringify(value);
  return same(read.block) && (!inFlow || same(read.flow));
}

/**
 * `value` written as a YAML string in the style of `like` (the scalar it
 * replaces): plain when that reads back as the same string, else in the
 * same quotes, else double-quoted with escapes.
 */
export function yamlString(value: string, like: Scalar['type'], inFlow: boolean): string | undefined {
  const candidates: string[] = [];
  if (like === Scalar.QUOTE_SINGLE) candidates.push(`'${value.replace(/'/g, "''")}'`);
  if (like === Scalar.QUOTE_DOUBLE) candidates.push(JSON.stringify(value));
  candidates.push(value, JSON.stringify(value));
  return candidates.find((c) => !/[\r\n]/.test(c) && yamlReadsBack(c, value, inFlow));
}

/** The one-line scalar at `path` of a message's front-matter, with whether it sits in a `[…]` list; undefined otherwise. */
export function scalarAt(message: Message, path: readonly (string | number)[]): { node: Scalar; range: [number, number]; inFlow: boolean } | undefined {
  const doc = message.frontMatter;
  if (!doc || doc.errors.length > 0) return undefined;
  const found = findNode(doc, path);
  const node = found.node;
  if (!found.complete || !isScalar(node) || !node.range) return undefined;
  if (node.type !== Scalar.PLAIN && node.type !== Scalar.QUOTE_SINGLE && node.type !== Scalar.QUOTE_DOUBLE) return undefined;
  const range: [number, number] = [node.range[0], node.range[1]];
  if (/[\r\n]/.test(message.source.text.slice(range[0], range[1]))) return undefined;
  // Anchors and tags (`&a x`, `!!str x`) sit outside the scalar's range: an edit there would leave them on a different value.
  if (node.anchor || node.tag) return undefined;
  const parent = path.length > 1 ? findNode(doc, path.slice(0, -1)).node : undefined;
  const inFlow = isCollection(parent as Node) && Boolean((parent as { flow?: boolean }).flow);
  return { node, range, inFlow };
}

/**
 * A fix that writes the string `value` in place of the front-matter scalar at
 * `path` (which must read `current`, when given); undefined when that cannot be
 * done exactly.
 */
export function replaceScalar(message: Message, path: readonly (string | number)[], value: string, current?: string): Fix | undefined {
  const at = scalarAt(message, path);
  if (!at || (current !== undefined && at.node.value !== current)) return undefined;
  const text = yamlString(value, at.node.type, at.inFlow);
  return text === undefined ? undefined : { range: at.range, text };
}

/**
 * `replacement` for the characters `[start, end)` of a located text (a
 * front-matter value or a block of body prose), as a fix. In the body the
 * source must hold those characters as they are. In the front-matter the
 * value must be a one-line scalar, and the edited scalar must read back,
 * with the `yaml` package, as the value with just that part replaced.
 */
export function replaceInText(message: Message, located: LocatedText, start: number, end: number, replacement: string): Fix | undefined {
  const original = located.text.slice(start, end);
  const fix = replaceAt(message.source, located.locate(start, end - start), original, replacement);
  if (!fix || !located.path) return fix;
  const scalar = scalarAt(message, located.path);
  if (!scalar || fix.range[0] < scalar.range[0] || fix.range[1] > scalar.range[1]) return undefined;
  const [from, to] = scalar.range;
  const edited = message.source.text.slice(from, fix.range[0]) + replacement + message.source.text.slice(fix.range[1], to);
  const meant = located.text.slice(0, start) + replacement + located.text.slice(end);
  return yamlReadsBack(edited, meant, scalar.inFlow) ? fix : undefined;
}
