import { contrastRatio, mix, nearestShade, parseHex, toHex, type Rgb } from './contrast.js';

/**
 * What `site.brand.color` becomes on the site, and whether it can: the
 * accent (links, the call-to-action button, segment labels) in light mode is
 * the colour itself; dark mode uses the nearest lighter shade of it (the
 * same hue, lighter as the eye sees it: OKLab lightness) that reads on the
 * dark backgrounds. No single colour reads at 4.5:1
 * on both white and a near-black page, so the tint is derived, never asked for.
 *
 * The backgrounds are the stylesheet's (templates/style.css, `--bg`,
 * `--surface`, `--variant-bg`, light and dark): links sit on all three, so
 * the accent must reach 4.5:1 (WCAG 1.4.3, AA for normal text) on the
 * lightest and the darkest of them, and against the button text it carries
 * as a background (`--on-accent`, set here with the accent so the pair
 * always holds).
 */

export const MIN_CONTRAST = 4.5;

/** Where the accent is read, as the catalogue's words (`against-<place>`). */
export type ContrastPlace = 'page' | 'surface' | 'variant' | 'button';

interface Mode {
  backgrounds: Record<Exclude<ContrastPlace, 'button'>, string>;
  /** The button label on the accent. */
  onAccent: string;
}

export const LIGHT: Mode = { backgrounds: { page: '#ffffff', surface: '#f3f4f6', variant: '#e9f1fb' }, onAccent: '#ffffff' };
export const DARK: Mode = { backgrounds: { page: '#14161a', surface: '#1f2329', variant: '#182538' }, onAccent: '#14161a' };

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** The accent colours of one mode, as `#rrggbb`. */
export interface AccentColours {
  accent: string;
  onAccent: string;
  /** The button under the pointer: further from the button text than `accent`, so the pair still holds. */
  accentHover: string;
}

export interface BrandPalette {
  light: AccentColours;
  dark: AccentColours;
}

/** The lowest contrast of `colour` in a mode: the ratio and where it is read. */
export function weakestContrast(colour: Rgb, mode: Mode): { ratio: number; against: ContrastPlace } {
  const places: [ContrastPlace, string][] = [...(Object.entries(mode.backgrounds) as [ContrastPlace, string][]), ['button', mode.onAccent]];
  let weakest = { ratio: Infinity, against: 'page' as ContrastPlace };
  for (const [place, hex] of places) {
    const ratio = contrastRatio(colour, parseHex(hex)!);
    if (ratio < weakest.ratio) weakest = { ratio, against: place };
  }
  return weakest;
}

const passes = (mode: Mode) => (c: Rgb) => weakestContrast(c, mode).ratio >= MIN_CONTRAST;

export type BrandVerdict =
  | { ok: true; palette: BrandPalette }
  /** `ratio` where the colour reads worst (`against`); `suggestion` the nearest darker shade of it that passes. */
  | { ok: false; ratio: number; against: ContrastPlace; suggestion: string };

/** Whether `hex` (already `#rgb` or `#rrggbb`) can be the site's accent, and the palette it gives. */
export function judgeBrandColour(hex: string): BrandVerdict {
  const colour = parseHex(hex);
  if (!colour) throw new Error(`not a hex colour: ${hex}`);
  const light = weakestContrast(colour, LIGHT);
  if (light.ratio < MIN_CONTRAST) {
    // Black passes everywhere in light mode, so a darker shade always exists.
    return { ok: false, ...light, suggestion: toHex(nearestShade(colour, -1, passes(LIGHT))!) };
  }
  // White passes everywhere in dark mode, so a tint always exists.
  const tint = nearestShade(colour, 1, passes(DARK))!;
  return {
    ok: true,
    palette: {
      light: { accent: toHex(colour), onAccent: LIGHT.onAccent, accentHover: toHex(mix(colour, BLACK, 0.2)) },
      dark: { accent: toHex(tint), onAccent: DARK.onAccent, accentHover: toHex(mix(tint, WHITE, 0.3)) },
    },
  };
}
