import { UsageError } from '../model/errors.js';
import { loadProject } from '../pipeline/check.js';
import { formatCsv } from '../planning/format-csv.js';
import { formatTable } from '../planning/format-table.js';
import { planningReport, type PlanningReport } from '../planning/planning-report.js';
import { planningOptions } from '../planning/planning-options.js';
import { localDateTime } from '../validate/moment.js';
import { isRealDate } from '../model/primitives.js';
import type { LangChoice } from '../messages/index.js';

export type PlanFormat = 'table' | 'json' | 'csv';

export interface PlanCommandOptions {
  root: string;
  /** `yyyy-mm-dd`; default: today in site.timezone. */
  from?: string;
  weeks: number;
  format: PlanFormat;
  color: boolean;
  /** The moment that decides "today", ms. */
  now: number;
  /** `--lang` and `HERALD_LANG`, for the language of the plan's problems. */
  lang?: LangChoice;
}

export const MAX_WEEKS = 104;

/** `herald plan`: the report as text, or a UsageError. */
export async function runPlan(options: PlanCommandOptions): Promise<{ output: string; planProblems: number }> {
  if (options.from !== undefined && !isRealDate(options.from)) {
    throw new UsageError(`--from "${options.from}" is not a date.`, 'Write it as yyyy-mm-dd, e.g. --from 2026-03-02.');
  }
  if (!Number.isInteger(options.weeks) || options.weeks < 1 || options.weeks > MAX_WEEKS) {
    throw new UsageError(`--weeks must be a whole number from 1 to ${MAX_WEEKS}.`, 'For example --weeks 13 for a quarter.');
  }
  const project = await loadProject(options.root, options.lang ? { lang: options.lang } : {});
  const from = options.from ?? localDateTime(options.now, project.plan.site.timezone).slice(0, 10);
  const report = planningReport(project.plan, project.facts, { from, weeks: options.weeks }, planningOptions(project.rules));
  return { output: formatPlanningReport(report, options.format, options.color), planProblems: project.planDiagnostics.length };
}

export function formatPlanningReport(report: PlanningReport, format: PlanFormat, color: boolean): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return formatCsv(report);
  return formatTable(report, color);
}
