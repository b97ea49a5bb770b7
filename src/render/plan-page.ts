import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import { campaignUrl, goalUrl, segmentUrl } from '../model/routes.js';
import { planningOptions } from '../planning/planning-options.js';
import { dashboardWindow, planningReport, type PlanningReport } from '../planning/planning-report.js';
import { formatPlainDay, type Strings } from './i18n/index.js';
import { heatLevel, heatmapSvg, mixSvg, timelineSvg, type ChartMessage } from './plan-charts.js';

/** What templates/plan.eta receives: the report, its charts as SVG, and rows ready to lay out. */
export interface PlanPageView {
  /** Absent when no message is scheduled: the page then says so. */
  report?: PlanningReport;
  intro?: string;
  charts?: { heatmap: string; timeline: string; mix: string };
  load: { week: string; quiet: boolean; title: string }[];
  segments: { name: string; url: string; budget: number | null; cells: { text: string; level: string; label: string }[] }[];
  goals: { title: string; url: string; measure: string | null; status: string; count: number }[];
  campaigns: {
    title: string;
    url: string;
    period: string;
    summary: string;
    messages: { dateText: string; kind: string; dialogue: boolean; title: string; url?: string }[];
  }[];
  mix: { month: string; total: number; kinds: { kind: string; count: number; share: string; note?: string; under: boolean }[] }[];
  neglected: string[];
}

/**
 * The /plan/ dashboard's data. Counts come from the same planning report as
 * `herald plan` (and so from the rules' own metrics). Messages the site does
 * not publish (scheduled for later without --future) are counted but shown
 * without their title: the plan must not leak what is still embargoed.
 */
export function planPageView(project: Project, onSite: Map<string, Message>, t: Strings, timeZone: string): PlanPageView {
  const p = t.plan;
  const lang = t.lang;
  const window = dashboardWindow(project.facts);
  const empty: PlanPageView = { load: [], segments: [], goals: [], campaigns: [], mix: [], neglected: [] };
  if (!window) return empty;
  const report = planningReport(project.plan, project.facts, window, planningOptions(project.rules));
  const day = (ymd: string) => formatPlainDay(ymd, lang);
  // Mid-month at noon UTC names the same month in every time zone.
  const monthName = (month: string) => t.month(`${month}-15T12:00:00Z`, timeZone);
  const first = report.weeks[0]!;
  const last = report.weeks.at(-1)!;

  const chartMessage = (m: { file: string; date: string; kind: ChartMessage['kind'] }): ChartMessage => {
    const published = onSite.get(m.file);
    return { date: m.date, kind: m.kind, ...(published ? { title: published.fields.title! } : {}) };
  };
  const active = report.campaigns.filter((c) => c.active);

  return {
    report,
    intro: p.intro(day(report.period.from), day(report.period.until), first.week, last.week),
    charts: {
      heatmap: heatmapSvg(report, t),
      timeline: timelineSvg(
        report,
        active.map((c) => ({ id: c.id, title: c.title, from: c.from, until: c.until, messages: c.messages.map(chartMessage) })),
        t,
      ),
      mix: mixSvg(report, t, monthName),
    },
    load: report.weeks.map((w) => ({
      week: w.week,
      quiet: w.quiet.length > 0,
      title: `${day(w.from)} – ${day(w.until)}${w.quiet.length ? ` (${p.quietWeek}: ${w.quiet.join(', ')})` : ''}`,
    })),
    segments: report.segments.map((s) => ({
      name: s.name,
      url: segmentUrl(s.id),
      budget: s.budget,
      cells: s.weeks.map((w) => {
        const level = heatLevel(w);
        return {
          text: w.budget === null ? String(w.count) : `${w.count} / ${w.budget}`,
          level,
          label: level === 'over' ? p.overBudget : w.quiet ? p.quietWeek : '',
        };
      }),
    })),
    goals: report.goals.map((g) => ({
      title: g.title,
      url: goalUrl(g.id),
      measure: g.measure,
      count: g.count,
      status: !g.active ? p.notActive : g.count === 0 ? p.noMessagesYet : '',
    })),
    campaigns: active.map((c) => ({
      title: c.title,
      url: campaignUrl(c.id),
      period: `${day(c.from)} – ${day(c.until)}`,
      summary: `${p.messages(c.messages.length)}, ${c.dialogue > 0 ? p.dialogue(c.dialogue) : p.noDialogue}`,
      messages: c.messages.map((m) => {
        const published = onSite.get(m.file);
        return {
          dateText: day(m.date),
          kind: t.kinds[m.kind],
          dialogue: m.kind === 'dialogue',
          title: published ? published.fields.title! : p.scheduledMessage,
          ...(published?.url ? { url: published.url } : {}),
        };
      }),
    })),
    mix: report.mix.map((month) => ({
      month: monthName(month.month),
      total: month.total,
      kinds: (Object.keys(month.kinds) as (keyof typeof month.kinds)[]).map((kind) => {
        const min = month.minimums.find((m) => m.kind === kind);
        const count = month.kinds[kind];
        const under = min !== undefined && min.judged && !min.meets;
        const note = min ? `${p.minimum(percent(min.minimum))}${!min.judged ? `; ${p.tooFewToJudge}` : under ? `; ${p.underMinimum}` : ''}` : undefined;
        return { kind: t.kinds[kind], count, share: percent(count / month.total), under, ...(note ? { note } : {}) };
      }),
    })),
    neglected: report.neglected.map((n) => p.neglected(n.name, day(n.from), day(n.until), n.days, n.limit)),
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
