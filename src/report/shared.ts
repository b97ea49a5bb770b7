import path from 'node:path';
import { compareDiagnostics, type Diagnostic, type Fix, type Severity } from '../model/diagnostic.js';
import { SourceText } from '../model/source-text.js';
import { compose, type Lang } from '../messages/index.js';
import type { ReportInput } from './report-input.js';

/** Sorted copy: every format prints findings in the same stable order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Findings grouped per file, files and findings in sorted order. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  let error = 0;
  let warning = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') error++;
    else warning++;
  }
  return { error, warning };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The text at fault: its UTF-16 offsets `[start, end)` into the file, and the file's text. */
export interface Place {
  range: [number, number];
  text: string;
}

/**
 * Where a finding's text is in its file, from its line and column to its end
 * line and column; undefined without an end, or when the file's text (see
 * `ReportInput.sourceOf`) does not have those places. Each file is asked for
 * once per `placeOf` made.
 */
export function placeOf(sourceOf: ReportInput['sourceOf']): (d: Diagnostic) => Place | undefined {
  const sources = new Map<string, SourceText | undefined>();
  return (d) => {
    if (!sourceOf || d.endLine === undefined || d.endColumn === undefined) return undefined;
    if (!sources.has(d.file)) {
      const text = sourceOf(d.file);
      sources.set(d.file, text === undefined ? undefined : new SourceText(text));
    }
    const source = sources.get(d.file);
    if (!source) return undefined;
    const offset = (line: number, column: number) => {
      if (line < 1 || line > source.lineCount || column < 1) return undefined;
      const start = source.offsetOfLine(line);
      const length = line < source.lineCount ? source.offsetOfLine(line + 1) - start : source.text.length - start;
      return column - 1 <= length ? start + column - 1 : undefined;
    };
    const start = offset(d.line, d.column);
    const end = offset(d.endLine, d.endColumn);
    return start !== undefined && end !== undefined && start < end ? { range: [start, end], text: source.text } : undefined;
  };
}

/**
 * The fixes a finding suggests (ESLint's `suggestions`): each of its
 * `expected` in place of the text at fault, inside the quotes when that text
 * is a quoted YAML scalar; none when the text's place is unknown or spans
 * lines. `desc` is the catalogue's `replace-with` sentence, in `lang`.
 */
export function suggestionsOf(d: Diagnostic, place: Place | undefined, lang: Lang): { desc: string; fix: Fix }[] {
  if (!d.expected?.length || !place) return [];
  const { text } = place;
  let [start, end] = place.range;
  const atFault = text.slice(start, end);
  if (/[\r\n]/.test(atFault)) return [];
  if (atFault.length >= 2 && /^(["']).*\1$/.test(atFault)) {
    start += 1;
    end -= 1;
  }
  return d.expected
    .filter((expected) => expected !== text.slice(start, end))
    .map((expected) => ({ desc: compose(lang, d.ruleId, 'replace-with', {}, [expected]), fix: { range: [start, end], text: expected } }));
}

/** A finding's file relative to the CI workspace (see `ReportInput.workspace`), with forward slashes. */
export function workspacePath(input: { root: string; workspace?: string }, file: string): string {
  if (!input.workspace || input.workspace === input.root) return file;
  return path.relative(input.workspace, path.join(input.root, file)).split(path.sep).join('/');
}
