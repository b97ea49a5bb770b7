import { localDateTime } from '../../validate/moment.js';
import type { Language } from '../view-model.js';
import { EN } from './en.js';
import { NL } from './nl.js';

/**
 * Dates as readers read them, in the site's languages: publish moments, days
 * with their weekday, plain days, months.
 */

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const WORDS = { nl: NL, en: EN };

// Intl formatters are slow to create and a site formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}\u0000${timeZone}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

// The same days recur on many pages (a message's page, its listings, feeds),
// and formatToParts costs microseconds each.
const formatted = new Map<string, string>();

function remembered(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = format();
    if (formatted.size >= 100_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

function partsOf(date: Date, f: Intl.DateTimeFormat): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

function instant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  return date;
}

/**
 * A publish moment as readers say it: "2 februari 2026 om 09:00",
 * "2 February 2026 at 09:00", in the site's time zone. A message dated
 * without a time starts at midnight; that "00:00" would only be noise, so
 * the time is left out then.
 *
 * Built from parts rather than `dateStyle`/`timeStyle`: ICU versions differ
 * in the word between date and time ("om", ",", "at"), and the site must be
 * the same bytes on every Node.
 */
export function formatDate(iso: string, lang: Language, timeZone: string): string {
  // The wall-clock time from the zone offsets the loader caches, and the day
  // from formatPlainDay (remembered): every publish moment is a different
  // one, and formatToParts with a time zone for each was ~0.3 s of a
  // 10,000-message build.
  const local = localDateTime(instant(iso).getTime(), timeZone);
  const day = formatPlainDay(local.slice(0, 10), lang);
  const time = local.slice(11, 16);
  return time === '00:00' ? day : WORDS[lang].dayAtTime(day, time);
}

/**
 * A calendar day (YYYY-MM-DD, e.g. a due date) with its weekday, which is
 * what people plan by: "vrijdag 13 februari 2026", "Friday 13 February 2026".
 * Read as UTC so no time zone can move it to the day before.
 */
export function formatDay(ymd: string, lang: Language): string {
  return remembered(`w\0${lang}\0${ymd}`, () => formatDayNow(ymd, lang));
}

function formatDayNow(ymd: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${ymd}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const p = partsOf(date, formatter(lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** A calendar date without the weekday, "17 september 2026", for dense lists and tables. */
export function formatPlainDay(ymd: string, lang: Language): string {
  return remembered(`p\0${lang}\0${ymd}`, () => formatPlainDayNow(ymd, lang));
}

function formatPlainDayNow(ymd: string, lang: Language): string {
  const p = partsOf(new Date(`${ymd}T00:00:00Z`), formatter(lang, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' }));
  return `${p.day} ${p.month} ${p.year}`;
}

/** The day of a publish moment in the site's time zone, without the time: "19 november 2026", for cards. */
export function formatPublishDay(iso: string, lang: Language, timeZone: string): string {
  return formatPlainDay(localDateTime(instant(iso).getTime(), timeZone).slice(0, 10), lang);
}

/** The month of an instant in a time zone: "februari 2026", "February 2026". */
export function formatMonth(iso: string, lang: Language, timeZone: string): string {
  // By the month on the wall calendar, as formatDate does by the day: every
  // publish moment is a different instant, but they fall in few months.
  const month = localDateTime(instant(iso).getTime(), timeZone).slice(0, 7);
  return remembered(`m\0${lang}\0${month}`, () => {
    const p = partsOf(new Date(`${month}-15T00:00:00Z`), formatter(lang, 'UTC', { month: 'long', year: 'numeric' }));
    return `${p.month} ${p.year}`;
  });
}
