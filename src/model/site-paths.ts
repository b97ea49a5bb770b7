/**
 * Which files under content/ the site can publish. A file a message links
 * to is published at the same path in the site (content/2026/plan.pdf →
 * /2026/plan.pdf). Two kinds cannot be: a file named like one herald writes
 * itself (it would take the place of a page, a feed or the search index, or
 * be lost under it), and a file a browser would run as a page of the site
 * (HTML, XML, scripts, an SVG with a script): published on the site's own
 * address, its scripts could act as the site for every reader who opens it,
 * and the sanitiser that cleans the messages never sees it. The `broken-link` rule
 * reports a link to either; the build never copies one.
 */

/** Files at the site root. */
const ROOT_FILES = new Set(['index.html', '404.html', 'style.css', 'feed.xml', 'rss.xml', 'feed.json', 'sitemap.xml']);

/** Folders at the site root that hold herald's own pages (and the search index). */
const FOLDERS = new Set(['segments', 'goals', 'campaigns', 'tags', 'archive', 'search', 'plan', 'pagefind']);

/**
 * Extensions of files that browsers (or a web server) may run rather than
 * show or download: documents with scripting (HTML, XML and its style
 * sheets, compressed SVG), scripts, and server-side pages that some hosts
 * would execute. Images, PDFs, office files, audio and video are published as
 * they are; SVG drawings too, when they hold nothing that runs.
 */
const ACTIVE = new Set([
  'html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'svgz', 'xml', 'xsl', 'xslt', 'rss', 'atom',
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'wasm', 'swf', 'hta', 'htc', 'vbs', 'php', 'phtml', 'asp', 'aspx', 'jsp', 'cgi', 'pl', 'py', 'sh',
]);

/**
 * Why the file at `sitePath` cannot be published: its own place (see
 * `sitesOwn`) or its kind, as a phrase that follows "which would be published
 * at /<path>," in a sentence; undefined when it can be.
 */
export function unpublishable(sitePath: string, isMessagePage: (url: string) => boolean, unsafeFiles: ReadonlyMap<string, string>): string | undefined {
  const own = sitesOwn(sitePath, isMessagePage);
  if (own) return own;
  const name = sitePath.slice(sitePath.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  // A plain drawing is fine; an SVG that could run something is not (validate/svg-safety.ts).
  if (extension === 'svg') {
    const hazard = unsafeFiles.get(`content/${sitePath}`);
    return hazard ? `but that SVG ${hazard}, which a browser would run as part of the site` : undefined;
  }
  if (ACTIVE.has(extension)) return `but herald does not publish .${extension} files: a browser would run any script in one as a page of the site`;
  return undefined;
}

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
