import { describe, expect, it } from 'vitest';
import { renderSitemap, sitemapFiles } from '../../src/render/sitemap.js';

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

describe('sitemapFiles', () => {
  it('is sitemap.xml alone, as renderSitemap writes it, up to 50,000 URLs', () => {
    const urls = Array.from({ length: 50_000 }, (_, i) => `/2026/m${i}/`);
    const files = sitemapFiles(BASE, urls);
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml']);
    expect(files[0]!.render()).toBe(renderSitemap(BASE, urls));
  });

  it('past 50,000 URLs, writes an index and parts that split the sorted URLs evenly, each once', () => {
    // 100,001 URLs: three parts of at most 33,334; given in reverse, listed in code-unit order.
    const urls = Array.from({ length: 100_001 }, (_, i) => `/p/${String(i).padStart(6, '0')}/`).reverse();
    const files = sitemapFiles(BASE, urls);
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files[0]!.render()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        [1, 2, 3].map((n) => `  <sitemap>\n    <loc>${BASE}sitemap-${n}.xml</loc>\n  </sitemap>\n`).join('') +
        '</sitemapindex>\n',
    );
    const locs = files.slice(1).map((f) => [...f.render().matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!));
    expect(locs.map((l) => l.length)).toEqual([33_334, 33_334, 33_333]);
    expect(locs.flat()).toEqual([...urls].reverse().map((u) => BASE + u.slice(1)));
    expect(files[1]!.render().startsWith(HEAD)).toBe(true);
    expect(files[1]!.render().endsWith('</urlset>\n')).toBe(true);
  });
});
