import pc from 'picocolors';
import { MESSAGE_KINDS } from '../facts/plan-metrics.js';
import type { PlanningReport, SegmentWeek } from './planning-report.js';

/**
 * `herald plan` in the terminal. Marks are characters as well as colours
 * (`!` over budget, `~` quiet week), so the table reads the same in a CI log
 * or piped into a file, where there is no colour.
 */
export function formatTable(report: PlanningReport, color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  const { period } = report;
  const firstWeek = report.weeks[0]?.week ?? '';
  const lastWeek = report.weeks.at(-1)?.week ?? '';
  out.push(c.bold(`Plan for ${period.from} – ${period.until}`) + ` (${period.weeks} ${period.weeks === 1 ? 'week' : 'weeks'}, ${firstWeek} – ${lastWeek}). Drafts are not counted.`);
  out.push('');

  // ── Segments × weeks
  out.push(c.bold('Messages per segment per week') + c.dim(' (count/budget)'));
  const nameWidth = Math.max(7, ...report.segments.map((s) => s.name.length));
  const cellWidth = Math.max(6, ...report.segments.flatMap((s) => s.weeks.map((w) => cellText(w).length + 1)));
  const header = report.weeks.map((w) => (w.week.slice(5) + (w.quiet.length ? '~' : '')).padStart(cellWidth));
  out.push(`  ${''.padEnd(nameWidth)}${header.map((h, i) => (report.weeks[i]!.quiet.length ? c.dim(h) : h)).join('')}`);
  for (const segment of report.segments) {
    const cells = segment.weeks.map((w) => {
      const text = cellText(w).padStart(cellWidth);
      return w.overBudget > 0 ? c.red(c.bold(text)) : w.count === 0 ? c.dim(text) : text;
    });
    out.push(`  ${segment.name.padEnd(nameWidth)}${cells.join('')}`);
  }
  const legend = ['! over budget: frequency-cap reports a message that week'];
  const quiet = report.weeks.filter((w) => w.quiet.length > 0);
  if (quiet.length) legend.push(`~ quiet: ${quiet.map((w) => `${w.week} ${w.quiet.join(', ')}`).join('; ')}`);
  for (const line of legend) out.push(c.dim(`  ${line}`));
  out.push('');

  // ── Goals
  out.push(c.bold('Goals'));
  if (report.goals.length === 0) out.push(c.dim('  The plan has no goals.'));
  const goalWidth = Math.max(0, ...report.goals.map((g) => g.id.length));
  for (const goal of report.goals) {
    const count = !goal.active ? c.dim('not active') : goal.count === 0 ? c.yellow('no messages') : `${goal.count} ${goal.count === 1 ? 'message' : 'messages'}`;
    out.push(`  ${goal.id.padEnd(goalWidth)}  ${count}`);
    if (goal.measure) out.push(c.dim(`  ${''.padEnd(goalWidth)}  measure: ${goal.measure}`));
  }
  out.push('');

  // ── Campaigns
  out.push(c.bold('Campaigns') + c.dim(' (all their messages; dimmed: outside this period)'));
  const active = report.campaigns.filter((x) => x.active);
  if (active.length === 0) out.push(c.dim('  No campaign runs in this period.'));
  for (const campaign of active) {
    const dialogue =
      campaign.dialogue > 0 ? `${campaign.dialogue} dialogue` : campaign.requireFeedback ? c.yellow('no dialogue yet') : c.dim('no dialogue (not required)');
    out.push(`  ${c.bold(campaign.id)}  ${campaign.from} – ${campaign.until} · goal ${campaign.goal} · ${campaign.messages.length} ${campaign.messages.length === 1 ? 'message' : 'messages'}, ${dialogue}`);
    for (const m of campaign.messages) {
      const kind = m.kind.padEnd(8);
      const line = `    ${m.date}  ${m.kind === 'dialogue' ? c.cyan(kind) : kind}  ${m.title}`;
      out.push(m.date < report.period.from || m.date > report.period.until ? c.dim(line) : line);
    }
  }
  out.push('');

  // ── Mix
  const minimums = report.mix[0]?.minimums ?? [];
  out.push(c.bold('Content mix per month') + (minimums.length ? c.dim(` (plan minimums: ${minimums.map((m) => `${m.kind} ${percent(m.minimum)}`).join(', ')})`) : ''));
  if (report.mix.length === 0) out.push(c.dim('  No messages in these months.'));
  for (const month of report.mix) {
    const parts = MESSAGE_KINDS.map((kind) => {
      const min = month.minimums.find((m) => m.kind === kind);
      const text = `${kind} ${month.kinds[kind]}`;
      if (!min) return text;
      const share = `${text} (${percent(min.share)})`;
      return !min.judged ? share : min.meets ? c.green(share) : c.yellow(`${share} under ${percent(min.minimum)}`);
    });
    out.push(`  ${month.month}  ${String(month.total).padStart(3)} ${month.total === 1 ? 'message ' : 'messages'}  ${parts.join(' · ')}`);
  }
  out.push('');

  // ── Neglected
  out.push(c.bold('Segments without news'));
  if (report.neglected.length === 0) out.push(c.dim('  None: every segment hears something at least every neglectAfterDays.'));
  for (const n of report.neglected) {
    const what = n.none ? `nothing in this period (since ${n.from})` : `nothing from ${n.from} until ${n.until}`;
    out.push(`  ${c.yellow(n.name)}: ${what}, ${n.days} days; neglectAfterDays is ${n.limit}`);
  }
  return `${out.join('\n')}\n`;
}

function cellText(w: SegmentWeek): string {
  return (w.budget === null ? String(w.count) : `${w.count}/${w.budget}`) + (w.overBudget > 0 ? '!' : '');
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
