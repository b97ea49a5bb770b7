import type { ReportInput } from './report-input.js';
import { fingerprints } from './fingerprint.js';
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
 * first of equal ones: see fingerprint.ts for what keeps them stable and unique.
 */
export function gitlab(input: ReportInput): string {
  const sorted = sortDiagnostics(input.diagnostics);
  const prints = fingerprints(sorted, (file) => workspacePath(input, file));
  const issues: CodeQualityIssue[] = sorted.map((d, i) => {
    const fingerprint = prints[i]!;
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
