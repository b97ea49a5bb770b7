import { CONTENT_DIR } from './paths.js';
import { tagSlug } from './slug.js';

/**
 * Every URL shape and output path of the site, in one place (as Eleventy
 * computes each template's output location once): render builds its pages
 * from these, validate gives a message its URL, `herald dev` drops pages by
 * them after a change, and `site-paths.ts` knows from them which files and
 * folders the site writes itself. Nothing else spells a URL.
 *
 * A URL here is site-relative and starts with '/': a folder URL ends in '/'
 * (`/segments/magazijn/`) and is written as its `index.html`; any other URL
 * (`/feed.xml`, `/404.html`) is written as that file. An output path is
 * relative to the site root, with forward slashes (`2026/x/index.html`).
 */

/** The file a folder URL is written as. */
const INDEX_FILE = 'index.html';

/** The top folders of the site that hold herald's own pages. */
const FOLDER = {
  segments: 'segments',
  goals: 'goals',
  campaigns: 'campaigns',
  tags: 'tags',
  archive: 'archive',
  search: 'search',
  plan: 'plan',
  brand: 'brand',
} as const;

/** The folder inside the site that holds the search index (written by Pagefind). */
export const SEARCH_FOLDER = 'pagefind';

/** The home page. */
export const homeUrl = '/';
/** Every message, grouped by month. */
export const archiveUrl = `/${FOLDER.archive}/`;
/** The search page (the index itself is in SEARCH_FOLDER). */
export const searchUrl = `/${FOLDER.search}/`;
/** The planning dashboard (only with `--plan-page`). */
export const planUrl = `/${FOLDER.plan}/`;
/** The page a web server shows for a missing path, at any depth. */
export const notFoundUrl = '/404.html';
export const notFoundPath = outputPathOf(notFoundUrl);
export const sitemapPath = 'sitemap.xml';
/**
 * Part `n` (from 1) of a sitemap too long for one file (the protocol's limit
 * is 50,000 URLs): `sitemap.xml` is then the index of the parts. At the root,
 * as a sitemap may only list URLs under its own folder.
 */
export function sitemapPartPath(n: number): string {
  return `sitemap-${n}.xml`;
}
/** Whether a file at the site root is (or may be) a part of the sitemap. */
export function isSitemapPart(name: string): boolean {
  return /^sitemap-\d+\.xml$/i.test(name);
}
export const stylePath = 'style.css';
/** The site's icon (an SVG; the layout carries a PNG fallback inline, see render/favicon.ts). */
export const faviconPath = 'favicon.svg';
/** The site's small script: the remembered segment on the home page, links that work from file:// (templates/site.js). */
export const scriptPath = 'site.js';

/** Where `site.brand.logo` is published: one name per type, so the header never spells the writer's file name. */
export function logoOutputPath(extension: string): string {
  return `${FOLDER.brand}/logo.${extension.toLowerCase()}`;
}

/**
 * The fixed pages and files the templates link to, so a template (or a
 * project's theme) never spells a URL: `rel(it.urls.archive)`.
 */
export const siteUrls = {
  home: homeUrl,
  archive: archiveUrl,
  search: searchUrl,
  plan: planUrl,
  style: `/${stylePath}`,
  favicon: `/${faviconPath}`,
  script: `/${scriptPath}`,
  searchUiCss: `/${SEARCH_FOLDER}/pagefind-ui.css`,
  searchUiJs: `/${SEARCH_FOLDER}/pagefind-ui.js`,
} as const;

/**
 * The page of a message: `/<yyyy>/<slug>/`, the year of its publish day
 * (`ymd`, `2026-03-02`, in the site's time zone).
 */
export function messageUrl(ymd: string, slug: string): string {
  return `/${ymd.slice(0, 4)}/${slug}/`;
}

/** A segment's listing (its first page) and the folder of its feeds. */
export function segmentUrl(id: string): string {
  return `/${FOLDER.segments}/${id}/`;
}

export function goalUrl(id: string): string {
  return `/${FOLDER.goals}/${id}/`;
}

export function campaignUrl(id: string): string {
  return `/${FOLDER.campaigns}/${id}/`;
}

// A site has a few dozen tags over thousands of messages.
const tagIds = new Map<string, string>();

/** The id of a tag as written in a message (`Veiligheid` → `veiligheid`, see `tagSlug`): tags with the same id share a page. */
export function tagId(tag: string): string {
  let id = tagIds.get(tag);
  if (id === undefined) {
    id = tagSlug(tag);
    if (tagIds.size < 10_000) tagIds.set(tag, id);
  }
  return id;
}

/** The page of a tag as written in a message. */
export function tagUrl(tag: string): string {
  return `/${FOLDER.tags}/${tagId(tag)}/`;
}

/** Page `page` (from 1) of a paginated listing whose first page is `base`: `base`, then `<base>page/2/`, … */
export function listingPageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

export interface FeedUrls {
  /** Atom 1.0 */
  atom: string;
  /** RSS 2.0 */
  rss: string;
  /** JSON Feed 1.1 */
  json: string;
}

/** The three feeds of a folder URL (`/` for the whole site, `/segments/<id>/` for one segment). */
export function feedUrls(folder: string): FeedUrls {
  return { atom: `${folder}feed.xml`, rss: `${folder}rss.xml`, json: `${folder}feed.json` };
}

/** Where a URL is written in the site: `/2026/x/` → `2026/x/index.html`, `/feed.xml` → `feed.xml`, `/` → `index.html`. */
export function outputPathOf(url: string): string {
  const clean = url.replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? `${clean}${INDEX_FILE}` : clean;
}

/** The URL an output path is served at: `2026/x/index.html` → `/2026/x/`, `feed.xml` → `/feed.xml`. */
export function urlOfOutputPath(outputPath: string): string {
  if (outputPath === INDEX_FILE) return '/';
  return `/${outputPath.endsWith(`/${INDEX_FILE}`) ? outputPath.slice(0, -INDEX_FILE.length) : outputPath}`;
}

/** The output path of a folder's page, with its trailing slash: `/segments/a/` → `segments/a/`; every page and feed under it starts with it. */
export function outputFolderOf(folderUrl: string): string {
  return folderUrl.replace(/^\//, '');
}

/** When an output path is a folder's page (its `index.html` in any case, as a case-insensitive disk would take it): the folder's URL. */
export function folderUrlOfIndex(outputPath: string): string | undefined {
  const slash = outputPath.lastIndexOf('/');
  if (slash < 0 || outputPath.slice(slash + 1).toLowerCase() !== INDEX_FILE) return undefined;
  return `/${outputPath.slice(0, slash + 1)}`;
}

/** The way from a page to the site root: `./` for `/`, `../../` for `/2026/x/`. */
export function pathToRoot(url: string): string {
  const depth = url.replace(/^\//, '').split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A file beside the messages is published at its path under content/: `content/2026/plan.pdf` → `2026/plan.pdf`. */
export function assetPathOf(contentFile: string): string {
  return contentFile.slice(CONTENT_DIR.length + 1);
}

/** The file under content/ that would be published at an output path (the inverse of `assetPathOf`). */
export function contentFileOf(outputPath: string): string {
  return `${CONTENT_DIR}/${outputPath}`;
}

/** The URL of a published asset, each segment percent-encoded: `2026/plan 1.pdf` → `/2026/plan%201.pdf`. */
export function assetUrl(assetPath: string): string {
  return `/${assetPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** Files the site writes at its root. */
export const SITE_ROOT_FILES: readonly string[] = [
  outputPathOf(homeUrl),
  notFoundPath,
  stylePath,
  faviconPath,
  scriptPath,
  ...Object.values(feedUrls(homeUrl)).map(outputPathOf),
  sitemapPath,
];

/** Folders at the site root that hold herald's own pages (and the search index). */
export const SITE_FOLDERS: readonly string[] = [...Object.values(FOLDER), SEARCH_FOLDER];

/** One page of a paginated listing (Eleventy's pagination: chunk, hrefs, previous/next). */
export interface ListingPage<T> {
  items: T[];
  /** From 1. */
  pageNumber: number;
  url: string;
  previousUrl?: string;
  nextUrl?: string;
  /** How many pages the listing has. */
  total: number;
}

/**
 * A listing cut into pages of `perPage` items, at `listingPageUrl(baseUrl, n)`.
 * An empty listing still has its first page (with no items), so a segment
 * without messages has a page to link to.
 */
export function paginate<T>(items: readonly T[], perPage: number, baseUrl: string): ListingPage<T>[] {
  if (!(perPage >= 1)) throw new Error(`paginate: perPage must be at least 1, got ${perPage}`);
  const total = Math.max(1, Math.ceil(items.length / perPage));
  const pages: ListingPage<T>[] = [];
  for (let n = 1; n <= total; n++) {
    pages.push({
      items: items.slice((n - 1) * perPage, n * perPage),
      pageNumber: n,
      url: listingPageUrl(baseUrl, n),
      ...(n > 1 ? { previousUrl: listingPageUrl(baseUrl, n - 1) } : {}),
      ...(n < total ? { nextUrl: listingPageUrl(baseUrl, n + 1) } : {}),
      total,
    });
  }
  return pages;
}
