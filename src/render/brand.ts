import { judgeBrandColour, type AccentColours, type BrandPalette } from '../model/brand.js';
import { HEX_COLOR } from '../model/contrast.js';
import type { Project } from '../model/project.js';
import { assetUrl } from '../model/routes.js';
import type { AssetCopy } from '../model/site-output.js';
import { favicon } from './favicon.js';

/** What the layout receives of `site.brand` (`it.brand`). */
export interface BrandView {
  /** The header logo: its site URL, and its alt text (empty when the site title beside it says it all). */
  logo?: { url: string; alt: string };
}

/**
 * `site.brand` for the site: the logo the check judged publishable
 * (`Project.logo`; a missing, outside or unsafe one never gets here, even
 * with `--no-check`), the accent colours as CSS custom properties, and the
 * favicon in the brand colour (the header shows it before the title when
 * there is no logo).
 */
export function brandOf(project: Project): { view: BrandView; assets: AssetCopy[]; css: string; favicon: { svg: string; pngDataUrl: string } } {
  const brand = project.plan.site.brand;
  const logo = project.logo;
  const palette = paletteOf(brand?.color);
  return {
    // A logo inside the link that also holds the site title is decorative unless it says more (WCAG technique H2).
    view: logo ? { logo: { url: assetUrl(logo.path), alt: brand?.alt ?? '' } } : {},
    assets: logo ? [{ from: logo.file, to: logo.path }] : [],
    css: palette ? brandCss(palette) : '',
    favicon: favicon(palette?.light.accent),
  };
}

/** The palette of a colour that passes; undefined for none, or one the check refused (`--no-check` builds with the default accent). */
function paletteOf(color: string | null | undefined): BrandPalette | undefined {
  if (typeof color !== 'string' || !HEX_COLOR.test(color)) return undefined;
  const verdict = judgeBrandColour(color);
  return verdict.ok ? verdict.palette : undefined;
}

/**
 * The accent as custom properties after the stylesheet's own, light and dark.
 * Every value is `#rrggbb` from `toHex`, never the text of the plan.
 */
export function brandCss(palette: BrandPalette): string {
  const block = (c: AccentColours, indent: string) =>
    [
      `--link: ${c.accent};`,
      `--accent: ${c.accent};`,
      `--on-accent: ${c.onAccent};`,
      `--accent-hover: ${c.accentHover};`,
      `--variant-border: ${c.accent};`,
      `--variant-label: ${c.accent};`,
      // The header band and the segment chips follow the brand: same pairs as the button (the accent under its text) and the links (the accent on --chip-bg).
      `--header-bg: ${c.headerBg};`,
      `--header-text: ${c.headerText};`,
      `--chip-text: ${c.accent};`,
      `--chip-chosen-bg: ${c.accent};`,
      `--chip-chosen-text: ${c.onAccent};`,
    ]
      .map((line) => `${indent}${line}`)
      .join('\n');
  return [
    '',
    '/* ---------- site.brand (written by herald from the plan; checked for contrast) ---------- */',
    '',
    ':root {',
    block(palette.light, '  '),
    '}',
    '',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    block(palette.dark, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
