import { describe, expect, it } from 'vitest';
import { renderSitemap } from '../../src/render/sitemap.js';

const BASE = 'https://intranet.example/nieuws/';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const url = (loc: string, lastmod?: string) => `  <url>\n    <loc>${loc}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ''}  </url>\n`;

/**
 * The output is small and fixed in shape, so it is compared byte for byte;
 * that covers well-formedness (every tag written out below), escaping and order.
 */
describe('renderSitemap', () => {
  it('resolves site paths against the base, sorted, without lastmod by default', () => {
    expect(renderSitemap(BASE, ['/segments/magazijn/', '/', '/2026/roosterapp/', '/archive/'])).toBe(
      `${HEAD}${url(BASE)}${url(`${BASE}2026/roosterapp/`)}${url(`${BASE}archive/`)}${url(`${BASE}segments/magazijn/`)}</urlset>\n`,
    );
  });

  it('accepts {url, lastmod} entries mixed with strings, and keeps absolute http(s) URLs', () => {
    expect(
      renderSitemap('https://intranet.example/nieuws', [{ url: '/b/', lastmod: '2026-03-10T08:00:00Z' }, 'https://intranet.example/nieuws/a/', { url: '/c/' }]),
    ).toBe(`${HEAD}${url(`${BASE}a/`)}${url(`${BASE}b/`, '2026-03-10T08:00:00Z')}${url(`${BASE}c/`)}</urlset>\n`);
  });

  it('escapes XML and percent-encodes what URLs require', () => {
    const out = renderSitemap(BASE, ['/zoek/?q=a&b=c', "/it's/", '/café/<x>"y"/', '/a b/\u0001']);
    expect(out).toBe(
      `${HEAD}${url(`${BASE}a%20b/`)}${url(`${BASE}caf%C3%A9/%3Cx%3E%22y%22/`)}${url(`${BASE}it&apos;s/`)}${url(`${BASE}zoek/?q=a&amp;b=c`)}</urlset>\n`,
    );
    // Nothing raw that XML forbids: every & starts an entity, no control characters.
    expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('lists each URL once, with the latest lastmod given for it', () => {
    const out = renderSitemap(BASE, [
      { url: '/a/', lastmod: '2026-01-01' },
      '/a/',
      `${BASE}a/`,
      { url: 'a/', lastmod: '2026-02-01' },
      { url: '/a/', lastmod: '2025-12-31' },
    ]);
    expect(out).toBe(`${HEAD}${url(`${BASE}a/`, '2026-02-01')}</urlset>\n`);
  });

  it('is an empty but valid urlset for no URLs', () => {
    expect(renderSitemap(BASE, [])).toBe(`${HEAD}</urlset>\n`);
  });

  it('gives identical bytes for the same URLs in any order', () => {
    const urls = ['/x/', '/a/', { url: '/m/', lastmod: '2026-03' }, '/2026/z/'];
    expect(renderSitemap(BASE, [...urls].reverse())).toBe(renderSitemap(BASE, urls));
  });

  it.each([
    ['a relative base URL', () => renderSitemap('/nieuws/', ['/'])],
    ['a non-http URL', () => renderSitemap(BASE, ['mailto:a@b.example'])],
    ['a lastmod that is not a W3C datetime', () => renderSitemap(BASE, [{ url: '/', lastmod: '10-03-2026' }])],
  ])('rejects %s', (_what, render) => {
    expect(render).toThrow(/sitemap/);
  });
});
