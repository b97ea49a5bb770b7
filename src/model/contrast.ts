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

/** sRGB channel (0–255) → linear light (0–1), and back (unclamped). */
const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (l: number) => 255 * (l <= 0.0031308 ? 12.92 * l : 1.055 * Math.sign(l) * Math.abs(l) ** (1 / 2.4) - 0.055);

/** WCAG's relative luminance: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  // WCAG 2.x writes 0.03928 for the linear segment (an older sRGB draft); the difference never shows in 8-bit colours.
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
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

/** OKLab (Björn Ottosson, 2020): lightness as the eye sees it, with `a` and `b` for hue and colourfulness. */
export function toOklab({ r, g, b }: Rgb): { L: number; a: number; b: number } {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return {
    L: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    a: 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    b: 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  };
}

/** OKLab → sRGB channels, unclamped (outside 0–255 when the colour is outside sRGB). */
function fromOklab(L: number, A: number, B: number): Rgb {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return {
    r: fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.7076127191 * s),
  };
}

const inGamut = (c: Rgb) => [c.r, c.g, c.b].every((v) => v >= -0.5 && v <= 255.5);

/**
 * The colour at OKLab lightness `L` with the hue of `colour` and as much of its
 * colourfulness as sRGB can show there (less near white and black), in 8-bit channels.
 */
export function withLightness(colour: Rgb, L: number): Rgb {
  const { a, b } = toOklab(colour);
  let low = 0;
  let high = 1;
  if (!inGamut(fromOklab(L, a, b))) {
    // Keep the hue, give up colourfulness until the colour exists.
    for (let i = 0; i < 24; i++) {
      const mid = (low + high) / 2;
      if (inGamut(fromOklab(L, a * mid, b * mid))) low = mid;
      else high = mid;
    }
  } else low = 1;
  const c = fromOklab(L, a * low, b * low);
  return { r: Math.round(Math.min(255, Math.max(0, c.r))), g: Math.round(Math.min(255, Math.max(0, c.g))), b: Math.round(Math.min(255, Math.max(0, c.b))) };
}

/**
 * The nearest lighter (`direction` 1) or darker (-1) shade of `colour`, in
 * steps of 0.005 OKLab lightness with its hue kept, that `passes`: a tint
 * that still looks like the brand, not a washed-out mix. Undefined when not
 * even white (or black) passes.
 */
export function nearestShade(colour: Rgb, direction: 1 | -1, passes: (c: Rgb) => boolean): Rgb | undefined {
  const start = toOklab(colour).L;
  for (let step = 0; step <= 200; step++) {
    const L = Math.min(1, Math.max(0, start + direction * step * 0.005));
    const c = step === 0 ? colour : withLightness(colour, L);
    if (passes(c)) return c;
    if (L === 0 || L === 1) break;
  }
  const end = direction === 1 ? { r: 255, g: 255, b: 255 } : { r: 0, g: 0, b: 0 };
  return passes(end) ? end : undefined;
}

/** A ratio as people write it, never rounded up past a threshold: 4.497 is "4.49", not "4.50". */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
