/**
 * A finding, in the shape every stage produces and every reporter consumes.
 * Modelled on unified's vfile-message: a finding knows its place, its rule and
 * where the rule is documented; reporters only format.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based, as an editor shows it (front-matter lines included). */
  line: number;
  /** 1-based, in UTF-16 code units like editors count. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** One sentence, in English. */
  message: string;
  /** Documentation of the rule. */
  url: string;
  /** What to write instead, when the rule knows ("did you mean …"). */
  suggestion?: string;
}

/** Where a finding points. */
export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export const DOCS_BASE = 'https://herald.dev/rules/';

export function ruleUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}`;
}

/** Stable order for output: by file, then position, then rule. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
