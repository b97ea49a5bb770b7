// The languages of catalogue.ts (which formats with this module, so it is not imported here).
type Lang = 'nl' | 'en';

/**
 * Numbers as a writer reads them in their language: "1.234" and "0,4" in
 * Dutch, "1,234" and "0.4" in English (Intl.NumberFormat, the language's
 * own conventions). The catalogue formats every number in a sentence with
 * it (`{{count}}`), so rules and commands pass plain numbers as data and
 * machine formats (JSON, SARIF, CSV) keep them plain.
 */
export function formatNumber(value: number, lang: Lang, fractionDigits?: number): string {
  return formatter(lang, fractionDigits).format(value);
}

/** A share (0.25) as a percentage in the language: "25%". Rounded to whole percents. */
export function formatPercent(share: number, lang: Lang): string {
  return formatter(lang, 'percent').format(share);
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, style: number | 'percent' | undefined): Intl.NumberFormat {
  const key = `${lang}:${style ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      style === 'percent'
        ? { style: 'percent', maximumFractionDigits: 0 }
        : style === undefined
          ? {}
          : { minimumFractionDigits: style, maximumFractionDigits: style };
    formatters.set(key, (f = new Intl.NumberFormat(lang, options)));
  }
  return f;
}
