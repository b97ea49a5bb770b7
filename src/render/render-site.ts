import path from 'node:path';
import { CONTENT_DIR } from '../load/read-project.js';
import { nodesOf } from '../scope/node-index.js';
import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import { unpublishable, type PublishFacts } from '../model/site-paths.js';
import {
  archiveUrl,
  assetPathOf,
  assetUrl,
  campaignUrl,
  feedUrls,
  goalUrl,
  homeUrl,
  notFoundUrl,
  outputFolderOf,
  outputPathOf,
  paginate,
  pathToRoot,
  planUrl,
  searchUrl,
  segmentUrl,
  sitemapPath,
  stylePath,
  tagId,
  tagUrl,
  type FeedUrls,
  siteUrls,
} from '../model/routes.js';
import { renderFeeds } from './feeds.js';
import { formatDate, formatDay, strings } from './i18n/index.js';
import { markdownToHtml, resolveRoot, ROOT_MARKER } from './markdown-to-html.js';
import { planPageView } from './plan-page.js';
import { renderSitemap } from './sitemap.js';
import { createEta, TEMPLATES_DIR } from './themed-eta.js';
import type { AssetCopy, OutputFile, SearchRecord } from '../model/site-output.js';
import type { MessageView, Pagination, Ref, SegmentMessageView, SiteView } from './view-model.js';
import { existsSync, readFileSync } from 'node:fs';

export interface RenderOptions {
  /** Absolute base URL (from --base-url or site.baseUrl), for feeds and the sitemap. */
  baseUrl?: string;
  drafts: boolean;
  future: boolean;
  /** The build moment, ms since the epoch: what counts as "future". */
  now: number;
  search: boolean;
  /** Render the /plan/ dashboard (`--no-plan-page` leaves it out of a published site). */
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

export const PAGE_SIZE = 20;

/** One file of the site, rendered only when asked for. */
export interface SitePage {
  /** Inside the output folder, forward slashes: `2026/x/index.html`. */
  path: string;
  render(): string;
}

/** A message body rendered to HTML, reusable across renders while the message and what it links to stay the same. */
export interface RenderedBody {
  html: string;
  summary: string;
  /** Per audience segment, for bodies with `:::for` blocks. */
  perSegment?: Map<string, string>;
  /** content/ paths the message's links resolved against (messages and assets): when one of them changes, so may this body. */
  targets: Set<string>;
  assets: AssetCopy[];
}

/**
 * What renders may share: the template engine (compiled templates) and
 * rendered bodies by message. `herald build` uses a fresh one; `herald dev`
 * keeps one and drops what a change invalidates (see src/dev/).
 */
export interface RenderCache {
  eta: ReturnType<typeof createEta>;
  bodies: Map<Message, RenderedBody>;
}

export function createRenderCache(themeDir: string | undefined): RenderCache {
  return { eta: createEta(themeDir), bodies: new Map() };
}

export interface SiteRenderer {
  /** Every file of the site, in a fixed order; nothing is rendered until a page's `render()` is called. */
  pages: SitePage[];
  byPath: Map<string, SitePage>;
  /** Messages on the site, newest first. */
  included: Message[];
  /** Messages left out because their front-matter lacks what a page needs. */
  skipped: string[];
  /** Assets linked from the messages rendered so far. */
  assets(): AssetCopy[];
  /** One search record per message (renders every body). */
  search(): SearchRecord[];
  /** The search record of one included message (renders its body). */
  searchRecord(message: Message): SearchRecord;
}

/**
 * The whole site as files in memory: pure, so a failed render writes nothing
 * and the same project gives the same bytes. Each message body is rendered
 * once for its page and once per segment that has `:::for` blocks in it.
 */
export function renderSite(project: Project, options: RenderOptions): RenderedSite {
  const renderer = createSiteRenderer(project, options);
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
  const { plan } = project;
  const site: SiteView = {
    title: plan.site.title,
    language: plan.site.language,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(plan.site.organisation ? { organisation: plan.site.organisation } : {}),
    segments: plan.segments.map((s) => ({ id: s.id, name: s.name, url: segmentUrl(s.id), ...(s.description ? { description: s.description } : {}) })),
    search: options.search,
    planPage: options.planPage,
    generator: options.generator,
  };
  const { eta } = cache;
  const pages: SitePage[] = [];
  const assets = new Map<string, AssetCopy>();
  const skipped: string[] = [];

  const candidates = project.messages.filter((m) => {
    const f = m.fields;
    if (!f.title || !f.date || !f.audience || !m.url) {
      skipped.push(m.file);
      return false;
    }
    if (f.draft && !options.drafts) return false;
    if (f.date.epochMs > options.now && !options.future) return false;
    return true;
  });
  // Newest first; ties by file, so the order never depends on the file system. (Keys taken out first: sorting 10,000 messages through `fields.date` was most of a dev rebuild.)
  const included = candidates
    .map((m) => ({ m, at: m.fields.date!.epochMs, file: m.file }))
    .sort((a, b) => b.at - a.at || (a.file < b.file ? -1 : 1))
    .map((k) => k.m);
  const byFile = new Map(included.map((m) => [m.file, m]));

  const bodyOf = (message: Message): RenderedBody => {
    let body = cache.bodies.get(message);
    if (!body) {
      const targets = new Set<string>();
      const found = new Map<string, AssetCopy>();
      const rewrite = linkRewriter(message, byFile, found, targets, project.facts);
      const label = (id: string) => `${strings(message.lang).forSegment} ${plan.segmentById.get(id)?.name ?? id}`;
      const hasRawHtml = nodesOf(message, 'html').length > 0;
      let html: string;
      let perSegment: Map<string, string> | undefined;
      try {
        html = markdownToHtml(message.tree, { label, rewrite, hasRawHtml });
        if (nodesOf(message, 'containerDirective').length > 0) {
          perSegment = new Map();
          for (const id of siteAudience(message, project)) perSegment.set(id, markdownToHtml(message.tree, { segment: id, label, rewrite, hasRawHtml }));
        }
      } catch (error) {
        // Say which file: a build of thousands of messages otherwise fails with a bare "Maximum call stack size exceeded".
        const hint = error instanceof RangeError ? '; its HTML is probably nested too deeply (the sanitiser walks it level by level)' : '';
        throw new Error(`${message.file} could not be rendered (${(error as Error)?.message ?? String(error)})${hint}.`);
      }
      body = { html, summary: summarize(html), ...(perSegment ? { perSegment } : {}), targets, assets: [...found.values()] };
      cache.bodies.set(message, body);
    }
    for (const a of body.assets) assets.set(a.to, a);
    return body;
  };
  const views = new Map<Message, MessageView>();
  const viewOf = (message: Message): MessageView => {
    let view = views.get(message);
    if (!view) {
      const body = bodyOf(message);
      const rewrite = linkRewriter(message, byFile, assets, body.targets, project.facts);
      view = messageView(message, project, body, options, rewrite);
      views.set(message, view);
    }
    return view;
  };
  const segmentView = (m: Message, segment: string): SegmentMessageView => ({
    ...viewOf(m),
    segmentHtml: bodyOf(m).perSegment?.get(segment) ?? viewOf(m).html,
  });

  const t = strings(site.language);
  const feedsFor = (folder: string) => (options.baseUrl ? { feeds: feedUrls(folder) } : {});
  // 404.html is served for missing paths at any depth, so its links start from the site root.
  const siteRootPath = options.baseUrl ? new URL(options.baseUrl).pathname : '/';
  type Meta = { title: string; description?: string; feeds?: FeedUrls; noindex?: boolean; wide?: boolean };
  /** Pages for the sitemap: every page but those that ask search engines to leave them out (the 404 page, the dashboard). */
  const indexable: string[] = [];
  /** eta's render, with errors that name the template (and the theme's file, when it is one) in one line. */
  const renderTemplate = (name: string, data: Record<string, unknown>, url: string): string => {
    try {
      return eta.render(name, data);
    } catch (error) {
      const themed = options.themeDir !== undefined && existsSync(path.join(options.themeDir, `${name}.eta`));
      // eta's syntax errors go on with the whole compiled function after a "====" line.
      const reason = ((error as Error)?.message ?? String(error)).split(/\n=+\n/)[0]!.trim().replace(/\s*\n\s*/g, ': ');
      throw new Error(`The template ${themed ? `theme/${name}.eta` : `${name}.eta`} (or a partial it includes) failed on the page ${url}: ${reason}`);
    }
  };
  const page = (url: string, template: string, data: () => Record<string, unknown>, meta: Meta | (() => Meta)) => {
    if (typeof meta === 'function' || !meta.noindex) indexable.push(url);
    pages.push({
      path: outputPathOf(url),
      render: () => {
        const root = url === notFoundUrl ? siteRootPath : pathToRoot(url);
        const rel = (target: string) => (/^[a-z][a-z0-9+.-]*:/i.test(target) ? target : root + target.replace(/^\//, ''));
        const common = { site, t, rel, urls: siteUrls, timeZone: plan.site.timezone, page: { url, lang: site.language, ...(typeof meta === 'function' ? meta() : meta) } };
        const body = renderTemplate(template, { ...common, ...data() }, url);
        const html = renderTemplate('layout', { ...common, body }, url);
        return resolveRoot(html, root);
      },
    });
  };
  const feedPages = (folder: string, make: () => { atom: string; rss: string; json: string }) => {
    let feeds: { atom: string; rss: string; json: string } | undefined;
    const once = () => (feeds ??= make());
    const urls = feedUrls(folder);
    pages.push(
      { path: outputPathOf(urls.atom), render: () => once().atom },
      { path: outputPathOf(urls.rss), render: () => once().rss },
      { path: outputPathOf(urls.json), render: () => once().json },
    );
  };
  const all = () => included.map(viewOf);

  // Home.
  page(homeUrl, 'home', () => ({ messages: included.slice(0, PAGE_SIZE).map(viewOf) }), { title: t.home, ...feedsFor(homeUrl) });

  // Message pages.
  for (const message of included) {
    page(message.url!, 'message', () => ({ message: viewOf(message) }), () => {
      const view = viewOf(message);
      return { title: view.title, description: view.why ?? view.summary };
    });
  }

  // Segment pages, paginated, and their feeds. Members in one pass over the messages (10 segments × 10,000 messages adds up in herald dev).
  const membersOf = new Map<string, Message[]>(site.segments.map((s) => [s.id, []]));
  for (const m of included) for (const id of siteAudience(m, project)) membersOf.get(id)?.push(m);
  for (const segment of site.segments) {
    const members = membersOf.get(segment.id)!;
    const views = (list: Message[]) => list.map((m) => segmentView(m, segment.id));
    for (const listing of paginate(members, PAGE_SIZE, segment.url)) {
      const pagination: Pagination = {
        page: listing.pageNumber,
        pages: listing.total,
        ...(listing.previousUrl ? { prevUrl: listing.previousUrl } : {}),
        ...(listing.nextUrl ? { nextUrl: listing.nextUrl } : {}),
      };
      page(listing.url, 'segment', () => ({ segment, messages: views(listing.items), pagination }), {
        title: segment.name,
        ...(segment.description ? { description: segment.description } : {}),
        ...feedsFor(segment.url),
      });
    }
    if (options.baseUrl) {
      const baseUrl = options.baseUrl;
      feedPages(segment.url, () =>
        renderFeeds({
          site,
          baseUrl,
          path: segment.url,
          title: `${site.title} — ${segment.name}`,
          ...(segment.description ? { description: segment.description } : {}),
          items: views(members.slice(0, PAGE_SIZE)).map((m) => ({ message: m, html: absolute(m.segmentHtml, baseUrl) })),
        }),
      );
    }
  }
  if (options.baseUrl) {
    const baseUrl = options.baseUrl;
    feedPages(homeUrl, () =>
      renderFeeds({ site, baseUrl, path: homeUrl, title: site.title, items: included.slice(0, PAGE_SIZE).map(viewOf).map((m) => ({ message: m, html: absolute(m.html, baseUrl) })) }),
    );
  }

  // Goals, campaigns, tags, archive.
  for (const goal of plan.goals) {
    const details = [
      ...(goal.description ? [{ label: t.goal, value: goal.description }] : []),
      ...(goal.measure ? [{ label: t.measure, value: goal.measure }] : []),
      ...(goal.from || goal.until ? [{ label: t.period, value: `${goal.from ? formatDay(goal.from, site.language) : '…'} – ${goal.until ? formatDay(goal.until, site.language) : '…'}` }] : []),
    ];
    const messages = () => included.filter((m) => m.fields.goal === goal.id).map(viewOf);
    page(goalUrl(goal.id), 'list', () => ({ heading: goal.title, details, messages: messages(), groupByMonth: false }), { title: goal.title });
  }
  for (const campaign of plan.campaigns) {
    const goal = plan.goalById.get(campaign.goal);
    const details = [
      { label: t.period, value: `${formatDay(campaign.from, site.language)} – ${formatDay(campaign.until, site.language)}` },
      ...(goal ? [{ label: t.goal, value: goal.title }] : []),
    ];
    const messages = () => included.filter((m) => m.fields.campaign === campaign.id).map(viewOf);
    page(campaignUrl(campaign.id), 'list', () => ({ heading: campaign.title, details, messages: messages(), groupByMonth: false }), { title: campaign.title });
  }
  const tags = new Map<string, Ref>();
  for (const message of included) {
    for (const name of message.fields.tags ?? []) {
      tags.set(tagId(name), { id: tagId(name), name, url: tagUrl(name) });
    }
  }
  for (const tag of [...tags.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const messages = () => included.filter((m) => tagRefs(m).some((x) => x.id === tag.id)).map(viewOf);
    page(tag.url, 'list', () => ({ heading: `#${tag.name}`, messages: messages(), groupByMonth: false }), { title: `#${tag.name}` });
  }
  page(archiveUrl, 'list', () => ({ heading: t.archive, messages: all(), groupByMonth: true }), { title: t.archive });
  page(searchUrl, 'search', () => ({}), { title: t.search });
  if (options.planPage) {
    page(planUrl, 'plan', () => ({ plan: planPageView(project, byFile, t, plan.site.timezone) }), { title: t.plan.title, noindex: true, wide: true });
  }
  page(notFoundUrl, '404', () => ({}), { title: t.notFoundTitle, noindex: true });

  pages.push({ path: stylePath, render: () => themedOrBuiltInText(options.themeDir, 'style.css') });
  if (options.baseUrl) {
    const baseUrl = options.baseUrl;
    // The dashboard is for the comms team, not for search engines or readers browsing.
    pages.push({ path: sitemapPath, render: () => renderSitemap(baseUrl, indexable) });
  }

  const filterName = t.segments;
  const searchRecord = (message: Message): SearchRecord => {
    const m = viewOf(message);
    return {
      url: m.url,
      title: m.title,
      content: [m.why ?? '', plainText(m.html), m.tags.map((tag) => tag.name).join(' ')].join('\n'),
      date: m.iso,
      filters: { [filterName]: m.audience.map((a) => a.name) },
    };
  };

  return {
    pages,
    byPath: new Map(pages.map((p) => [p.path, p])),
    included,
    skipped,
    assets: () => [...assets.values()].sort((a, b) => (a.to < b.to ? -1 : 1)),
    search: () => included.map(searchRecord),
    searchRecord,
  };
}

function messageView(message: Message, project: Project, body: RenderedBody, options: RenderOptions, rewrite: (url: string) => string | undefined): MessageView {
  const { plan } = project;
  const f = message.fields;
  const lang = message.lang;

  const audienceAll = f.audience === 'all';
  const audience = siteAudience(message, project).map((id) => ({ id, name: plan.segmentById.get(id)!.name, url: segmentUrl(id) }));
  const goal = f.goal ? plan.goalById.get(f.goal) : undefined;
  const campaign = f.campaign ? plan.campaignById.get(f.campaign) : undefined;
  const link = (url: string | undefined) => {
    if (url === undefined) return undefined;
    const site = rewrite(url);
    return site === undefined ? url : ROOT_MARKER + site.replace(/^\//, '');
  };
  const ctaUrl = link(f.cta?.url);
  const feedback = link(f.feedback);
  const image = f.image ? { src: link(f.image.src) ?? f.image.src, alt: f.image.alt ?? '' } : undefined;
  return {
    url: message.url!,
    title: f.title!,
    iso: new Date(f.date!.epochMs).toISOString(),
    dateText: formatDate(new Date(f.date!.epochMs).toISOString(), lang, plan.site.timezone),
    lang,
    kind: f.kind,
    audience,
    audienceAll,
    ...(f.why ? { why: f.why } : {}),
    ...(f.cta?.text
      ? { cta: { text: f.cta.text, ...(ctaUrl ? { url: ctaUrl } : {}), ...(f.cta.due ? { due: f.cta.due, dueText: formatDay(f.cta.due, lang) } : {}) } }
      : {}),
    ...(feedback ? { feedback } : {}),
    ...(goal ? { goal: { id: goal.id, name: goal.title, url: goalUrl(goal.id) } } : {}),
    ...(campaign ? { campaign: { id: campaign.id, name: campaign.title, url: campaignUrl(campaign.id) } } : {}),
    tags: tagRefs(message),
    ...(image ? { image } : {}),
    html: body.html,
    summary: body.summary,
    draft: f.draft,
    future: f.date!.epochMs > options.now,
  };
}

function tagRefs(message: Message): Ref[] {
  const tags = message.fields.tags;
  if (!tags || tags.length === 0) return [];
  return [...new Set(tags)].map((name) => ({ id: tagId(name), name, url: tagUrl(name) }));
}

/**
 * The segments on the site a message reaches: `facts.audienceOf` (which
 * resolves `all` and drops repeated ids), less ids the plan does not have (a
 * typo the check reports as an error; with --no-check the page leaves it out,
 * since that segment has no page to link to).
 */
function siteAudience(message: Message, project: Project): string[] {
  const ids = project.facts.audienceOf(message);
  const { segmentById } = project.plan;
  return ids.every((id) => segmentById.has(id)) ? ids : ids.filter((id) => segmentById.has(id));
}

/**
 * Output paths of the pages any change to a message can alter: the home page
 * and its feeds, the archive, the planning dashboard, the sitemap.
 */
export const SITE_WIDE_PAGES: readonly string[] = [homeUrl, ...Object.values(feedUrls(homeUrl)), archiveUrl, planUrl].map(outputPathOf).concat(sitemapPath);

/**
 * Where a message shows, as output paths: its own page (`files`) and the
 * folders of the listings it is on (`folders`: every page of a paginated
 * listing, and its feeds, start with one): its segments, goal, campaign and
 * tags. With `SITE_WIDE_PAGES`, what `herald dev` drops when the message
 * changes, from the same routes and audience the pages are laid out with.
 */
export function placesOf(message: Message, project: Project): { files: string[]; folders: string[] } {
  const f = message.fields;
  return {
    files: message.url ? [outputPathOf(message.url)] : [],
    folders: [
      ...siteAudience(message, project).map(segmentUrl),
      ...(f.goal ? [goalUrl(f.goal)] : []),
      ...(f.campaign ? [campaignUrl(f.campaign)] : []),
      ...tagRefs(message).map((tag) => tag.url),
    ].map(outputFolderOf),
  };
}

/**
 * How a message's relative links become site paths: `.md` files of included
 * messages become their page URL; other files under content/ are copied to
 * the same path in the site. Anything that would leave content/ (and so the
 * output folder) is left as written, which the sanitiser already made safe.
 */
function linkRewriter(
  message: Message,
  byFile: Map<string, Message>,
  assets: Map<string, AssetCopy>,
  targets: Set<string>,
  facts: PublishFacts & { contentFiles: ReadonlySet<string> },
) {
  const dir = path.posix.dirname(message.file);
  return (url: string): string | undefined => {
    if (url === '' || url.startsWith('#') || url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
    const [pathPart, ...rest] = url.split(/(?=[?#])/);
    let decoded: string;
    try {
      decoded = decodeURI(pathPart!);
    } catch {
      return undefined;
    }
    const resolved = path.posix.normalize(path.posix.join(dir, decoded));
    if (!resolved.startsWith(`${CONTENT_DIR}/`) || resolved.split('/').includes('..')) return undefined;
    targets.add(resolved);
    const suffix = rest.join('');
    if (resolved.toLowerCase().endsWith('.md')) {
      const target = byFile.get(resolved);
      return target?.url ? target.url + suffix.replace(/^\?[^#]*/, '') : undefined;
    }
    if (!facts.contentFiles.has(resolved)) return undefined;
    const to = assetPathOf(resolved);
    // `broken-link` reports it; with --no-check the file is not copied and the link is left as written.
    if (unpublishable(to, facts)) return undefined;
    assets.set(to, { from: resolved, to });
    return assetUrl(to) + suffix;
  };
}

function absolute(html: string, baseUrl: string): string {
  return resolveRoot(html, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
}

/**
 * The first ~200 characters of a body's text, without its segment blocks and
 * headings. Only the start of the body is read (growing until it yields
 * enough text): cut at a tag, the text of a prefix is a prefix of the text.
 */
function summarize(html: string): string {
  for (let size = 2048; ; size *= 4) {
    const cut = size >= html.length ? -1 : html.lastIndexOf('<', size);
    const part = cut > 0 ? html.slice(0, cut) : html;
    let text = part
      .replace(/<section class="segment-variant"[\s\S]*?<\/section>/g, ' ')
      // Headings would run into the next sentence ("De cijfers Pickfouten: …").
      .replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g, ' ');
    // A block cut off by the prefix is left out up to its end, as it would be whole.
    if (part !== html) text = text.replace(/<section class="segment-variant"[\s\S]*$/, ' ').replace(/<h[1-6][^>]*>[\s\S]*$/, ' ');
    text = plainText(text);
    if (text.length > 200) return `${text.slice(0, 197).replace(/\s+\S*$/, '')}…`;
    if (part === html) return text;
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** The character of a character reference as rehype-stringify writes them (`&#x3C;`, `&#38;`, `&amp;`); anything else as written. */
function decodeReference(reference: string, body: string): string {
  if (body[0] !== '#') return ENTITIES[body] ?? reference;
  const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
}

/**
 * Text of a sanitised HTML fragment (which has no scripts or comments left to
 * worry about), with its character references decoded: it is escaped again
 * wherever it goes (templates, feeds), so "Q&A" must not reach them as
 * "Q&#x26;A".
 */
function plainText(html: string): string {
  // Decoded characters are never white space or tags, so two passes do what one pass per pattern did.
  return html
    .replace(/(?:<[^>]+>|\s)+/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeReference)
    .trim();
}

/** The text of a theme file of the project, or of the built-in one when the theme has none. */
function themedOrBuiltInText(themeDir: string | undefined, name: string): string {
  if (themeDir) {
    try {
      return readFileSync(path.join(themeDir, name), 'utf8');
    } catch {
      // no override
    }
  }
  return readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
}
