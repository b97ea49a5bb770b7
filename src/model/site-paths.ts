/**
 * The places in the site that herald writes itself. A file under content/
 * is published at the same path in the site (content/2026/plan.pdf →
 * /2026/plan.pdf), so a file named like one of these would take the place of
 * a page, a feed or the search index, or be lost under it. The `broken-link`
 * rule reports a link to such a file; the build never copies one.
 */

/** Files at the site root. */
const ROOT_FILES = new Set(['index.html', '404.html', 'style.css', 'feed.xml', 'rss.xml', 'feed.json', 'sitemap.xml']);

/** Folders at the site root that hold herald's own pages (and the search index). */
const FOLDERS = new Set(['segments', 'goals', 'campaigns', 'tags', 'archive', 'search', 'plan', 'pagefind']);

/**
 * Why `sitePath` (relative to the site root, as 'feed.xml' or
 * '2026/x/index.html') belongs to the site, as a phrase that follows "would
 * be published at /<path>," in a sentence; undefined when a content file may
 * be published there.
 * `isMessagePage` says whether a URL ('/2026/x/') is a message's page.
 */
export function sitesOwn(sitePath: string, isMessagePage: (url: string) => boolean): string | undefined {
  const parts = sitePath.split('/');
  if (parts.length === 1) return ROOT_FILES.has(parts[0]!.toLowerCase()) ? `where the site writes its own ${parts[0]!.toLowerCase()}` : undefined;
  const top = parts[0]!.toLowerCase();
  if (FOLDERS.has(top)) return `inside /${top}/, where the site writes its own ${top === 'pagefind' ? 'search index' : 'pages'}`;
  if (parts[parts.length - 1]!.toLowerCase() === 'index.html') {
    const folder = `/${parts.slice(0, -1).join('/')}/`;
    if (isMessagePage(folder)) return `where the page of the message ${folder} goes`;
  }
  return undefined;
}
