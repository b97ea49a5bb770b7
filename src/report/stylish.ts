import pc from 'picocolors';
import type { Diagnostic } from '../model/diagnostic.js';
import { SourceText } from '../model/source-text.js';
import type { ReportInput } from './report-input.js';
import { compose } from '../messages/index.js';
import { countSeverities, groupByFile } from './shared.js';

/** The catalogue's namespace of the report's own words. */
const REPORT = 'report';

/** Columns when the caller gives none (no TTY). */
export const DEFAULT_WIDTH = 80;

/** Where a finding's sentence and source excerpt start. */
const INDENT = '    ';

/**
 * ESLint-style terminal output that fits the terminal: a header per file;
 * per finding its location, severity and rule id, then the sentence wrapped
 * to `ReportInput.width` under it, then (when the file's text is at hand) the
 * line at fault with a caret under the column, like a compiler; then a
 * summary in the report's language. No line is longer than the width, except
 * for a single word that is longer by itself. Colour is added after the
 * layout, so ANSI codes never count as columns.
 */
export function stylish(input: ReportInput): string {
  const c = pc.createColors(input.color);
  const { diagnostics } = input;
  const width = Math.max(20, Math.floor(input.width ?? DEFAULT_WIDTH));

  if (diagnostics.length === 0) {
    return `${c.green(wrap(`✔ ${compose(input.lang, REPORT, 'summary-clean', { files: input.filesChecked })}`, width, '').join('\n'))}\n`;
  }

  const out: string[] = [];
  const sources = new Map<string, SourceText | undefined>();
  const sourceOf = (file: string) => {
    if (!sources.has(file)) {
      const text = input.sourceOf?.(file);
      sources.set(file, text === undefined ? undefined : new SourceText(text));
    }
    return sources.get(file);
  };

  for (const [file, group] of groupByFile(diagnostics)) {
    const positions = group.map((d) => `${d.line}:${d.column}`);
    const wPos = Math.max(...positions.map((p) => p.length));
    const wSev = Math.max(...group.map((d) => d.severity.length));

    out.push(...wrap(safe(file), width, '').map((l) => c.underline(l)));
    group.forEach((d, i) => {
      const severity = d.severity.padEnd(wSev);
      const head = `  ${positions[i]!.padEnd(wPos)}  ${severity}  ${safe(d.ruleId)}`;
      out.push(
        head.length <= width
          ? `  ${c.dim(positions[i]!.padEnd(wPos))}  ${d.severity === 'error' ? c.red(severity) : c.yellow(severity)}  ${c.dim(safe(d.ruleId))}`
          : `  ${c.dim(positions[i]!)} ${d.severity === 'error' ? c.red(d.severity) : c.yellow(d.severity)} ${c.dim(safe(d.ruleId))}`,
      );
      out.push(...wrap(safe(d.message), width, INDENT));
      out.push(...excerpt(sourceOf(d.file), d, width).map((l, j) => (j === 1 ? c.red(l) : c.dim(l))));
    });
    out.push('');
  }

  const counts = countSeverities(diagnostics);
  const summary = wrap(
    `✖ ${compose(input.lang, REPORT, 'summary-problems', { count: diagnostics.length, errors: counts.error, warnings: counts.warning })}`,
    width,
    '',
  ).join('\n');
  out.push(counts.error > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)));
  return `${out.join('\n')}\n`;
}

/**
 * Text on lines of at most `width` columns, each starting with `indent`:
 * broken at spaces; a word longer than a line gets a line of its own.
 */
export function wrap(text: string, width: number, indent: string): string[] {
  const room = Math.max(1, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (!line) line = word;
    else if (length(line) + 1 + length(word) <= room) line += ` ${word}`;
    else {
      lines.push(indent + line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(indent + line);
  return lines;
}

/**
 * The line at fault and a caret under the finding's column (a run of them
 * to its end column on the same line), as `  12 | text` / `     |   ^^^`.
 * A line too long for the width is cut around the column, with `…`.
 */
function excerpt(source: SourceText | undefined, d: Diagnostic, width: number): string[] {
  if (!source || d.line < 1) return [];
  const lines = source.text.split('\n');
  if (d.line > lines.length) return [];
  let text = safe(lines[d.line - 1]!.replace(/\r$/, ''), false);
  if (!text.trim()) return [];
  const gutter = `${INDENT}${d.line} | `;
  const blank = `${INDENT}${' '.repeat(String(d.line).length)} | `;
  let start = Math.min(Math.max(0, d.column - 1), text.length);
  const endColumn = d.endLine === undefined || d.endLine === d.line ? (d.endColumn ?? d.column + 1) : text.length + 1;
  let span = Math.max(1, Math.min(endColumn - 1, text.length) - start);
  const room = Math.max(10, width - gutter.length);
  if (text.length > room) {
    // Keep the column in view: cut before it (leaving some context) and after.
    let from = Math.max(0, Math.min(start - Math.floor(room / 3), text.length - room));
    let prefix = '';
    if (from > 0) {
      prefix = '…';
      from += 1;
    }
    let cut = prefix + text.slice(from, from + room - prefix.length);
    if (from + room - prefix.length < text.length) cut = `${cut.slice(0, room - 1)}…`;
    start = start - from + prefix.length;
    text = cut;
  }
  span = Math.max(1, Math.min(span, text.length - start, room - start));
  return [`${gutter}${text}`.trimEnd(), `${blank}${' '.repeat(start)}${'^'.repeat(span)}`];
}

function length(s: string): number {
  return [...s].length;
}

/**
 * A finding must not break the layout: collapse line breaks and tabs, and
 * neutralise other control characters (quoted file text could carry
 * terminal escapes). With `collapse` off (a source line), each tab becomes
 * one space, so columns stay where they were.
 */
function safe(text: string, collapse = true): string {
  const spaced = collapse ? text.replace(/\s*[\r\n\t]+\s*/g, ' ').trim() : text.replace(/\t/g, ' ');
  return spaced.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
