import type { ReportInput } from './report-input.js';
import { sortDiagnostics, workspacePath } from './shared.js';

/**
 * GitHub Actions workflow commands (`::error file=…::message`); the runner
 * turns them into annotations on the PR diff. Paths are relative to the
 * project root, which the runner reads relative to the workspace.
 */
export function github(input: ReportInput): string {
  return sortDiagnostics(input.diagnostics)
    .map((d) => {
      const props: [string, string | number | undefined][] = [
        ['file', workspacePath(input, d.file)],
        ['line', d.line],
        ['col', d.column],
        ['endLine', d.endLine],
        ['endColumn', d.endColumn],
        ['title', `herald (${d.ruleId})`],
      ];
      const list = props
        .filter((p): p is [string, string | number] => p[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      return `::${d.severity} ${list}::${escapeData(d.message)}\n`;
    })
    .join('');
}

// The runner's own escaping (actions/toolkit command.ts): `%` first so the
// escapes themselves are not re-escaped.
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
