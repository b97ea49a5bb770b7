import { contrastRatio, mix, nearestShade, parseHex, toHex, type Rgb } from './contrast.js';

/**
 * What `site.brand.color` becomes on the site, and whether it can: the
 * accent (links, the call-to-action button, segment chips and labels, the
 * header band) in light mode is the colour itself; dark mode uses the
 * nearest lighter shade of it (the same hue, lighter as the eye sees it:
 * OKLab lightness) that reads on the dark backgrounds. No single colour
 * reads at 4.5:1 on both white and a near-black page, so the tint is
 * derived, never asked for.
 *
 * The backgrounds are the stylesheet's (templates/style.css), every one on
 * which the design puts the accent as text: the page, the page grey behind
 * the cards, the cards, the chips, code and picture surfaces, the "why"
 * block and the segment blocks, light and dark. A test reads style.css and
 * fails when a value here and there differ, or when the stylesheet puts
 * `--link`, `--accent` or a chip's text on a background not listed. The
 * accent must reach 4.5:1 (WCAG 1.4.3, AA for normal text) on each, and
 * against the white text it carries as a background (`--on-accent`: the
 * button, the chosen chip, and in light mode the header band).
 */

export const MIN_CONTRAST = 4.5;

/** Where the accent is read, as the catalogue's words (`against-<place>`). */
export type ContrastPlace = 'page' | 'surface' | 'variant' | 'button';

/** One background the accent is read on: its custom property in style.css, its colour, and the catalogue's word for it. */
export interface Background {
  variable: string;
  colour: string;
  place: Exclude<ContrastPlace, 'button'>;
}

export interface Mode {
  backgrounds: readonly Background[];
  /** The button label on the accent. */
  onAccent: string;
}

const bg = (variable: string, colour: string, place: Background['place']): Background => ({ variable, colour, place });

export const LIGHT: Mode = {
  backgrounds: [
    bg('--bg', '#ffffff', 'page'),
    bg('--card-bg', '#ffffff', 'page'),
    bg('--chip-bg', '#ffffff', 'page'),
    bg('--page-bg', '#f3f5f8', 'surface'),
    bg('--surface', '#f3f4f6', 'surface'),
    bg('--why-bg', '#fff6dc', 'surface'),
    bg('--variant-bg', '#e9f1fb', 'variant'),
  ],
  onAccent: '#ffffff',
};
export const DARK: Mode = {
  backgrounds: [
    bg('--bg', '#14161a', 'page'),
    bg('--card-bg', '#1a1d22', 'page'),
    bg('--chip-bg', '#1a1d22', 'page'),
    bg('--page-bg', '#111317', 'surface'),
    bg('--surface', '#1f2329', 'surface'),
    bg('--why-bg', '#2b2615', 'surface'),
    bg('--variant-bg', '#182538', 'variant'),
  ],
  onAccent: '#14161a',
};

/**
 * The header band in dark mode: a dark surface with a little of the accent
 * in it (a quarter: the default #0a4f96 gives the design's #182538), under
 * `DARK_HEADER_TEXT`, and with the focus ring that must stand out on it.
 */
export const DARK_HEADER_TEXT = '#e7e9ec';
export const DARK_HEADER_FOCUS = '#ffb35c';
const DARK_HEADER_SHARE = 0.25;
/** WCAG 2.4.13 / 1.4.11: a focus ring against what is next to it. */
const MIN_FOCUS_CONTRAST = 3;

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** The accent colours of one mode, as `#rrggbb`. */
export interface AccentColours {
  accent: string;
  onAccent: string;
  /** The button under the pointer: further from the button text than `accent`, so the pair still holds. */
  accentHover: string;
  /** The header band and its text: the accent under white in light mode, a dark surface tinted with it in dark mode. */
  headerBg: string;
  headerText: string;
}

export interface BrandPalette {
  light: AccentColours;
  dark: AccentColours;
}

/** The lowest contrast of `colour` in a mode: the ratio and where it is read. */
export function weakestContrast(colour: Rgb, mode: Mode): { ratio: number; against: ContrastPlace } {
  const places: [ContrastPlace, string][] = [...mode.backgrounds.map((b): [ContrastPlace, string] => [b.place, b.colour]), ['button', mode.onAccent]];
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
  const page = parseHex(DARK.backgrounds[0]!.colour)!;
  return {
    ok: true,
    palette: {
      // The header band under white text is the button check: it passed above.
      light: {
        accent: toHex(colour),
        onAccent: LIGHT.onAccent,
        accentHover: toHex(mix(colour, BLACK, 0.2)),
        headerBg: toHex(colour),
        headerText: LIGHT.onAccent,
      },
      dark: {
        accent: toHex(tint),
        onAccent: DARK.onAccent,
        accentHover: toHex(mix(tint, WHITE, 0.3)),
        headerBg: toHex(darkHeader(colour, page)),
        headerText: DARK_HEADER_TEXT,
      },
    },
  };
}

/** The dark header band: a quarter of the accent on the dark page, less while its text or focus ring would not stand out (never with a colour that passed in light mode, but checked rather than assumed). */
function darkHeader(colour: Rgb, page: Rgb): Rgb {
  const text = parseHex(DARK_HEADER_TEXT)!;
  const focus = parseHex(DARK_HEADER_FOCUS)!;
  for (let share = DARK_HEADER_SHARE; share > 0; share -= 0.05) {
    const band = mix(page, colour, share);
    if (contrastRatio(band, text) >= MIN_CONTRAST && contrastRatio(band, focus) >= MIN_FOCUS_CONTRAST) return band;
  }
  return page;
}
