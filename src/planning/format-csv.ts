import { MESSAGE_KINDS } from '../facts/plan-metrics.js';
import type { PlanningReport } from './planning-report.js';
import type { Lang } from '../messages/catalogue.js';
import { sayer } from '../messages/terminal.js';

/**
 * `herald plan --format csv`: one long table, so a spreadsheet can filter by
 * `section` and pivot on the rest. RFC 4180 quoting, CRLF line ends. The
 * columns, sections and statuses are keys, the same in every language; only
 * the notes are in `lang`.
 */
const CSV_COLUMNS = ['section', 'id', 'name', 'period', 'from', 'until', 'count', 'limit', 'over_budget', 'status', 'note'] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

export function formatCsv(report: PlanningReport, lang: Lang = 'en'): string {
  const t = sayer(lang);
  const rows: Row[] = [];
  for (const s of report.segments) {
    s.weeks.forEach((w, i) => {
      const week = report.weeks[i]!;
      rows.push({
        section: 'segment-week',
        id: s.id,
        name: s.name,
        period: w.week,
        from: week.from,
        until: week.until,
        count: w.count,
        limit: w.budget,
        over_budget: w.overBudget,
        status: w.overBudget > 0 ? 'over-budget' : 'ok',
        note: week.quiet.join('; '),
      });
    });
  }
  for (const g of report.goals) {
    rows.push({
      section: 'goal',
      id: g.id,
      name: g.title,
      from: report.period.from,
      until: report.period.until,
      count: g.count,
      status: !g.active ? 'inactive' : g.count > 0 ? 'covered' : 'uncovered',
      note: g.measure,
    });
  }
  for (const c of report.campaigns.filter((x) => x.active)) {
    const status = c.dialogue > 0 ? 'has-dialogue' : c.requireFeedback ? 'no-dialogue' : 'dialogue-not-required';
    rows.push({
      section: 'campaign',
      id: c.id,
      name: c.title,
      from: c.from,
      until: c.until,
      count: c.messages.length,
      status,
      note: t('plan-csv-campaign-note', { goal: c.goal, dialogue: c.dialogue }),
    });
    for (const m of c.messages) rows.push({ section: 'campaign-message', id: c.id, name: m.title, from: m.date, until: m.date, status: m.kind, note: m.file });
  }
  for (const month of report.mix) {
    for (const kind of MESSAGE_KINDS) {
      const min = month.minimums.find((m) => m.kind === kind);
      rows.push({
        section: 'mix',
        id: kind,
        period: month.month,
        count: month.kinds[kind],
        limit: min ? min.minimum : null,
        status: !min ? '' : !min.judged ? 'too-few-messages' : min.meets ? 'meets' : 'under',
        note: t('plan-messages', { count: month.total }),
      });
    }
  }
  for (const n of report.neglected) {
    rows.push({
      section: 'neglected',
      id: n.segment,
      name: n.name,
      from: n.from,
      until: n.until,
      count: n.days,
      limit: n.limit,
      status: n.none ? 'none-in-period' : 'gap',
    });
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((col) => cell(r[col])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // A title starting with = or + would run as a formula in a spreadsheet (CSV injection).
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
