/**
 * WCAG 2.x colour contrast, for `site.brand.color`: relative luminance and
 * the contrast ratio as WCAG 2.2 defines them (success criterion 1.4.3,
 * "relative luminance" in its glossary), on sRGB colours written as hex.
 * A few lines of arithmetic: no colour library is installed, and this is
 * all herald needs of one.
 */

/** An sRGB colour, each channel 0–255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `#rgb` or `#rrggbb`, either case. */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** The colour of `#rgb` or `#rrggbb`; undefined for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  if (!HEX_COLOR.test(hex)) return undefined;
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const n = Number.parseInt(digits, 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff };
}

/** `#rrggbb`, lower case: the one form a validated colour is written in. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG's relative luminance: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    // WCAG 2.x writes 0.03928 (an older sRGB draft); the difference never shows in 8-bit colours.
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white); the order does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `a` mixed with `b` in sRGB: `t` 0 is `a`, 1 is `b`; rounded to 8-bit channels. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const m = (x: number, y: number) => Math.round(x + (y - x) * t);
  return { r: m(a.r, b.r), g: m(a.g, b.g), b: m(a.b, b.b) };
}

/**
 * The least mix of `from` toward `toward` (in 1/255 steps, so every 8-bit
 * shade is tried) that `passes`; undefined when not even `toward` itself does.
 */
export function leastMix(from: Rgb, toward: Rgb, passes: (c: Rgb) => boolean): Rgb | undefined {
  for (let step = 0; step <= 255; step++) {
    const c = mix(from, toward, step / 255);
    if (passes(c)) return c;
  }
  return undefined;
}

/** A ratio as people write it, never rounded up past a threshold: 4.497 is "4.49", not "4.50". */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
