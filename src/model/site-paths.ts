import type { SvgHazard } from './facts.js';
import type { MessageData } from './diagnostic.js';
import { CONTENT_DIR } from './paths.js';
import { folderUrlOfIndex, isSitemapPart, SEARCH_FOLDER, SITE_FOLDERS, SITE_ROOT_FILES } from './routes.js';

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
const ROOT_FILES = new Set(SITE_ROOT_FILES);

/** Folders at the site root that hold herald's own pages (and the search index). */
const FOLDERS = new Set(SITE_FOLDERS);

/**
 * File types the site publishes as they are: images, documents, audio,
 * video, archives, calendars, fonts and data a browser shows or downloads but
 * never runs. Anything else (HTML, XML, scripts, server-side pages, unknown
 * types, no type at all) is not published: a browser or the web server could
 * run it as part of the site. SVG is published when it is a plain drawing
 * (validate/svg-safety.ts).
 */
const PUBLISHED = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'bmp',
  'ico',
  'tif',
  'tiff',
  'heic',
  'heif',
  'svg',
  'pdf',
  'txt',
  'csv',
  'tsv',
  'rtf',
  'json',
  'doc',
  'docx',
  'dotx',
  'xls',
  'xlsx',
  'xlsm',
  'ppt',
  'pptx',
  'pps',
  'ppsx',
  'odt',
  'ods',
  'odp',
  'odg',
  'key',
  'numbers',
  'pages',
  'epub',
  'mp3',
  'm4a',
  'aac',
  'wav',
  'ogg',
  'oga',
  'opus',
  'flac',
  'mp4',
  'm4v',
  'mov',
  'webm',
  'ogv',
  'avi',
  'mkv',
  'vtt',
  'srt',
  'zip',
  '7z',
  'gz',
  'tgz',
  'tar',
  'ics',
  'vcf',
  'woff',
  'woff2',
  'ttf',
  'otf',
]);

/**
 * Types that a web server may run, or serve as a page, when they appear
 * anywhere in a name: some servers (Apache) apply every extension, so
 * `foto.php.jpg` runs as PHP and `bijlage.html.nl` is served as HTML.
 */
const ACTIVE = new Set([
  'html',
  'htm',
  'xhtml',
  'xhtm',
  'xht',
  'shtml',
  'mht',
  'mhtml',
  'svg',
  'svgz',
  'xml',
  'xsl',
  'xslt',
  'js',
  'mjs',
  'cjs',
  'php',
  'phtml',
  'php3',
  'php4',
  'php5',
  'asp',
  'aspx',
  'jsp',
  'cgi',
  'pl',
  'py',
  'sh',
  'fcgi',
]);

/** What `unpublishable` needs to know of the project: the messages' page URLs and the SVGs judged unsafe. */
export interface PublishFacts {
  byUrl: ReadonlyMap<string, unknown>;
  /** Content path → why it must not be published (see validate/svg-safety.ts). */
  unsafeFiles: ReadonlyMap<string, SvgHazard>;
}

/**
 * Why a file cannot be published, as a code with its values (the sentences
 * are the `broken-link` rule's, in the catalogues of messages/):
 * - `site-own-file`: named like a file the site writes at its root (`file`);
 * - `site-own-pages`: inside a folder of the site's own pages (`folder`);
 * - `site-search-index`: inside the folder of the search index (`folder`);
 * - `message-page`: where the page of a message goes (`page`, its URL);
 * - `active-inner-extension`: a type a server could run inside its name (`extension`);
 * - `unpublished-type`: a type the site does not publish (`extension`);
 * - `no-type`: no type at all;
 * - `unsafe-svg`: an SVG that is not a plain drawing (`hazard`, see validate/svg-safety.ts).
 */
export type UnpublishableReason = SiteOwnReason | 'active-inner-extension' | 'unpublished-type' | 'no-type' | 'unsafe-svg';

/** Why a place in the site belongs to the site itself. */
export type SiteOwnReason = 'site-own-file' | 'site-own-pages' | 'site-search-index' | 'message-page';

export interface Unpublishable<R extends string = UnpublishableReason> {
  reason: R;
  data: MessageData;
}

/**
 * Why the file under content/ at `sitePath` (its path in the site) cannot be
 * published: its place (see `sitesOwn`) or its type; undefined when it can be.
 */
export function unpublishable(sitePath: string, facts: PublishFacts): Unpublishable | undefined {
  const own = sitesOwn(sitePath, (url) => facts.byUrl.has(url));
  if (own) return own;
  const parts = sitePath
    .slice(sitePath.lastIndexOf('/') + 1)
    .toLowerCase()
    .split('.');
  const extension = parts.length > 1 ? parts[parts.length - 1]! : '';
  const inner = parts.slice(1, -1).find((part) => ACTIVE.has(part));
  if (inner) return { reason: 'active-inner-extension', data: { extension: inner } };
  if (!PUBLISHED.has(extension)) return extension ? { reason: 'unpublished-type', data: { extension } } : { reason: 'no-type', data: {} };
  const hazard = extension === 'svg' ? facts.unsafeFiles.get(`${CONTENT_DIR}/${sitePath}`) : undefined;
  if (hazard) return { reason: 'unsafe-svg', data: { ...hazard.data, hazard: hazard.code } };
  return undefined;
}

/**
 * Why `sitePath` (relative to the site root, as 'feed.xml' or
 * '2026/x/index.html') belongs to the site; undefined when a content file may
 * be published there.
 * `isMessagePage` says whether a URL ('/2026/x/') is a message's page.
 */
export function sitesOwn(sitePath: string, isMessagePage: (url: string) => boolean): Unpublishable<SiteOwnReason> | undefined {
  const parts = sitePath.split('/');
  if (parts.length === 1) {
    const file = parts[0]!.toLowerCase();
    return ROOT_FILES.has(file) || isSitemapPart(file) ? { reason: 'site-own-file', data: { file } } : undefined;
  }
  const top = parts[0]!.toLowerCase();
  if (FOLDERS.has(top)) return { reason: top === SEARCH_FOLDER ? 'site-search-index' : 'site-own-pages', data: { folder: top } };
  const folder = folderUrlOfIndex(sitePath);
  if (folder !== undefined) {
    if (isMessagePage(folder)) return { reason: 'message-page', data: { page: folder } };
  }
  return undefined;
}
