import path from 'node:path';
import type { Diagnostic, Location, MessageData } from '../model/diagnostic.js';
import { judgeBrandColour, MIN_CONTRAST } from '../model/brand.js';
import { formatRatio } from '../model/contrast.js';
import type { Plan, PlanLocation, Site } from '../model/plan.js';
import type { BrandLogo } from '../model/project.js';
import { logoOutputPath } from '../model/routes.js';
import type { Lang } from '../messages/index.js';
import type { LogoOnDisk } from '../load/read-logo.js';
import { svgHazard } from './svg-safety.js';

/**
 * `site.brand`: the colour's contrast (pure, with the plan) and the logo
 * (once the project's files are known). Problems are `plan-schema`
 * diagnostics whose sentences live in the catalogue's `brand` namespace.
 */

export const BRAND_NAMESPACE = 'brand';

/** The message ids of `brand`, so validate-plan composes them from that namespace. */
export const BRAND_MESSAGE_IDS: ReadonlySet<string> = new Set([
  'hex-color',
  'color-quotes',
  'color-contrast',
  'logo-absolute',
  'logo-outside',
  'logo-type',
  'logo-missing',
  'logo-not-a-file',
  'logo-unsafe-svg',
]);

/** Image types a browser shows and never runs (an SVG only after `svgHazard`). */
const LOGO_TYPES = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg']);

type Report = (at: PlanLocation, messageId: string, data: MessageData) => void;

/** The colour's contrast in light and dark mode; a colour that cannot pass is reported with its ratio and a darker shade that does. */
export function checkBrandColour(site: Site, locate: (path: readonly (string | number)[]) => PlanLocation, report: Report): void {
  const color = site.brand?.color;
  if (color === undefined) return;
  if (color === null) {
    report(locate(['site', 'brand', 'color']), 'color-quotes', {});
    return;
  }
  const verdict = judgeBrandColour(color);
  if (verdict.ok) return;
  report(locate(['site', 'brand', 'color']), 'color-contrast', {
    color,
    ratio: formatRatio(verdict.ratio),
    minimum: MIN_CONTRAST.toFixed(1),
    against: verdict.against,
    darker: verdict.suggestion,
  });
}

/**
 * The logo's path as written, as a project path (forward slashes, no `.`
 * or `..`), or why it cannot be one: absolute, or leading out of the project.
 */
export function logoProjectPath(written: string): { file: string } | { problem: 'logo-absolute' | 'logo-outside' } {
  const slashed = written.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed)) return { problem: 'logo-absolute' };
  const file = path.posix.normalize(slashed);
  if (file === '..' || file.startsWith('../')) return { problem: 'logo-outside' };
  return { file };
}

export interface LogoResult {
  diagnostics: Diagnostic[];
  /** The logo to publish: only one that exists inside the project, is an image and, as an SVG, is a plain drawing. */
  logo?: BrandLogo;
}

/**
 * The logo of `site.brand.logo`, judged: `read` looks at a project path on
 * disk (see load/read-logo.ts). Every problem is a plan error at the
 * logo's line, and a logo with a problem is never published.
 */
export function validateLogo(
  plan: Plan,
  lang: Lang,
  read: (file: string) => LogoOnDisk,
  diagnostic: (lang: Lang, file: string, at: Location, messageId: string, data: MessageData) => Diagnostic,
): LogoResult {
  const written = plan.site.brand?.logo;
  if (written === undefined) return { diagnostics: [] };
  const at = plan.locate(['site', 'brand', 'logo']);
  const problem = (messageId: string, data: MessageData = {}): LogoResult => ({
    diagnostics: [diagnostic(lang, at.file, at, messageId, { path: written, ...data })],
  });
  const resolved = logoProjectPath(written);
  if ('problem' in resolved) return problem(resolved.problem);
  const name = resolved.file.slice(resolved.file.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  // Hidden files (.env, .git/…) are never a logo, whatever their name ends in.
  if (!LOGO_TYPES.has(extension) || resolved.file.split('/').some((part) => part.startsWith('.'))) return problem('logo-type', { extension });
  const found = read(resolved.file);
  if (found.state !== 'file') return problem(found.state === 'missing' ? 'logo-missing' : found.state === 'outside' ? 'logo-outside' : 'logo-not-a-file');
  if (extension === 'svg') {
    const svg = found.svg ?? { error: 'not read' };
    const hazard = typeof svg === 'string' ? svgHazard(svg) : { code: 'unreadable' as const, data: { error: svg.error } };
    if (hazard) return problem('logo-unsafe-svg', { ...hazard.data, hazard: hazard.code });
  }
  return { diagnostics: [], logo: { file: resolved.file, path: logoOutputPath(extension) } };
}
