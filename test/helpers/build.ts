import type { BuildOptions } from '../../src/pipeline/build.js';

/** `buildSite`'s options as the tests use them: into `site/`, no search or plan page, a fixed "now" (1 June 2026). */
export function buildOptions(root: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    root,
    out: 'site',
    drafts: false,
    future: false,
    search: false,
    planPage: false,
    check: true,
    now: Date.parse('2026-06-01T00:00:00Z'),
    generator: 'herald test',
    ...extra,
  };
}
