import type { Language } from '../view-model.js';
import { formatMonth } from './dates.js';
import { EN } from './en.js';
import { NL } from './nl.js';
import type { Strings } from './strings.js';

export { formatDate, formatDay, formatMonth, formatPlainDay, formatPublishDay } from './dates.js';
export type { PlanStrings, Strings } from './strings.js';

const built = new Map<Language, Strings>();

/** Every word the site shows, in one language (templates get the site language's as `it.t`). */
export function strings(lang: Language): Strings {
  let s = built.get(lang);
  if (!s) {
    s = Object.freeze({
      ...(lang === 'nl' ? NL : EN),
      lang,
      forLanguage: strings,
      month: (iso: string, timeZone: string) => formatMonth(iso, lang, timeZone),
    });
    built.set(lang, s);
  }
  return s;
}
