import pc from 'picocolors';
import { MESSAGE_KINDS } from '../facts/plan-metrics.js';
import type { PlanningReport, SegmentWeek } from './planning-report.js';
import type { Lang } from '../messages/catalogue.js';
import { sayer } from '../messages/terminal.js';
import { formatNumber, formatPercent } from '../messages/numbers.js';

/**
 * `herald plan` in the terminal. Marks are characters as well as colours
 * (`!` over budget, `~` quiet week), so the table reads the same in a CI log
 * or piped into a file, where there is no colour. Its words are in `lang`;
 * ids, names and kinds as the plan writes them.
 */
export function formatTable(report: PlanningReport, color: boolean, lang: Lang = 'en'): string {
  const c = pc.createColors(color);
  const t = sayer(lang);
  const out: string[] = [];
  const { period } = report;
  const firstWeek = report.weeks[0]?.week ?? '';
  const lastWeek = report.weeks.at(-1)?.week ?? '';
  out.push(
    c.bold(t('plan-heading', { from: period.from, until: period.until })) +
      ` ${t('plan-heading-period', { weeks: period.weeks, first: firstWeek, last: lastWeek })}`,
  );
  out.push('');

  // ── Segments × weeks
  out.push(c.bold(t('plan-heading-week')) + c.dim(` ${t('plan-heading-week-cells')}`));
  const nameWidth = Math.max(7, ...report.segments.map((s) => s.name.length));
  const cellWidth = Math.max(6, ...report.segments.flatMap((s) => s.weeks.map((w) => cellText(w, lang).length + 1)));
  const header = report.weeks.map((w) => (w.week.slice(5) + (w.quiet.length ? '~' : '')).padStart(cellWidth));
  out.push(`  ${''.padEnd(nameWidth)}${header.map((h, i) => (report.weeks[i]!.quiet.length ? c.dim(h) : h)).join('')}`);
  for (const segment of report.segments) {
    const cells = segment.weeks.map((w) => {
      const text = cellText(w, lang).padStart(cellWidth);
      return w.overBudget > 0 ? c.red(c.bold(text)) : w.count === 0 ? c.dim(text) : text;
    });
    out.push(`  ${segment.name.padEnd(nameWidth)}${cells.join('')}`);
  }
  const legend = [t('plan-legend-over-budget')];
  const quiet = report.weeks.filter((w) => w.quiet.length > 0);
  if (quiet.length) legend.push(t('plan-legend-quiet', { weeks: quiet.map((w) => `${w.week} ${w.quiet.join(', ')}`).join('; ') }));
  for (const line of legend) out.push(c.dim(`  ${line}`));
  out.push('');

  // ── Goals
  out.push(c.bold(t('plan-heading-goals')));
  if (report.goals.length === 0) out.push(c.dim(`  ${t('plan-no-goals')}`));
  const goalWidth = Math.max(0, ...report.goals.map((g) => g.id.length));
  for (const goal of report.goals) {
    const count = !goal.active
      ? c.dim(t('plan-goal-inactive'))
      : goal.count === 0
        ? c.yellow(t('plan-goal-no-messages'))
        : t('plan-messages', { count: goal.count });
    out.push(`  ${goal.id.padEnd(goalWidth)}  ${count}`);
    if (goal.measure) out.push(c.dim(`  ${''.padEnd(goalWidth)}  ${t('plan-goal-measure', { measure: goal.measure })}`));
  }
  out.push('');

  // ── Campaigns
  out.push(c.bold(t('plan-heading-campaigns')) + c.dim(` ${t('plan-heading-campaigns-note')}`));
  const active = report.campaigns.filter((x) => x.active);
  if (active.length === 0) out.push(c.dim(`  ${t('plan-no-campaigns')}`));
  for (const campaign of active) {
    const dialogue =
      campaign.dialogue > 0
        ? t('plan-campaign-dialogue', { count: campaign.dialogue })
        : campaign.requireFeedback
          ? c.yellow(t('plan-campaign-no-dialogue'))
          : c.dim(t('plan-campaign-dialogue-not-required'));
    const about = t('plan-campaign', { from: campaign.from, until: campaign.until, goal: campaign.goal, count: campaign.messages.length });
    out.push(`  ${c.bold(campaign.id)}  ${about}, ${dialogue}`);
    for (const m of campaign.messages) {
      const kind = m.kind.padEnd(8);
      const line = `    ${m.date}  ${m.kind === 'dialogue' ? c.cyan(kind) : kind}  ${m.title}`;
      out.push(m.date < report.period.from || m.date > report.period.until ? c.dim(line) : line);
    }
  }
  out.push('');

  // ── Mix
  const minimums = report.mix[0]?.minimums ?? [];
  out.push(
    c.bold(t('plan-heading-mix')) +
      (minimums.length ? c.dim(` ${t('plan-mix-minimums', { minimums: minimums.map((m) => `${m.kind} ${formatPercent(m.minimum, lang)}`) })}`) : ''),
  );
  if (report.mix.length === 0) out.push(c.dim(`  ${t('plan-no-mix')}`));
  const width = Math.max(...[1, 2].map((count) => t('plan-messages', { count }).replace(/^\S+ /, '').length));
  for (const month of report.mix) {
    const parts = MESSAGE_KINDS.map((kind) => {
      const min = month.minimums.find((m) => m.kind === kind);
      const text = `${kind} ${formatNumber(month.kinds[kind], lang)}`;
      if (!min) return text;
      const share = `${text} (${formatPercent(min.share, lang)})`;
      return !min.judged ? share : min.meets ? c.green(share) : c.yellow(t('plan-mix-under', { share, minimum: formatPercent(min.minimum, lang) }));
    });
    const messages = t('plan-messages', { count: month.total }).replace(/^\S+ /, '');
    out.push(`  ${month.month}  ${formatNumber(month.total, lang).padStart(3)} ${messages.padEnd(width)}  ${parts.join(' · ')}`);
  }
  out.push('');

  // ── Neglected
  out.push(c.bold(t('plan-heading-neglected')));
  if (report.neglected.length === 0) out.push(c.dim(`  ${t('plan-no-neglected')}`));
  for (const n of report.neglected) {
    const what = t(n.none ? 'plan-neglected-none' : 'plan-neglected-gap', { from: n.from, until: n.until, days: n.days, limit: n.limit });
    out.push(`  ${c.yellow(n.name)}: ${what}`);
  }
  return `${out.join('\n')}\n`;
}

function cellText(w: SegmentWeek, lang: Lang): string {
  const count = formatNumber(w.count, lang);
  return (w.budget === null ? count : `${count}/${formatNumber(w.budget, lang)}`) + (w.overBudget > 0 ? '!' : '');
}
