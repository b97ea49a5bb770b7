import path from 'node:path';
import type { ReportInput } from './report-input.js';
import { countSeverities, groupByFile, messageText } from './shared.js';

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: never[];
  errorCount: number;
  fatalErrorCount: 0;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: never[];
}

/**
 * ESLint's `json` formatter shape, so tools that read ESLint results (CI
 * annotators, dashboards) read herald's too. One entry per file with
 * findings; plan-rule findings sit under the plan file they name.
 */
export function json(input: ReportInput): string {
  const results: EslintResult[] = [];
  for (const [file, group] of groupByFile(input.diagnostics)) {
    const counts = countSeverities(group);
    results.push({
      filePath: path.join(input.root, file),
      messages: group.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: messageText(d),
        line: d.line,
        column: d.column,
        ...(d.endLine !== undefined && { endLine: d.endLine }),
        ...(d.endColumn !== undefined && { endColumn: d.endColumn }),
      })),
      suppressedMessages: [],
      errorCount: counts.error,
      fatalErrorCount: 0,
      warningCount: counts.warning,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  }
  return `${JSON.stringify(results, null, 2)}\n`;
}
