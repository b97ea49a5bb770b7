import type { Lang } from './catalogue.js';

/** The languages herald speaks, in the order `--lang` lists them. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language a `HERALD_LANG` value names: `nl`, `en`, in any case, also
 * with a region or encoding as in `LANG` (`nl_BE.UTF-8`, `en-GB`). Undefined
 * when it is empty (as good as not set); `null` when it names no language
 * herald speaks.
 */
export function parseLang(value: string | undefined): Lang | null | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const match = /^([a-z]{2})(?:[-_.@][\w.@-]*)?$/i.exec(trimmed);
  const lang = match?.[1]!.toLowerCase();
  return isLang(lang) ? lang : null;
}

/** What the caller knows of the language before the plan is read: `--lang`, and `HERALD_LANG` as set. */
export interface LangChoice {
  flag?: Lang | undefined;
  env?: string | undefined;
}

/**
 * The language of everything a writer reads (DESIGN "Diagnostics"):
 * `--lang`, else `HERALD_LANG`, else the plan's `site.language`, else
 * English. An `env` value that names no language is passed over (the CLI
 * refuses it before it gets here).
 */
export function chooseLang(choice: LangChoice & { plan?: Lang | undefined }): Lang {
  return choice.flag ?? parseLang(choice.env) ?? choice.plan ?? 'en';
}
