/**
 * sitemap.xml (https://www.sitemaps.org/protocol.html): absolute, escaped
 * URLs in code-unit order so the output is byte-stable. No <lastmod> unless
 * the caller gives one: a build time there would change every build.
 */
export type SitemapUrl = string | { url: string; lastmod?: string };

/** The protocol's limit per sitemap file. */
const SITEMAP_MAX_URLS = 50_000;

/** W3C Datetime, the form the protocol requires: YYYY, YYYY-MM, YYYY-MM-DD, or with time and zone. */
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/**
 * @param baseUrl absolute base URL (a trailing '/' is added when missing)
 * @param urls site paths ('/2026/roosterapp/'), resolved against baseUrl, or absolute http(s) URLs
 */
export function renderSitemap(baseUrl: string, urls: SitemapUrl[]): string {
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
  if (byUrl.size > SITEMAP_MAX_URLS) throw new Error(`sitemap: ${byUrl.size} URLs, more than the ${SITEMAP_MAX_URLS} one file may hold`);

  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const loc of [...byUrl.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const lastmod = byUrl.get(loc);
    lines.push('  <url>', `    <loc>${escapeXml(loc)}</loc>`);
    if (lastmod !== undefined) lines.push(`    <lastmod>${lastmod}</lastmod>`);
    lines.push('  </url>');
  }
  lines.push('</urlset>');
  return `${lines.join('\n')}\n`;
}

/** Site paths are relative to the base (not the host); WHATWG URL parsing percent-encodes spaces, controls and non-ASCII. */
function resolve(base: string, url: string): string {
  const resolved = /^[a-z][a-z0-9+.-]*:/i.test(url) ? new URL(url) : new URL(base + url.replace(/^\/+/, ''));
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') throw new Error(`sitemap: "${url}" is not an http(s) URL`);
  return resolved.href;
}

/** The five entities the protocol asks for. */
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
