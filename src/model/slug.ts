/**
 * A file name and URL segment from a title: lower-case ASCII, kebab-case.
 * Accents are folded ("Één" → "een") so the URL stays readable and typeable;
 * letters without a decomposition get their usual spelling.
 */
export function slugify(title: string): string {
  return fold(title)
    .replace(/['’‘`]/g, '') // "collega's" → "collegas", not "collega-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Lower case with accents and Latin ligatures folded to ASCII where they have a usual spelling. */
function fold(text: string): string {
  return text
    .normalize('NFKD') // "é" → "e" + combining accent; "ĳ" → "ij"
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => FOLDS[c] ?? c);
}

const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/**
 * The URL segment of a tag: its slug when it is written in Latin letters,
 * else its letters and digits as they are, lower-cased ("日本", "ελλάδα-2026"),
 * rather than a slug that drops them. Tags that differ only in case or
 * punctuation share a page, and Latin ones also when they differ only in
 * accents.
 */
export function tagSlug(tag: string): string {
  const slug = /^[\x00-\x7f]*$/.test(fold(tag))
    ? slugify(tag)
    : tag
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
  // At most 80 characters, as slugify, and at most 240 bytes: file systems allow 255 per folder name.
  let short = '';
  for (const ch of slug) {
    if (short.length >= 80 || Buffer.byteLength(short + ch) > 240) break;
    short += ch;
  }
  return short.replace(/-+$/, '') || 'tag';
}
