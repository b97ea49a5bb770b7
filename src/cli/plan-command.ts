import { usageError } from '../messages/terminal.js';
import { loadProject } from '../pipeline/check.js';
import { formatCsv } from '../planning/format-csv.js';
import { formatTable } from '../planning/format-table.js';
import { planningReport, type PlanningReport } from '../planning/planning-report.js';
import { planningOptions } from '../planning/planning-options.js';
import { localDateTime } from '../validate/moment.js';
import { isRealDate } from '../model/primitives.js';
import type { Lang, LangChoice } from '../messages/index.js';

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
export async function runPlan(options: PlanCommandOptions): Promise<{ output: string; planProblems: number; lang: Lang }> {
  if (options.from !== undefined && !isRealDate(options.from)) {
    throw usageError('usage-plan-from', { from: options.from });
  }
  if (!Number.isInteger(options.weeks) || options.weeks < 1 || options.weeks > MAX_WEEKS) {
    throw usageError('usage-plan-weeks', { max: MAX_WEEKS });
  }
  const project = await loadProject(options.root, options.lang ? { lang: options.lang } : {});
  const from = options.from ?? localDateTime(options.now, project.plan.site.timezone).slice(0, 10);
  const report = planningReport(project.plan, project.facts, { from, weeks: options.weeks }, planningOptions(project.rules));
  return {
    output: formatPlanningReport(report, options.format, options.color, project.lang),
    planProblems: project.planDiagnostics.length,
    lang: project.lang,
  };
}

/** The report as JSON or CSV (keys and columns the same in every language; CSV notes in `lang`), or as a table in `lang`. */
export function formatPlanningReport(report: PlanningReport, format: PlanFormat, color: boolean, lang: Lang = 'en'): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return formatCsv(report, lang);
  return formatTable(report, color, lang);
}
