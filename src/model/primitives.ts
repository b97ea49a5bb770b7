import { z } from 'zod';

// A check of herald's own names its sentence by a message id (`{ message:
// 'kebab-case' }`): the words live in the catalogues of messages/, and
// validate/describe-issue.ts turns the issue into that message.

/** Ids are lower-case kebab-case so they work as URL segments and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(ID_PATTERN, { message: 'kebab-case' });

/** A calendar date, YYYY-MM-DD; whether the day exists is checked by the loader. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date-format', abort: true })
  .refine(isRealDate, { message: 'real-date' });

/** A publish moment: a date, optionally with a time and an offset. */
export const dateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'date-time-format',
    abort: true,
  })
  .refine((s) => isRealDate(s.slice(0, 10)) && isRealTime(s.slice(11)), {
    message: 'real-date-time',
  });

/** Links in messages: http(s), mailto, or a relative path. Never javascript:, data: and friends. */
export const urlSchema = z.string().min(1).refine(isAllowedUrl, {
  message: 'url',
});

/** Image sources: http(s) or a relative path (an image cannot come from a mailto: link, nor from data: or javascript:). */
export const imageUrlSchema = z
  .string()
  .min(1)
  .refine((url) => isAllowedUrl(url) && !/^\s*mailto:/i.test(url), {
    message: 'image-url',
  });

export function isAllowedUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '') return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (!scheme) return !trimmed.startsWith('//'); // relative; protocol-relative URLs leave the site
  const name = scheme[1]!.toLowerCase();
  if (name === 'mailto') return trimmed.length > 'mailto:'.length;
  if (name !== 'http' && name !== 'https') return false;
  try {
    const parsed = new URL(trimmed);
    return parsed.hostname !== '';
  } catch {
    return false;
  }
}

export function isRealDate(ymd: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function isRealTime(rest: string): boolean {
  if (rest === '') return true;
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(rest);
  if (!m) return false;
  return Number(m[1]) < 24 && Number(m[2]) < 60 && (m[3] === undefined || Number(m[3]) < 60);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
