import type { YAMLError } from 'yaml';
import type { FrontMatterProblem } from '../model/message.js';
import type { SourceText } from '../model/source-text.js';
import { unclosedKind, yamlErrorRange } from './yaml-errors.js';

/**
 * The YAML parser's errors ("Nested mappings are not allowed in compact
 * mappings") turned into advice a comms writer can act on, at the line that
 * is wrong: the fix spelled out with the writer's own text. The parser's
 * words go along as `debug`, shown only with `HERALD_DEBUG` set. Front-matter
 * and plan files share it: the message ids are the same in both namespaces
 * (`front-matter`, `plan-schema`), each worded for its file.
 *
 * `text` is the front-matter padded to file offsets (see parse-message.ts),
 * or a whole plan file, so offsets and lines are the file's. Every error code of the `yaml`
 * package has advice: the common mistakes their own, the rare ones a general
 * "check this line" (`check-line`).
 */
export function adviseYamlErrors(text: string, errors: readonly YAMLError[], source: SourceText): FrontMatterProblem[] {
  const lines = splitLines(text);
  const layout = scanLayout(lines);
  const out: FrontMatterProblem[] = [];
  const taken = new Set<number>();
  const add = (line: number, problem: FrontMatterProblem) => {
    if (taken.has(line)) {
      // One piece of advice a line, the most specific; the parser's further words still go to debug.
      const i = out.findIndex((p) => p.at.line === line);
      const earlier = out[i]!;
      const debug = [earlier.debug, problem.debug].filter((d, j, all) => d && all.indexOf(d) === j).join(' ');
      const kept = earlier.messageId === 'check-line' && problem.messageId !== 'check-line' ? problem : earlier;
      out[i] = { ...kept, ...(debug ? { debug } : {}) };
      return;
    }
    taken.add(line);
    out.push(problem);
  };

  // Indentation is judged from the lines themselves: the parser notices a
  // key indented one space too many on the line before it, as part of a value.
  for (const issue of layout) {
    const lineOf = lines[issue.line - 1]!;
    const at = source.locationOf(lineOf.start + issue.column - 1);
    const debug = errors
      .filter((e) => {
        const l = source.locationOf(e.pos[0]).line;
        return l === issue.line || l === issue.line - 1;
      })
      .map((e) => firstLine(e.message))
      .join(' ');
    add(issue.line, {
      at,
      messageId: issue.messageId,
      data: issue.data,
      ...(debug ? { debug } : {}),
    });
  }

  for (const error of errors) {
    const [start, end] = yamlErrorRange(text, error);
    const at = source.rangeOf(start, end);
    const errorLine = source.locationOf(error.pos[0]).line;
    // Already explained by the indentation of this line or the next.
    if (layout.some((i) => i.line === errorLine || i.line === errorLine + 1)) continue;
    const line = lines[at.line - 1];
    const debug = firstLine(error.message);
    const advice = line ? adviceFor(error, text, line.text, source, line.start, unclosedKind(error)) : undefined;
    add(at.line, advice ? { ...advice, debug } : { at, messageId: 'check-line', data: {}, debug });
  }
  return out.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

/**
 * Advice for valid YAML that the data reader still refuses (a custom `!tag`):
 * quote the value, or check the line.
 */
export function adviseRefusedValue(text: string, line: number, source: SourceText, debug: string): FrontMatterProblem {
  const l = splitLines(text)[line - 1];
  const entry = l ? keyValue(l.text) : undefined;
  if (l && entry && entry.value) {
    return {
      at: source.locationOf(l.start + entry.valueColumn - 1),
      messageId: 'quote-value',
      data: { key: entry.key, value: entry.value, quoted: quote(entry.value) },
      debug,
    };
  }
  return { at: { line: Math.max(line, 2), column: 1 }, messageId: 'check-line', data: {}, debug };
}

type Advice = Omit<FrontMatterProblem, 'debug'>;

function adviceFor(
  error: YAMLError,
  yamlText: string,
  lineText: string,
  source: SourceText,
  lineStart: number,
  unclosed: 'quote' | 'list' | 'mapping' | undefined,
): Advice | undefined {
  const [start, end] = error.pos;
  const entry = keyValue(lineText);
  const valueAt = entry ? source.locationOf(lineStart + entry.valueColumn - 1) : source.rangeOf(start, end);
  const keyData: Record<string, string> = entry ? { key: entry.key } : {};

  if (unclosed) {
    const at = source.locationOf(yamlErrorRange(yamlText, error)[0]);
    return { at, messageId: `unclosed-${unclosed}`, data: keyData };
  }
  // `title: Let op: nieuwe regels`: a colon (or a `#`) inside an unquoted value.
  if (entry && entry.value && /:(?:\s|$)|\s#/.test(entry.value) && !/^["'[{|>&*!]/.test(entry.value)) {
    return { at: valueAt, messageId: 'colon-in-value', data: { key: entry.key, value: entry.value, quoted: quote(entry.value) } };
  }
  // `title: *belangrijk* nieuws`: text starting with a character YAML reads as markup.
  if (entry && /^[&*!@`%]/.test(entry.value) && error.code !== 'DUPLICATE_KEY') {
    return { at: valueAt, messageId: 'quote-value', data: { key: entry.key, value: entry.value, quoted: quote(entry.value) } };
  }
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = entry?.key ?? source.text.slice(start, end);
      return { at: source.locationOf(start), messageId: 'duplicate-key', data: { key } };
    }
    case 'TAB_AS_INDENT':
      return { at: source.locationOf(start), messageId: 'tab-indent', data: keyData };
    case 'BAD_DQ_ESCAPE':
      return { at: valueAt, messageId: 'bad-escape', data: keyData };
    case 'BAD_SCALAR_START':
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
      if (entry && entry.value) return { at: valueAt, messageId: 'quote-value', data: { key: entry.key, value: entry.value, quoted: quote(entry.value) } };
      return undefined;
    case 'MISSING_CHAR':
      // "Implicit map keys need to be followed by map values": a line without `key:`.
      if (!entry && lineText.trim() && !/^\s*-/.test(lineText)) {
        const trimmed = lineText.trim();
        return {
          at: source.locationOf(lineStart + lineText.length - lineText.trimStart().length),
          messageId: 'missing-colon',
          data: { text: trimmed.length > 40 ? `${trimmed.slice(0, 37)}…` : trimmed },
        };
      }
      return undefined;
    case 'MULTIPLE_DOCS':
    case 'BAD_DIRECTIVE':
      return { at: source.rangeOf(start, end), messageId: 'extra-document', data: {} };
    default:
      return undefined;
  }
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, text: part.replace(/\r$/, '') });
    start += part.length + 1;
  }
  return out;
}

/** `key: value` (also after a list dash); `valueColumn` is 1-based. */
function keyValue(text: string): { key: string; value: string; indent: number; keyColumn: number; valueColumn: number } | undefined {
  const m = /^([ \t]*(?:-[ \t]+)?)([^\s:#'"[\]{},-][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?:[ \t]+|$)(.*)$/.exec(text);
  if (!m) return undefined;
  const value = m[3]!.replace(/[ \t]+#[^"']*$/, '').trim();
  const valueStart = text.length - m[3]!.length;
  return { key: m[2]!, value, indent: m[1]!.length, keyColumn: m[1]!.length + 1, valueColumn: valueStart + 1 };
}

/** The value in double quotes (single when it holds a double quote), as YAML reads it back. */
function quote(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

interface LayoutIssue {
  line: number;
  /** 1-based, in the line. */
  column: number;
  messageId: 'tab-indent' | 'bad-indent';
  data: Record<string, string>;
}

/**
 * Keys indented wrongly and tabs used for indentation, line by line: a key
 * lines up with a key above it, or is indented further under a key that has
 * no value of its own. Lines inside block text (`why: >-`) and multi-line
 * `[…]` lists are left alone.
 */
function scanLayout(lines: Line[]): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  // The keys the next key may line up with, outermost first.
  const chain: { indent: number; key: string; opens: boolean }[] = [];
  let blockScalarIndent: number | undefined;
  let depth = 0;
  // From the first line: a front-matter's opening `---` is blanked out, a plan file starts with a key.
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text.trim() || /^\s*#/.test(text)) continue;
    const indentText = /^[ \t]*/.exec(text)![0];
    const indent = indentText.length;
    if (blockScalarIndent !== undefined) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    const inFlow = depth > 0;
    depth = Math.max(0, depth + flowDepthChange(text));
    if (inFlow) continue;
    if (indentText.includes('\t')) {
      const entry = keyValue(text.replace(/\t/g, ' '));
      issues.push({ line: i + 1, column: indentText.indexOf('\t') + 1, messageId: 'tab-indent', data: entry ? { key: entry.key } : {} });
      continue;
    }
    const entry = keyValue(text);
    const dash = /^\s*-(?:\s|$)/.test(text);
    if (!entry) {
      if (!dash) continue;
      // A list item: it belongs to the key above; nothing to line up.
      continue;
    }
    const keyIndent = entry.keyColumn - 1;
    const opens = entry.value === '' || /^[|>]/.test(entry.value);
    if (/^[|>]/.test(entry.value)) blockScalarIndent = keyIndent;
    if (dash) {
      // `- key: value` starts a mapping in a list: its keys line up with this one.
      while (chain.length && chain.at(-1)!.indent >= keyIndent) chain.pop();
      chain.push({ indent: keyIndent, key: entry.key, opens });
      continue;
    }
    const top = chain.at(-1);
    if (!top || (top.opens && keyIndent > top.indent) || chain.some((c) => c.indent === keyIndent)) {
      while (chain.length && chain.at(-1)!.indent >= keyIndent) chain.pop();
      chain.push({ indent: keyIndent, key: entry.key, opens });
      continue;
    }
    // Wrongly indented: the nearest key above, the deeper one on a tie.
    let best = chain[0]!;
    for (const c of chain) if (Math.abs(c.indent - keyIndent) <= Math.abs(best.indent - keyIndent)) best = c;
    issues.push({ line: i + 1, column: entry.keyColumn, messageId: 'bad-indent', data: { key: entry.key, sibling: best.key } });
    while (chain.length && chain.at(-1)!.indent > best.indent) chain.pop();
    chain.pop();
    chain.push({ indent: best.indent, key: entry.key, opens });
  }
  return issues;
}

/** Brackets opened minus closed on a line, outside quotes (roughly: enough to skip multi-line lists). */
function flowDepthChange(text: string): number {
  let change = 0;
  let quoteChar: string | undefined;
  for (const ch of text.replace(/\s#.*$/, '')) {
    if (quoteChar) {
      if (ch === quoteChar) quoteChar = undefined;
    } else if (ch === '"' || ch === "'") quoteChar = ch;
    else if (ch === '[' || ch === '{') change++;
    else if (ch === ']' || ch === '}') change--;
  }
  return change;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0]!.trim();
  return /[.?!]$/.test(line) ? line : `${line}.`;
}
