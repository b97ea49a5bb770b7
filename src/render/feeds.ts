/**
 * Atom 1.0, RSS 2.0 and JSON Feed 1.1 for the whole site or one segment.
 *
 * Built on the `feed` package, whose escaping is incomplete (checked against
 * feed 6.0.0 / xml-js 1.6.11), so every string is prepared for the XML
 * context it ends up in:
 * - text nodes: xml-js first turns `&amp;` back into `&` ("desanitise"),
 *   which would eat a literal `&amp;`; we double it so it survives;
 * - CDATA: xml-js splits only the first `]]>`; we mark each one and split
 *   them all afterwards;
 * - attributes (Atom categories): `<` is left raw, which is not well-formed;
 *   we mark it and write `&lt;` afterwards.
 * The markers are Unicode noncharacters, stripped from all input together
 * with the characters XML 1.0 forbids, so they cannot collide with content.
 *
 * Output is deterministic: no build time anywhere, items in a fixed order.
 */
import { Feed, type Category, type Extension, type FeedOptions, type Item } from 'feed';
import { feedUrls, outputPathOf } from '../model/routes.js';
import { strings, type Strings } from './i18n/index.js';
import { absolute } from './links.js';
import type { Language, MessageView, SiteView } from './view-model.js';

export interface FeedInput {
  /** Title, language, organisation (site.baseUrl is ignored: `baseUrl` wins). */
  site: SiteView;
  /** Absolute base URL ending in '/', already resolved (may differ from site.baseUrl via --base-url). */
  baseUrl: string;
  /** Site-relative folder of this feed: '/' for the whole site, '/segments/magazijn/' for one segment. */
  path: string;
  /** E.g. "Koelkade Nieuws" or "Koelkade Nieuws — Magazijn". */
  title: string;
  description?: string;
  /** Newest first (re-sorted anyway); `html` is the sanitised body for this audience. */
  items: { message: MessageView; html: string }[];
}

export interface RenderedFeeds {
  /** Atom, at `feedUrls(folder).atom` (model/routes.ts). */
  atom: string;
  /** RSS, at `feedUrls(folder).rss`. */
  rss: string;
  /** JSON Feed, at `feedUrls(folder).json`. */
  json: string;
}

/** The three feeds of a folder (`feedUrls(folder)`). */
export interface FeedDescriptor {
  folder: string;
  title: string;
  description?: string;
  /** Newest first; `html` is the body for this feed's audience, with ROOT_MARKER links. */
  items: () => { message: MessageView; html: string }[];
}

/** The three files of a folder's feeds, rendered together when the first is asked for; internal links become absolute. */
export function feedFiles(feed: FeedDescriptor, site: SiteView, baseUrl: string): { path: string; render(): string }[] {
  let rendered: RenderedFeeds | undefined;
  const once = () =>
    (rendered ??= renderFeeds({
      site,
      baseUrl,
      path: feed.folder,
      title: feed.title,
      ...(feed.description ? { description: feed.description } : {}),
      items: feed.items().map((item) => ({ message: item.message, html: absolute(item.html, baseUrl) })),
    }));
  const urls = feedUrls(feed.folder);
  return [
    { path: outputPathOf(urls.atom), render: () => once().atom },
    { path: outputPathOf(urls.rss), render: () => once().rss },
    { path: outputPathOf(urls.json), render: () => once().json },
  ];
}

/** `updated` of an empty feed: fixed, so that an empty feed is byte-stable too. */
const EMPTY_FEED_DATE = new Date(0);
const GENERATOR = 'herald';

// Noncharacters used as markers (see the file comment).
const CDATA_GT = '\uFDD0';
const ATTR_LT = '\uFDD1';
/** Stands in for an RSS item title (`\uFDD2<index>\uFDD2`): the package writes titles as CDATA, and they are written as escaped text instead. */
const RSS_TITLE = '\uFDD2';
/** Stands in for the RSS channel description, written as HTML-escaped CDATA like an item's. */
const RSS_DESCRIPTION = '\uFDD3';

/**
 * Characters XML 1.0 does not allow (C0 controls except tab/LF/CR, U+FFFE/FFFF,
 * lone surrogates), plus the noncharacters U+FDD0–U+FDEF that we use as markers.
 */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 forbids (and our marker range). */
export function stripIllegalXmlChars(s: string): string {
  return s.replace(ILLEGAL, '');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text for an element we write ourselves. */
const escapeXmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** For strings xml-js writes as text nodes (see the file comment). */
const text = (s: string): string => s.replace(/&amp;/g, '&amp;amp;');
/** For strings xml-js writes as CDATA. */
const cdata = (s: string): string => s.replace(/\]\]>/g, `]]${CDATA_GT}`);
/** For strings the feed package writes as attribute values (it escapes `&` and `"` only). */
const attr = (s: string): string => s.replace(/</g, ATTR_LT);

function finishXml(xml: string): string {
  return `${xml.replace(new RegExp(CDATA_GT, 'g'), ']]><![CDATA[>').replace(new RegExp(ATTR_LT, 'g'), '&lt;')}\n`;
}

/** One item, cleaned and resolved once, shared by the three formats. */
interface Entry {
  url: string;
  title: string;
  date: Date;
  summary: string;
  /** HTML: why + body + call-to-action. */
  content: string;
  lang: Language;
  /** Categories: the kind, then the tags. */
  categories: { term: string; label: string }[];
}

export function renderFeeds(input: FeedInput): RenderedFeeds {
  const base = input.baseUrl.endsWith('/') ? input.baseUrl : `${input.baseUrl}/`;
  if (!/^https?:\/\//i.test(base)) throw new Error(`feeds need an absolute http(s) base URL, got "${input.baseUrl}"`);
  const abs = (sitePath: string) => new URL(base + stripIllegalXmlChars(sitePath).replace(/^\/+/, '')).href;
  const folder = input.path.replace(/^\/+/, '').replace(/([^/])$/, '$1/');

  const home = abs(folder);
  const urls = feedUrls(`/${folder}`);
  const links = { atom: abs(urls.atom), rss: abs(urls.rss), json: abs(urls.json) };
  const title = stripIllegalXmlChars(input.title);
  const description = stripIllegalXmlChars(input.description ?? '') || title;
  const language = stripIllegalXmlChars(input.site.language);
  const organisation = input.site.organisation ? stripIllegalXmlChars(input.site.organisation) : undefined;

  const entries = input.items.map(({ message, html }) => toEntry(message, html)).sort(newestFirst);
  const updated = entries[0]?.date ?? EMPTY_FEED_DATE;

  const options = (fix: (s: string) => string, author: string | undefined): FeedOptions => ({
    id: fix(home),
    title: fix(title),
    description: fix(description),
    link: home,
    language: fix(language),
    updated,
    generator: GENERATOR,
    feedLinks: links,
    ...(author ? { author: { name: fix(author) } } : {}),
  });

  // Atom: titles and summaries are type="html" CDATA, so plain text is HTML-escaped.
  // Atom requires an author on the feed or on every entry: fall back to the site title.
  const atom = new Feed(options(text, organisation ?? title));
  for (const e of entries) {
    atom.addItem({
      title: cdata(escapeHtml(e.title)),
      id: e.url,
      link: e.url,
      date: e.date,
      published: e.date,
      ...(e.summary ? { description: cdata(escapeHtml(e.summary)) } : {}),
      ...(e.content ? { content: cdata(e.content) } : {}),
      ...(organisation ? { author: [{ name: text(organisation) }] } : {}),
      category: e.categories.map((c): Category => ({ term: attr(c.term), name: attr(c.label) })),
    });
  }

  // RSS: titles (the channel's and each item's) are the writer's plain text,
  // escaped once as XML text (a reader shows "Q&A", not "Q&amp;A"); so is
  // dc:creator, a name. Descriptions are HTML by convention, so the channel's
  // is written like an item's: HTML-escaped in CDATA. Categories come from the
  // plan or a tag and many readers render them as HTML, so they are
  // HTML-escaped as well and there the text stays text.
  // No id: the guid is then the link, with isPermaLink="true".
  const readerSafe = (s: string): string => text(escapeHtml(s));
  const rss = new Feed({ ...options(text, undefined), description: RSS_DESCRIPTION });
  for (const [index, e] of entries.entries()) {
    const item: Item = {
      title: `${RSS_TITLE}${index}${RSS_TITLE}`,
      link: e.url,
      date: e.date,
      ...(e.summary ? { description: cdata(escapeHtml(e.summary)) } : {}),
      ...(e.content ? { content: cdata(e.content) } : {}),
      category: e.categories.map((c): Category => ({ name: readerSafe(c.label) })),
    };
    // RSS <author> must be an e-mail address; dc:creator takes a name. The
    // package declares xmlns:dc only when an item has content.
    if (organisation && e.content) item.extensions = [{ name: 'dc:creator', objects: { _text: text(organisation) } } satisfies Extension];
    rss.addItem(item);
  }

  return {
    atom: entryLanguages(
      finishXml(atom.atom1()).replace(
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(language)}">`,
      ),
      entries.map((e) => (e.lang === language ? undefined : e.lang)),
    ),
    rss: finishXml(rss.rss2())
      .replace(
        new RegExp(`<title><!\\[CDATA\\[${RSS_TITLE}(\\d+)${RSS_TITLE}\\]\\]></title>`, 'g'),
        (_, index: string) => `<title>${escapeXmlText(entries[Number(index)]!.title)}</title>`,
      )
      // escapeHtml leaves no '>', so no ']]>' can end the CDATA early.
      .replace(`<description>${RSS_DESCRIPTION}</description>`, () => `<description><![CDATA[${escapeHtml(description)}]]></description>`),
    json: jsonFeed(
      options((s) => s, organisation),
      entries,
    ),
  };

  function toEntry(message: MessageView, html: string): Entry {
    const date = new Date(message.iso);
    if (Number.isNaN(date.getTime())) throw new Error(`feed item ${message.url}: invalid date "${message.iso}"`);
    const url = abs(message.url);
    const l = strings(message.lang === 'nl' || message.lang === 'en' ? message.lang : input.site.language).feedLabels;
    const parts: string[] = [];
    if (message.why) parts.push(`<p><strong>${l.why}:</strong> ${escapeHtml(stripIllegalXmlChars(message.why))}</p>`);
    const body = stripIllegalXmlChars(html).trim();
    if (body) parts.push(body);
    if (message.cta) parts.push(ctaHtml(message.cta, l, url, abs));
    return {
      url,
      title: stripIllegalXmlChars(message.title),
      date,
      summary: stripIllegalXmlChars(message.summary),
      content: parts.join('\n'),
      lang: message.lang,
      categories: [
        { term: message.kind, label: message.kind },
        ...message.tags.map((t) => ({ term: stripIllegalXmlChars(t.id), label: stripIllegalXmlChars(t.name) })),
      ],
    };
  }
}

/**
 * `xml:lang` on each Atom entry in another language than the feed's (an
 * English message in a Dutch feed), so a reader hyphenates and reads it
 * aloud in its own language. The package writes each `<entry>` on its own
 * line, in the order the entries were added; content is CDATA of sanitised
 * HTML, so no other line is exactly `<entry>`.
 */
function entryLanguages(atom: string, langs: (Language | undefined)[]): string {
  let i = 0;
  const out = atom.replace(/^(\s*)<entry>$/gm, (line, indent: string) => {
    const lang = langs[i++];
    return lang ? `${indent}<entry xml:lang="${lang}">` : line;
  });
  if (i !== langs.length) throw new Error(`Atom feed: found ${i} <entry> lines for ${langs.length} entries`);
  return out;
}

/** The call-to-action as a link (when its URL is safe) with its due date. */
function ctaHtml(cta: NonNullable<MessageView['cta']>, l: Strings['feedLabels'], pageUrl: string, abs: (p: string) => string): string {
  const label = escapeHtml(stripIllegalXmlChars(cta.text));
  const href = cta.url ? safeHref(stripIllegalXmlChars(cta.url), pageUrl, abs) : undefined;
  const due = cta.dueText ?? cta.due;
  return `<p><strong>${l.action}:</strong> ${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}${
    due ? ` (${l.due} ${escapeHtml(stripIllegalXmlChars(due))})` : ''
  }</p>`;
}

/** Absolute http(s)/mailto URL, site paths resolved against the base; anything else (javascript:, …) dropped. */
function safeHref(url: string, pageUrl: string, abs: (p: string) => string): string | undefined {
  try {
    const resolved = url.startsWith('/') && !url.startsWith('//') ? new URL(abs(url)) : new URL(url, pageUrl);
    return ['http:', 'https:', 'mailto:'].includes(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function newestFirst(a: Entry, b: Entry): number {
  return b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/**
 * JSON Feed 1.1. The package writes 1.0 (`author`, `date_modified`, 4-space
 * indent); we take its output and rebuild it with 1.1 fields in a fixed key order.
 */
function jsonFeed(options: FeedOptions, entries: Entry[]): string {
  const feed = new Feed(options);
  for (const e of entries) {
    feed.addItem({
      title: e.title,
      id: e.url,
      link: e.url,
      date: e.date,
      published: e.date,
      ...(e.summary ? { description: e.summary } : {}),
      content: e.content,
      category: e.categories.map((c) => ({ name: c.label })),
    });
  }
  const v1 = JSON.parse(feed.json1()) as JsonFeed10;
  const authors = options.author?.name ? [{ name: options.author.name }] : undefined;
  const out = {
    version: 'https://jsonfeed.org/version/1.1',
    title: v1.title,
    home_page_url: v1.home_page_url,
    feed_url: v1.feed_url,
    description: v1.description,
    language: options.language,
    ...(authors ? { authors } : {}),
    items: v1.items.map((item, i) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.content_html,
      // From the entry: the package drops `summary` when there is no content.
      ...(entries[i]!.summary ? { summary: entries[i]!.summary } : {}),
      date_published: item.date_published,
      ...(entries[i]!.lang !== options.language ? { language: entries[i]!.lang } : {}),
      ...(authors ? { authors } : {}),
      tags: item.tags ?? [],
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

interface JsonFeed10 {
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  items: { id: string; url?: string; title?: string; content_html?: string; date_published?: string; tags?: string[] }[];
}
