/**
 * sitemap.xml (https://www.sitemaps.org/protocol.html): absolute, escaped
 * URLs in code-unit order so the output is byte-stable. No <lastmod> unless
 * the caller gives one: a build time there would change every build.
 */
import { sitemapPartPath, sitemapPath } from '../model/routes.js';

export type SitemapUrl = string | { url: string; lastmod?: string };

/** The protocol's limit per sitemap file. */
const SITEMAP_MAX_URLS = 50_000;

/** W3C Datetime, the form the protocol requires: YYYY, YYYY-MM, YYYY-MM-DD, or with time and zone. */
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/**
 * The sitemap as files: `sitemap.xml` alone, or, past the protocol's 50,000
 * URLs, `sitemap.xml` as the index of parts (`sitemapPartPath`) that split
 * the sorted URLs evenly. How many parts is decided from the number of URLs
 * given, before any renders; the URLs are resolved once, when the first file
 * renders.
 */
export function sitemapFiles(baseUrl: string, urls: SitemapUrl[]): { path: string; render(): string }[] {
  const parts = Math.ceil(urls.length / SITEMAP_MAX_URLS);
  if (parts <= 1) return [{ path: sitemapPath, render: () => renderSitemap(baseUrl, urls) }];
  let entries: [string, string | undefined][] | undefined;
  const sorted = () => (entries ??= sitemapEntries(baseUrl, urls));
  const size = () => Math.ceil(sorted().length / parts);
  const files = [{ path: sitemapPath, render: () => renderSitemapIndex(baseUrl, parts) }];
  for (let n = 1; n <= parts; n++) {
    files.push({ path: sitemapPartPath(n), render: () => urlset(sorted().slice((n - 1) * size(), n * size())) });
  }
  return files;
}

/** A sitemap index (the protocol's `<sitemapindex>`) of `parts` parts at the base URL. */
function renderSitemapIndex(baseUrl: string, parts: number): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (let n = 1; n <= parts; n++) lines.push('  <sitemap>', `    <loc>${escapeXml(resolve(base, sitemapPartPath(n)))}</loc>`, '  </sitemap>');
  lines.push('</sitemapindex>');
  return `${lines.join('\n')}\n`;
}

/**
 * @param baseUrl absolute base URL (a trailing '/' is added when missing)
 * @param urls site paths ('/2026/roosterapp/'), resolved against baseUrl, or absolute http(s) URLs
 */
export function renderSitemap(baseUrl: string, urls: SitemapUrl[]): string {
  const entries = sitemapEntries(baseUrl, urls);
  if (entries.length > SITEMAP_MAX_URLS) throw new Error(`sitemap: ${entries.length} URLs, more than the ${SITEMAP_MAX_URLS} one file may hold`);
  return urlset(entries);
}

/** The URLs resolved, each once, in code-unit order, with their lastmod. */
function sitemapEntries(baseUrl: string, urls: SitemapUrl[]): [string, string | undefined][] {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (!/^https?:\/\//i.test(base)) throw new Error(`sitemap needs an absolute http(s) base URL, got "${baseUrl}"`);

  // Deduplicated by resolved URL (the protocol wants each once); the latest lastmod wins.
  const byUrl = new Map<string, string | undefined>();
  for (const entry of urls) {
    const { url, lastmod } = typeof entry === 'string' ? { url: entry, lastmod: undefined } : entry;
    if (lastmod !== undefined && !W3C_DATETIME.test(lastmod)) throw new Error(`sitemap: lastmod "${lastmod}" of ${url} is not a W3C datetime`);
    const loc = resolve(base, url);
    const previous = byUrl.get(loc);
    const later = lastmod !== undefined && (previous === undefined || Date.parse(lastmod) > Date.parse(previous));
    if (!byUrl.has(loc) || later) byUrl.set(loc, lastmod);
  }
  return [...byUrl].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function urlset(entries: [string, string | undefined][]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const [loc, lastmod] of entries) {
    lines.push('  <url>', `    <loc>${escapeXml(loc)}</loc>`);
    if (lastmod !== undefined) lines.push(`    <lastmod>${lastmod}</lastmod>`);
    lines.push('  </url>');
  }
  lines.push('</urlset>');
  return `${lines.join('\n')}\n`;
}

/** A site path that URL parsing leaves as it is: unreserved characters, no dot segments, no empty segment. */
const PLAIN_PATH = /^\/?(?:[A-Za-z0-9_~-]+\/)*(?:[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9]+)?)?$/;
const normalBases = new Map<string, boolean>();

/** Site paths are relative to the base (not the host); WHATWG URL parsing percent-encodes spaces, controls and non-ASCII. */
function resolve(base: string, url: string): string {
  // Nearly every path is plain: joined, not parsed (parsing was most of the sitemap's time), under a base in its parsed form.
  if (PLAIN_PATH.test(url)) {
    let normal = normalBases.get(base);
    if (normal === undefined) {
      normal = URL.canParse(base) && new URL(base).href === base;
      normalBases.set(base, normal);
    }
    if (normal) return base + url.replace(/^\/+/, '');
  }
  const resolved = /^[a-z][a-z0-9+.-]*:/i.test(url) ? new URL(url) : new URL(base + url.replace(/^\/+/, ''));
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') throw new Error(`sitemap: "${url}" is not an http(s) URL`);
  return resolved.href;
}

/** The five entities the protocol asks for. */
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
