import path from 'node:path';
import { compareDiagnostics, type Diagnostic, type Severity } from '../model/diagnostic.js';

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

/**
 * The message as the reader sees it, with the rule's suggestion worked in:
 * `Unknown audience "ofice".` → `Unknown audience "ofice" (did you mean "office"?).`
 * The "already there" test looks for the quoted suggestion, not a bare
 * substring: a typo often contains its correction ("stafff" ⊃ "staff").
 */
export function messageText(d: Diagnostic): string {
  const { message, suggestion } = d;
  if (suggestion === undefined || suggestion === '') return message;
  const quoted = [`"${suggestion}"`, `“${suggestion}”`, `'${suggestion}'`, `\`${suggestion}\``];
  if (quoted.some((q) => message.includes(q))) return message;
  const hint = `(did you mean "${suggestion}"?)`;
  return message.endsWith('.') ? `${message.slice(0, -1)} ${hint}.` : `${message} ${hint}`;
}

/** A finding's file relative to the CI workspace (see `ReportInput.workspace`), with forward slashes. */
export function workspacePath(input: { root: string; workspace?: string }, file: string): string {
  if (!input.workspace || input.workspace === input.root) return file;
  return path.relative(input.workspace, path.join(input.root, file)).split(path.sep).join('/');
}
