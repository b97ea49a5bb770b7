import { MESSAGE_KINDS } from '../facts/plan-metrics.js';
import type { MessageKind } from '../model/message.js';
import type { PlanningReport, SegmentWeek } from '../planning/planning-report.js';
import { dayNumber } from '../validate/moment.js';
import { escapeHtml as x } from './feeds.js';
import type { Strings } from './i18n/index.js';

/**
 * The /plan/ dashboard's pictures as inline SVG strings, drawn at build time:
 * no chart library and no JavaScript in the reader's browser. Written by hand
 * because the geometry is a few rectangles and a chart library would bring a
 * DOM or a browser. Colours are CSS classes (style.css), so dark mode and
 * themes apply. Every string from the plan or a message goes through `x()`.
 */

const CELL_W = 44;
const CELL_H = 30;
const GAP = 3;
const HEADER_H = 34;
const FONT = 14;

export interface ChartMessage {
  date: string;
  kind: MessageKind;
  /** Shown only for messages the site publishes; a scheduled one is "a scheduled message". */
  title?: string;
}

/** How full a week is against the budget, as a CSS class. */
export function heatLevel(w: SegmentWeek): 'empty' | 'under' | 'at' | 'over' {
  if (w.overBudget > 0) return 'over';
  if (w.count === 0) return 'empty';
  return w.budget !== null && w.count >= w.budget ? 'at' : 'under';
}

export function heatmapSvg(report: PlanningReport, t: Strings): string {
  const p = t.plan;
  const labelW = labelWidth(report.segments.map((s) => s.name));
  const width = labelW + report.weeks.length * (CELL_W + GAP);
  const height = HEADER_H + report.segments.length * (CELL_H + GAP);
  const out: string[] = [];
  out.push(
    `<svg class="chart heatmap" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="heatmap-title heatmap-desc">`,
    `<title id="heatmap-title">${x(p.loadTitle)}</title>`,
    `<desc id="heatmap-desc">${x(p.loadDesc(report.segments.length, report.weeks.length))}</desc>`,
    hatchPattern('heatmap-quiet'),
  );
  report.weeks.forEach((week, i) => {
    const cx = labelW + i * (CELL_W + GAP);
    if (week.quiet.length) {
      out.push(
        `<rect class="quiet-column" x="${cx - 1}" y="2" width="${CELL_W + 2}" height="${height - 2}" fill="url(#heatmap-quiet)"><title>${x(`${week.week}: ${p.quietWeek} (${week.quiet.join(', ')})`)}</title></rect>`,
      );
    }
    out.push(`<text class="axis" x="${cx + CELL_W / 2}" y="${HEADER_H - 10}" text-anchor="middle" font-size="${FONT}">${x(week.week.slice(5))}</text>`);
  });
  report.segments.forEach((segment, row) => {
    const y = HEADER_H + row * (CELL_H + GAP);
    out.push(`<text class="label" x="${labelW - 8}" y="${y + CELL_H / 2 + FONT / 3}" text-anchor="end" font-size="${FONT}">${x(clip(segment.name))}</text>`);
    segment.weeks.forEach((w, i) => {
      const cx = labelW + i * (CELL_W + GAP);
      const level = heatLevel(w);
      const budget = w.budget === null ? p.noBudget : `${p.budget} ${w.budget}`;
      const state = level === 'over' ? ` — ${p.overBudget}` : '';
      const quiet = w.quiet ? ` — ${p.quietWeek}` : '';
      out.push(
        `<g class="cell heat-${level}" data-segment="${x(segment.id)}" data-week="${w.week}">` +
          `<rect x="${cx}" y="${y}" width="${CELL_W}" height="${CELL_H}" rx="3"/>` +
          `<text x="${cx + CELL_W / 2}" y="${y + CELL_H / 2 + FONT / 3}" text-anchor="middle" font-size="${FONT}">${w.count}${level === 'over' ? '!' : ''}</text>` +
          `<title>${x(`${segment.name}, ${w.week}: ${p.messages(w.count)}, ${budget}${state}${quiet}`)}</title></g>`,
      );
    });
  });
  out.push('</svg>');
  return out.join('\n');
}

export interface TimelineCampaign {
  id: string;
  title: string;
  from: string;
  until: string;
  messages: ChartMessage[];
}

/** Campaigns as bars over the report's weeks, their messages as dots and dialogue moments as diamonds. */
export function timelineSvg(report: PlanningReport, campaigns: TimelineCampaign[], t: Strings): string {
  const p = t.plan;
  const labelW = labelWidth(campaigns.map((c) => c.title));
  const plotW = report.weeks.length * (CELL_W + GAP);
  const width = labelW + plotW;
  const height = HEADER_H + Math.max(1, campaigns.length) * (CELL_H + GAP);
  const first = dayNumber(report.period.from);
  const days = report.weeks.length * 7;
  const at = (ymd: string, end = false) => labelW + (Math.min(Math.max(dayNumber(ymd) - first + (end ? 1 : 0), 0), days) / days) * plotW;
  const out: string[] = [];
  out.push(
    `<svg class="chart timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title timeline-desc">`,
    `<title id="timeline-title">${x(p.timelineTitle)}</title>`,
    `<desc id="timeline-desc">${x(p.timelineDesc(campaigns.length))}</desc>`,
  );
  report.weeks.forEach((week, i) => {
    const cx = labelW + i * (CELL_W + GAP);
    out.push(`<line class="grid" x1="${cx}" y1="${HEADER_H - 4}" x2="${cx}" y2="${height}"/>`);
    out.push(`<text class="axis" x="${cx + CELL_W / 2}" y="${HEADER_H - 10}" text-anchor="middle" font-size="${FONT}">${x(week.week.slice(5))}</text>`);
  });
  campaigns.forEach((c, row) => {
    const y = HEADER_H + row * (CELL_H + GAP);
    const mid = y + CELL_H / 2;
    out.push(`<text class="label" x="${labelW - 8}" y="${mid + FONT / 3}" text-anchor="end" font-size="${FONT}">${x(clip(c.title))}</text>`);
    const x1 = at(c.from);
    const x2 = at(c.until, true);
    if (x2 > x1)
      out.push(
        `<rect class="campaign-bar" x="${x1}" y="${y + 6}" width="${x2 - x1}" height="${CELL_H - 12}" rx="4"><title>${x(`${c.title}: ${c.from} – ${c.until}`)}</title></rect>`,
      );
    for (const m of c.messages) {
      const day = dayNumber(m.date) - first;
      if (day < 0 || day >= days) continue;
      const cx = labelW + ((day + 0.5) / days) * plotW;
      const title = `<title>${x(`${m.date} · ${t.kinds[m.kind]}: ${m.title ?? p.scheduledMessage}`)}</title>`;
      out.push(
        m.kind === 'dialogue'
          ? `<path class="marker dialogue" d="M${cx} ${mid - 8}L${cx + 8} ${mid}L${cx} ${mid + 8}L${cx - 8} ${mid}Z">${title}</path>`
          : `<circle class="marker kind-${m.kind}" cx="${cx}" cy="${mid}" r="6">${title}</circle>`,
      );
    }
  });
  out.push('</svg>');
  return out.join('\n');
}

/** One stacked bar per month: the share of each kind of message. */
export function mixSvg(report: PlanningReport, t: Strings, monthName: (month: string) => string = (m) => m): string {
  const p = t.plan;
  const labelW = labelWidth(report.mix.map((m) => monthName(m.month)));
  const barW = 480;
  const legendW = MESSAGE_KINDS.reduce((sum, kind) => sum + 30 + Math.ceil(textWidth(t.kinds[kind])), 0);
  const width = labelW + Math.max(barW + 60, legendW);
  const legendH = 30;
  const height = legendH + Math.max(1, report.mix.length) * (CELL_H + GAP);
  const out: string[] = [];
  out.push(
    `<svg class="chart mix" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="mix-title mix-desc">`,
    `<title id="mix-title">${x(p.mixTitle)}</title>`,
    `<desc id="mix-desc">${x(p.mixDesc(report.mix.length))}</desc>`,
  );
  let lx = labelW;
  for (const kind of MESSAGE_KINDS) {
    out.push(
      `<rect class="kind-${kind}" x="${lx}" y="6" width="12" height="12" rx="2"/><text class="axis" x="${lx + 17}" y="17" font-size="${FONT}">${x(t.kinds[kind])}</text>`,
    );
    lx += 30 + Math.ceil(textWidth(t.kinds[kind]));
  }
  report.mix.forEach((month, row) => {
    const y = legendH + row * (CELL_H + GAP);
    out.push(
      `<text class="label" x="${labelW - 8}" y="${y + CELL_H / 2 + FONT / 3}" text-anchor="end" font-size="${FONT}">${x(monthName(month.month))}</text>`,
    );
    let bx = labelW;
    for (const kind of MESSAGE_KINDS) {
      const n = month.kinds[kind];
      if (n === 0) continue;
      const w = (n / month.total) * barW;
      out.push(
        `<rect class="kind-${kind}" x="${bx}" y="${y + 3}" width="${w}" height="${CELL_H - 6}"><title>${x(`${monthName(month.month)}: ${t.kinds[kind]} ${n} / ${month.total} (${Math.round((n / month.total) * 100)}%)`)}</title></rect>`,
      );
      bx += w;
    }
    out.push(`<text class="axis" x="${labelW + barW + 8}" y="${y + CELL_H / 2 + FONT / 3}" font-size="${FONT}">${month.total}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

function hatchPattern(id: string): string {
  return `<defs><pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="quiet-bg" width="8" height="8"/><line class="quiet-line" x1="0" y1="0" x2="0" y2="8" stroke-width="3"/></pattern></defs>`;
}

/** Room for the longest label (clipped to 30 characters): SVG text does not wrap, and a label wider than its room is cut off at the chart's edge. */
function labelWidth(labels: string[]): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(clip(l))));
  return Math.max(90, Math.ceil(widest) + 16);
}

/**
 * An upper estimate of a text's width at the chart's font size. The page's
 * font is the reader's system font, unknown at build time, so each character
 * counts as wide as it is in the wider common sans-serif fonts (DejaVu Sans,
 * Verdana-like; Segoe UI, Roboto and Helvetica are narrower): a label gets a
 * little too much room rather than too little. One number per character
 * would have cut "September 2026" to "eptember 2026".
 */
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijlI.,:;'|!()[\]]/.test(ch)) em += 0.36;
    else if (/[frt\s-]/.test(ch)) em += 0.45;
    else if (/[mwMW@%…]/.test(ch)) em += 1.02;
    else if (/[A-Z0-9]/.test(ch)) em += 0.78;
    else em += 0.66;
  }
  return em * size;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
