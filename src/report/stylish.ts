import pc from 'picocolors';
import type { ReportInput } from './report-input.js';
import { compose } from '../messages/index.js';
import { countSeverities, groupByFile } from './shared.js';

/**
 * ESLint-style terminal output: a header per file, one aligned row per
 * finding, then a summary in the report's language. Columns are padded
 * before colouring so ANSI codes do not skew the alignment.
 */
/** The catalogue's namespace of the report's own words. */
const REPORT = 'report';

export function stylish(input: ReportInput): string {
  const c = pc.createColors(input.color);
  const { diagnostics } = input;

  if (diagnostics.length === 0) {
    return `${c.green(`✔ ${compose(input.lang, REPORT, 'summary-clean', { files: input.filesChecked })}`)}\n`;
  }

  const out: string[] = [];
  for (const [file, group] of groupByFile(diagnostics)) {
    const rows = group.map((d) => ({
      line: String(d.line),
      column: String(d.column),
      severity: d.severity,
      message: oneLine(d.message),
      ruleId: d.ruleId,
    }));
    const width = (key: keyof (typeof rows)[number]) => Math.max(...rows.map((r) => r[key].length));
    const [wLine, wCol, wSev, wMsg] = [width('line'), width('column'), width('severity'), width('message')];

    out.push(c.underline(file));
    for (const r of rows) {
      const position = `${r.line.padStart(wLine)}:${r.column.padEnd(wCol)}`;
      const severity = r.severity.padEnd(wSev);
      out.push(
        `  ${c.dim(position)}  ${r.severity === 'error' ? c.red(severity) : c.yellow(severity)}` +
          `  ${r.message.padEnd(wMsg)}  ${c.dim(r.ruleId)}`,
      );
    }
    out.push('');
  }

  const counts = countSeverities(diagnostics);
  const summary = `✖ ${compose(input.lang, REPORT, 'summary-problems', { count: diagnostics.length, errors: counts.error, warnings: counts.warning })}`;
  out.push(counts.error > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)));
  return `${out.join('\n')}\n`;
}

/**
 * A row must stay one line: collapse line breaks and tabs, and neutralise
 * other control characters (quoted file text could carry terminal escapes).
 * The final period goes, as in ESLint, since the rule id follows.
 */
function oneLine(message: string): string {
  return message
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
     
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
    .trim()
    .replace(/([^ ])\.$/, '$1');
}
