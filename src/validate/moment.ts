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

/** The zone's offset from UTC at an instant, in ms, straight from Intl. */
function rawOffset(epochMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

// Intl is slow (tens of µs a call), and 10,000 messages span a few thousand
// days, so offsets are cached per zone: per UTC week when the offset is the
// same at its start, middle and end (no zone changes twice within half a
// week), else per UTC day, and at the instant itself on the day of a change.
// Per zone, then by week or day number: no key string to build per call.
const weekOffsets = new Map<string, Map<number, number | null>>();
const dayOffsets = new Map<string, Map<number, number | null>>();
const MS_PER_WEEK = 7 * MS_PER_DAY;

function cacheFor(caches: Map<string, Map<number, number | null>>, timeZone: string): Map<number, number | null> {
  let cache = caches.get(timeZone);
  if (!cache) caches.set(timeZone, (cache = new Map()));
  return cache;
}

function offsetAt(epochMs: number, timeZone: string): number {
  const utcWeek = Math.floor(epochMs / MS_PER_WEEK);
  const weeks = cacheFor(weekOffsets, timeZone);
  let week = weeks.get(utcWeek);
  if (week === undefined) {
    const start = rawOffset(utcWeek * MS_PER_WEEK, timeZone);
    const same = start === rawOffset(utcWeek * MS_PER_WEEK + MS_PER_WEEK / 2, timeZone) && start === rawOffset((utcWeek + 1) * MS_PER_WEEK - 1, timeZone);
    week = same ? start : null;
    weeks.set(utcWeek, week);
  }
  if (week !== null) return week;
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  const days = cacheFor(dayOffsets, timeZone);
  let offset = days.get(utcDay);
  if (offset === undefined) {
    const start = rawOffset(utcDay * MS_PER_DAY, timeZone);
    offset = start === rawOffset((utcDay + 1) * MS_PER_DAY - 1, timeZone) ? start : null;
    days.set(utcDay, offset);
  }
  return offset ?? rawOffset(epochMs, timeZone);
}

/**
 * The instant a wall-clock time (given as if it were UTC) names in a zone.
 * Around a DST change the zone has one offset before and one after: a time
 * that exists twice (the autumn hour) is its first occurrence, a time that
 * does not exist (the spring hour) is read with the offset from before the
 * change, so 02:30 becomes 03:30 summer time. This is what Temporal and
 * java.time call "compatible".
 */
function instantOfWallTime(wallMs: number, timeZone: string): number {
  const before = offsetAt(wallMs - MS_PER_DAY, timeZone);
  const after = offsetAt(wallMs + MS_PER_DAY, timeZone);
  if (before === after && offsetAt(wallMs - before, timeZone) === before) return wallMs - before;
  const fits = [...new Set([before, after])]
    .map((offset) => wallMs - offset)
    .filter((epochMs) => epochMs + offsetAt(epochMs, timeZone) === wallMs)
    .sort((a, b) => a - b);
  return fits[0] ?? wallMs - before;
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
    epochMs = instantOfWallTime(asUtc, timeZone);
  }
  const ymd = offset !== undefined ? ymdOfDay(Math.floor((epochMs + offsetAt(epochMs, timeZone)) / MS_PER_DAY)) : `${y}-${mo}-${d}`;
  const day = dayNumber(ymd);
  return { text, epochMs, ymd, day, weekday: weekdayOfDay(day) };
}

/** The wall-clock time at an instant in a zone, as `YYYY-MM-DDTHH:MM` (the front-matter form). */
export function localDateTime(epochMs: number, timeZone: string): string {
  return new Date(epochMs + offsetAt(epochMs, timeZone)).toISOString().slice(0, 16);
}
