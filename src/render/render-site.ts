/**
 * The assembly of the site: which messages go where (`collections.ts`), the
 * pages and feeds laid out from them (`pages.ts`), the views of messages
 * (`message-views.ts`) with their bodies (`bodies.ts`), each page rendered
 * through the (themed) templates inside the layout.
 */

import type { Project } from '../model/project.js';
import { faviconPath, notFoundUrl, outputPathOf, pathToRoot, scriptPath, siteUrls, stylePath } from '../model/routes.js';
import type { AssetCopy, OutputFile, SearchRecord } from '../model/site-output.js';
import type { Message } from '../model/message.js';
import { createBodies, type RenderedBody } from './bodies.js';
import { brandOf } from './brand.js';
import { collect, type Collections } from './collections.js';
import { feedFiles } from './feeds.js';
import { strings } from './i18n/index.js';
import { resolveRoot } from './links.js';
import { createMessageViews, siteView, type MessageViews } from './message-views.js';
import type { MessageView, SegmentMessageView } from './view-model.js';
import { PAGE_SIZE, sitePages, type PageDescriptor } from './pages.js';
import { searchRecord } from './search-records.js';
import { sitemapFiles } from './sitemap.js';
import { createEta, renderTemplate, themedText } from './themed-eta.js';

export { PAGE_SIZE } from './pages.js';
export type { RenderedBody } from './bodies.js';

export interface RenderOptions {
  /** Absolute base URL (from --base-url or site.baseUrl), for feeds and the sitemap. */
  baseUrl?: string;
  drafts: boolean;
  future: boolean;
  /** The build moment, ms since the epoch: what counts as "future". */
  now: number;
  search: boolean;
  /** Render the /plan/ dashboard (`site.planPage`, `--plan-page`; never linked from reader pages). */
  planPage: boolean;
  /** The project's `theme/` folder, if it has one. */
  themeDir?: string;
  generator: string;
}

export interface RenderedSite {
  files: OutputFile[];
  assets: AssetCopy[];
  /** What the search index holds: one record per message page. */
  search: SearchRecord[];
  messages: number;
  /** Messages left out because their front-matter lacks what a page needs. */
  skipped: string[];
}

/** One file of the site, rendered only when asked for. */
export interface SitePage {
  /** Inside the output folder, forward slashes: `2026/x/index.html`. */
  path: string;
  render(): string;
}

/**
 * What renders may share: the template engine (compiled templates) and
 * rendered bodies by message. `herald build` uses a fresh one; `herald dev`
 * keeps one and drops what a change invalidates (see src/dev/).
 */
export interface RenderCache {
  eta: ReturnType<typeof createEta>;
  bodies: Map<Message, RenderedBody>;
  /**
   * For one build that writes each page as it renders it (`herald build`):
   * bodies are parsed afresh and only the HTML a later page shows again is
   * kept (see `BodyKeeping` in bodies.ts). Not for a renderer whose pages
   * render more than once, or in any order (`herald dev`).
   */
  streaming?: boolean;
  /** Bodies render from trees parsed for them alone, not from (and kept on) the messages (`BodyKeeping.freshTrees`). */
  freshTrees?: boolean;
}

export function createRenderCache(themeDir: string | undefined, options: { streaming?: boolean; freshTrees?: boolean } = {}): RenderCache {
  return {
    eta: createEta(themeDir),
    bodies: new Map(),
    ...(options.streaming ? { streaming: true } : {}),
    ...(options.freshTrees ? { freshTrees: true } : {}),
  };
}

export interface SiteRenderer {
  /** Every file of the site, in a fixed order; nothing is rendered until a page's `render()` is called. */
  pages: SitePage[];
  byPath: Map<string, SitePage>;
  /** Messages on the site, newest first. */
  included: Message[];
  /** Messages left out because their front-matter lacks what a page needs. */
  skipped: string[];
  /** Publish moments (ms since the epoch, earliest first) of the messages left out only because they are dated after the build moment. */
  scheduled: number[];
  /** Assets linked from the messages rendered so far. */
  assets(): AssetCopy[];
  /** One search record per message (renders every body). */
  search(): SearchRecord[];
  /** The search record of one included message (renders its body). */
  searchRecord(message: Message): SearchRecord;
  /**
   * For `build --cache` (pipeline/cached-build.ts): per file of `pages`, what
   * its bytes depend on besides the inputs every page shares (plan, theme,
   * options, version), with each message it shows as `messageKey(message)`.
   * The same layout as the pages, so a listing's key names exactly the
   * messages it lists, in order; no body is rendered.
   */
  keyParts(messageKey: (message: Message) => string): Map<string, unknown>;
  /** Every included message's view made (without rendering pages), then `assets()`: the site's assets when not every page renders. */
  allAssets(): AssetCopy[];
  /**
   * herald dev: newer versions of messages that keep their place on the site (`sitePlace` unchanged), shown
   * from now on without listing the site again. False (and nothing changed) when an old version is not on it.
   */
  replace(versions: ReadonlyMap<Message, Message>): boolean;
}

/**
 * The whole site as files in memory: pure, so a failed render writes nothing
 * and the same project gives the same bytes. Each message body is rendered
 * once for its page and once per segment that has `:::for` blocks in it.
 */
export function renderSite(project: Project, options: RenderOptions): RenderedSite {
  // Its search records are part of the answer, so the bodies' search text is taken as they render.
  const renderer = siteRenderer(project, options, createRenderCache(options.themeDir), true);
  const files: OutputFile[] = renderer.pages.map((p) => ({ path: p.path, content: p.render() }));
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, assets: renderer.assets(), search: renderer.search(), messages: renderer.included.length, skipped: renderer.skipped };
}

/**
 * The site as a list of pages that render on demand: `renderSite` renders
 * them all, `herald dev` only the ones a browser asks for. Listings need only
 * the front-matter of their messages; a body is rendered (or taken from the
 * cache) when a page shows it.
 */
export function createSiteRenderer(project: Project, options: RenderOptions, cache: RenderCache = createRenderCache(options.themeDir)): SiteRenderer {
  return siteRenderer(project, options, cache, options.search);
}

/** `withText`: bodies render with their search text (else a search record renders its body again). */
function siteRenderer(project: Project, options: RenderOptions, cache: RenderCache, withText: boolean): SiteRenderer {
  const { plan } = project;
  const site = siteView(plan, options);
  const t = strings(site.language);
  const collections = collect(project, options);
  const bodies = createBodies(project, collections.byFile, cache.bodies, withText, {
    freshTrees: cache.freshTrees === true,
    // With search, every body renders first for its record (build.ts), then for its page: so all are kept.
    ...(cache.streaming && !withText ? { retain: shownAgain(collections) } : {}),
  });
  const views = createMessageViews(project, bodies, options.now);
  const layout = sitePages(project, collections, views, site, options);
  const brand = brandOf(project);

  // 404.html is served for missing paths at any depth, so its links start from the site root.
  const siteRootPath = options.baseUrl ? new URL(options.baseUrl).pathname : '/';
  const render =
    ({ url, template, data, meta }: PageDescriptor) =>
    () => {
      const root = url === notFoundUrl ? siteRootPath : pathToRoot(url);
      const rel = (target: string) => (/^[a-z][a-z0-9+.-]*:/i.test(target) ? target : root + target.replace(/^\//, ''));
      const common = {
        site,
        brand: brand.view,
        t,
        rel,
        urls: siteUrls,
        faviconFallback: brand.favicon.pngDataUrl,
        timeZone: plan.site.timezone,
        page: { url, lang: site.language, ...(typeof meta === 'function' ? meta() : meta) },
      };
      // The body's links are resolved before it goes into the layout, and the body is held by the layout's
      // data alone: a page of 100,000 cards (the archive) is 200 MB of text, and each copy alive at once counts.
      const body = (): string => resolveRoot(renderTemplate(cache.eta, options.themeDir, template, { ...common, ...data() }, url), root);
      return resolveRoot(renderTemplate(cache.eta, options.themeDir, 'layout', { ...common, body: body() }, url), root);
    };
  const pages: SitePage[] = layout.pages.map((page) => ({ path: outputPathOf(page.url), render: render(page) }));
  // A feed renders once per renderer (its three formats share the work); `replace` starts them afresh.
  let feeds = layout.feeds.map((feed) => feedFiles(feed, site, options.baseUrl!));
  feeds.forEach((files, i) => pages.push(...files.map((file, j) => ({ path: file.path, render: () => feeds[i]![j]!.render() }))));
  pages.push({ path: stylePath, render: () => themedText(options.themeDir, 'style.css') + brand.css });
  pages.push({ path: scriptPath, render: () => themedText(options.themeDir, 'site.js') });
  pages.push({ path: faviconPath, render: () => brand.favicon.svg });
  // The dashboard and the 404 page are for the comms team and lost readers, not for search engines.
  const indexable = options.baseUrl ? layout.pages.filter((p) => typeof p.meta === 'function' || !p.meta.noindex).map((p) => p.url) : [];
  if (options.baseUrl) pages.push(...sitemapFiles(options.baseUrl, indexable));

  const keyParts = (messageKey: (message: Message) => string): Map<string, unknown> => {
    // Views that are only the message's key (and the segment it is seen by): the data a page gets, without bodies.
    // Strings, not objects: an archive of 10,000 messages is keyed on every build.
    const keyed: MessageViews = {
      of: (message) => messageKey(message) as unknown as MessageView,
      forSegment: (message, segment) => `${messageKey(message)} ${segment}` as unknown as SegmentMessageView,
    };
    const keyedLayout = sitePages(project, collections, keyed, site, options);
    const parts = new Map<string, unknown>();
    for (const { url, template, data, meta } of keyedLayout.pages) {
      parts.set(outputPathOf(url), ['page', url, template, data(), typeof meta === 'function' ? meta() : meta]);
    }
    for (const feed of keyedLayout.feeds) {
      const material = ['feed', feed.folder, feed.title, feed.description ?? null, feed.items()];
      for (const file of feedFiles(feed, site, options.baseUrl!)) parts.set(file.path, [file.path, material]);
    }
    for (const own of [stylePath, scriptPath, faviconPath]) parts.set(own, own);
    if (options.baseUrl) {
      // Past 50,000 URLs the sitemap is an index and parts (sitemap.ts): every one of its files has the same inputs.
      for (const file of sitemapFiles(options.baseUrl, indexable)) parts.set(file.path, ['sitemap', file.path, indexable]);
    }
    return parts;
  };
  const record = (message: Message): SearchRecord => searchRecord(views.of(message), bodies.of(message, { text: true }).text!, t.segments);
  return {
    pages,
    byPath: new Map(pages.map((p) => [p.path, p])),
    included: collections.included,
    skipped: collections.skipped,
    scheduled: scheduledMoments(project, options),
    assets: () => [...brand.assets, ...bodies.assets()],
    search: () => collections.included.map(record),
    searchRecord: record,
    keyParts,
    allAssets: () => {
      for (const message of collections.included) views.of(message);
      return [...brand.assets, ...bodies.assets()];
    },
    replace: (versions) => {
      for (const old of versions.keys()) if (collections.byFile.get(old.file) !== old) return false;
      // Identity look-ups (indexOf), not a Map look-up per entry: ten lists of 10,000 are walked after every save.
      const patch = (list: Message[]) => {
        for (const [old, now] of versions) {
          const i = list.indexOf(old);
          if (i >= 0) list[i] = now;
        }
      };
      patch(collections.included);
      for (const lists of [collections.bySegment, collections.byGoal, collections.byCampaign, collections.byTag])
        for (const list of lists.values()) patch(list);
      for (const m of versions.values()) collections.byFile.set(m.file, m);
      feeds = layout.feeds.map((feed) => feedFiles(feed, site, options.baseUrl!));
      return true;
    },
  };
}

/**
 * What decides where a message shows on the site and in which order (`collect`, `sitePages`): two versions
 * with the same place can be swapped in a renderer (`SiteRenderer.replace`).
 */
export function sitePlace(m: Message): string {
  const f = m.fields;
  return JSON.stringify([m.file, m.url, Boolean(f.title), f.date?.epochMs, f.audience, f.draft, f.goal, f.campaign, f.tags]);
}

/** The messages whose whole body shows on more than their own page: those of the feeds (the home page's newest, each segment's). */
function shownAgain(collections: Collections): Set<Message> {
  const shown = new Set(collections.included.slice(0, PAGE_SIZE));
  for (const members of collections.bySegment.values()) for (const m of members.slice(0, PAGE_SIZE)) shown.add(m);
  return shown;
}

/** What `collect` leaves out only for its date: the messages that a later build (the CI schedule) will publish. */
function scheduledMoments(project: Project, options: RenderOptions): number[] {
  if (options.future) return [];
  const moments: number[] = [];
  for (const m of project.messages) {
    const f = m.fields;
    if (!f.title || !f.date || !f.audience || !m.url || (f.draft && !options.drafts)) continue;
    if (f.date.epochMs > options.now) moments.push(f.date.epochMs);
  }
  return moments.sort((a, b) => a - b);
}
