import path from 'node:path';
import type { Fix, MessageData } from '../model/diagnostic.js';
import type { ReportInput } from './report-input.js';
import { countSeverities, groupByFile, placeOf, suggestionsOf } from './shared.js';

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** ESLint's own: the rule's message id. */
  messageId?: string;
  /** herald's: the values the message is composed from (ESLint readers ignore it). */
  data?: MessageData;
  /** herald's: what the writer probably meant, best first. */
  expected?: string[];
  fix?: Fix;
  suggestions?: { desc: string; fix: Fix }[];
  /** ESLint's: the file could not be parsed (its YAML), so this is all that was checked of it. */
  fatal?: true;
}

interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: never[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  /** ESLint's: the fixed text, only when --fix changed the file. */
  output?: string;
}

/**
 * ESLint's `json` formatter shape, so tools that read ESLint results (CI
 * annotators, dashboards) read herald's too. One entry per file checked
 * (`ReportInput.files`, else per file with findings), clean ones with no
 * messages; plan-rule findings sit under the plan file they name; the errors
 * of a file whose YAML does not parse are `fatal`. Each
 * message has ESLint's `messageId`, `fix` and `suggestions` (each `expected`
 * in place of the text at fault, when the file's text is at hand), and
 * herald's `data` and `expected`; with `--fix`, a changed file's `output`.
 */
export function json(input: ReportInput): string {
  const results: EslintResult[] = [];
  const place = placeOf(input.sourceOf);
  const groups = groupByFile(input.diagnostics);
  // Every file checked, clean ones with no messages, as ESLint lists every file it linted; a file --fix cleaned completely too, with its output.
  const files = [...new Set([...(input.files ?? []), ...groups.keys(), ...(input.outputs?.keys() ?? [])])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of files) {
    const group = groups.get(file) ?? [];
    const counts = countSeverities(group);
    // A YAML that does not parse: the front-matter (or plan-schema) errors of that file are what ESLint calls a parse error.
    const isFatal = (d: (typeof group)[number]) =>
      input.unreadable?.has(file) === true && d.severity === 'error' && (d.ruleId === 'front-matter' || d.ruleId === 'plan-schema');
    const fixable = countSeverities(group.filter((d) => d.fix));
    results.push({
      filePath: path.join(input.root, file),
      messages: group.map((d) => {
        const suggestions = d.expected?.length ? suggestionsOf(d, place(d), input.lang) : [];
        return {
          ruleId: d.ruleId,
          severity: d.severity === 'error' ? 2 : 1,
          message: d.message,
          line: d.line,
          column: d.column,
          ...(d.endLine !== undefined && { endLine: d.endLine }),
          ...(d.endColumn !== undefined && { endColumn: d.endColumn }),
          messageId: d.messageId,
          data: d.data,
          ...(d.expected?.length && { expected: d.expected }),
          ...(d.fix && { fix: d.fix }),
          ...(suggestions.length > 0 && { suggestions }),
          ...(isFatal(d) && { fatal: true as const }),
        };
      }),
      suppressedMessages: [],
      errorCount: counts.error,
      fatalErrorCount: group.filter(isFatal).length,
      warningCount: counts.warning,
      fixableErrorCount: fixable.error,
      fixableWarningCount: fixable.warning,
      usedDeprecatedRules: [],
      ...(input.outputs?.has(file) && { output: input.outputs.get(file)! }),
    });
  }
  return `${JSON.stringify(results, null, 2)}\n`;
}
