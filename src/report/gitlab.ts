import { createHash } from 'node:crypto';
import type { ReportInput } from './report-input.js';
import { sortDiagnostics, workspacePath } from './shared.js';

interface Position {
  line: number;
  column: number;
}

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; positions: { begin: Position; end?: Position } };
}

/**
 * GitLab Code Quality report (a subset of the Code Climate issue format).
 * GitLab tracks issues across pipelines by fingerprint and shows only the
 * first of equal ones, so fingerprints are content-derived (stable between
 * runs) and exact duplicates get an occurrence counter to stay unique.
 */
export function gitlab(input: ReportInput): string {
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = sortDiagnostics(input.diagnostics).map((d) => {
    const key = [d.ruleId, d.file, d.line, d.column, d.message].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const fingerprint = createHash('sha256')
      .update(occurrence === 0 ? key : `${key}\0${occurrence}`)
      .digest('hex');

    const begin = { line: d.line, column: d.column };
    const end = d.endColumn !== undefined ? { line: d.endLine ?? d.line, column: d.endColumn } : undefined;
    return {
      description: d.message,
      check_name: d.ruleId,
      fingerprint,
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path: workspacePath(input, d.file), positions: end ? { begin, end } : { begin } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
