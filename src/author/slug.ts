/**
 * A file name and URL segment from a title: lower-case ASCII, kebab-case.
 * Accents are folded ("Één" → "een") so the URL stays readable and typeable;
 * letters without a decomposition get their usual spelling.
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD') // "é" → "e" + combining accent; "ĳ" → "ij"
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => FOLDS[c] ?? c)
    .replace(/['’‘`]/g, '') // "collega's" → "collegas", not "collega-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };
