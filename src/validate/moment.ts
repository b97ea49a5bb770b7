import type { Moment } from '../model/message.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date; plain arithmetic, no time zone. */
export function dayNumber(ymd: string): number {
  return Math.floor(Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))) / MS_PER_DAY);
}

export function ymdOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a time zone. */
function wallClock(epochMs: number, timeZone: string): { ymd: string; ms: number } {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const ymd = `${parts.year}-${parts.month}-${parts.day}`;
  const ms = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return { ymd, ms };
}

/**
 * Reads a front-matter date (`2026-02-02`, `2026-02-02T09:00`, optionally with
 * seconds and an offset) as a moment in `timeZone`. A date without a time is
 * the start of that day. The format was already validated by the schema.
 */
export function parseMoment(text: string, timeZone: string): Moment {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) throw new Error(`not a date: ${text}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = m;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  let epochMs: number;
  if (offset !== undefined) {
    const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    const minutes = sign * (Number(digits.slice(0, 2) || 0) * 60 + Number(digits.slice(2) || 0));
    epochMs = asUtc - minutes * 60_000;
  } else {
    // The zone's offset at that wall time: guess with the offset at the UTC
    // reading, then correct once (enough for DST transitions).
    const first = asUtc - (wallClock(asUtc, timeZone).ms - asUtc);
    epochMs = asUtc - (wallClock(first, timeZone).ms - first);
  }
  const ymd = offset !== undefined ? wallClock(epochMs, timeZone).ymd : `${y}-${mo}-${d}`;
  const day = dayNumber(ymd);
  return { text, epochMs, ymd, day, weekday: weekdayOfDay(day) };
}
