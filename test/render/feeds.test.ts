import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeHtml, renderFeeds, stripIllegalXmlChars, type FeedInput } from '../../src/render/feeds.js';
import type { MessageView, SiteView } from '../../src/render/view-model.js';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];

// ---------------------------------------------------------------------------
// A small strict XML 1.0 parser: no XML parser is installed and none may be
// added. It rejects what a real parser would for our outputs: illegal
// characters, unbalanced or misnested tags, raw `<`/`&` in text or
// attributes, bad entity references, duplicate attributes, `]]>` in text,
// undeclared namespace prefixes, more than one root. DTDs are not supported.
// ---------------------------------------------------------------------------

interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string, where: string): string {
  return s.replace(/&([^;&<]*)(;?)/g, (m, ref: string, semi: string) => {
    if (!semi) throw new Error(`unterminated reference "${m}" in ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const num = /^#(\d+)$/.exec(ref)?.[1] ?? (/^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] !== undefined ? String(parseInt(ref.slice(2), 16)) : undefined);
    if (num === undefined) throw new Error(`unknown entity "${m}" in ${where}`);
    const ch = String.fromCodePoint(Number(num));
    if (XML_ILLEGAL.test(ch) || Number(num) === 0) throw new Error(`reference to an illegal character "${m}" in ${where}`);
    return ch;
  });
}

function parseXml(xml: string): El {
  const bad = XML_ILLEGAL.exec(xml);
  if (bad) throw new Error(`illegal character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index}`);
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  const stack: { el: El; ns: Set<string> }[] = [];
  let root: El | undefined;
  const checkPrefix = (name: string, ns: Set<string>) => {
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : undefined;
    if (prefix && prefix !== 'xml' && prefix !== 'xmlns' && !ns.has(prefix)) throw new Error(`undeclared namespace prefix in <${name}>`);
  };
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0 || xml.slice(i + 4, end).includes('--')) throw new Error(`bad comment at ${i}`);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (!stack.length) throw new Error(`CDATA outside the root at ${i}`);
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) throw new Error(`unterminated CDATA at ${i}`);
      stack.at(-1)!.el.children.push(xml.slice(i + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new Error(`unterminated processing instruction at ${i}`);
      i = end + 2;
    } else if (xml.startsWith('<!', i)) {
      throw new Error(`DTD or unknown markup at ${i}`);
    } else if (xml.startsWith('</', i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(xml.slice(i));
      const open = stack.pop();
      if (!m || !open || open.el.name !== m[1]) throw new Error(`mismatched end tag ${m?.[1] ?? '?'} (open: ${open?.el.name ?? 'none'}) at ${i}`);
      i += m[0].length;
    } else if (xml[i] === '<') {
      const name = NAME.exec(xml.slice(i + 1))?.[0];
      if (!name) throw new Error(`bad tag name at ${i}`);
      if (root && !stack.length) throw new Error(`second root element <${name}> at ${i}`);
      i += 1 + name.length;
      const el: El = { name, attrs: {}, children: [] };
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(i))![0];
        i += ws.length;
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (!ws) throw new Error(`attributes of <${name}> need whitespace between them, at ${i}`);
        const m = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i));
        if (!m) throw new Error(`bad attribute in <${name}> at ${i}`);
        const raw = m[3] ?? m[4] ?? '';
        if (raw.includes('<')) throw new Error(`raw < in attribute ${m[1]} of <${name}>`);
        if (m[1]! in el.attrs) throw new Error(`duplicate attribute ${m[1]} in <${name}>`);
        el.attrs[m[1]!] = decode(raw, `attribute ${m[1]} of <${name}>`);
        i += m[0].length;
      }
      const ns = new Set(stack.at(-1)?.ns);
      for (const a of Object.keys(el.attrs)) if (a.startsWith('xmlns:')) ns.add(a.slice(6));
      checkPrefix(name, ns);
      for (const a of Object.keys(el.attrs)) checkPrefix(a, ns);
      if (stack.length) stack.at(-1)!.el.children.push(el);
      else root = el;
      if (xml.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push({ el, ns });
      }
    } else {
      const end = xml.indexOf('<', i) < 0 ? xml.length : xml.indexOf('<', i);
      const raw = xml.slice(i, end);
      if (!stack.length) {
        if (raw.trim()) throw new Error(`text outside the root element at ${i}`);
      } else {
        if (raw.includes(']]>')) throw new Error(`]]> in text at ${i}`);
        stack.at(-1)!.el.children.push(decode(raw, `text of <${stack.at(-1)!.el.name}>`));
      }
      i = end;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)!.el.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

const all = (el: El, name: string): El[] => el.children.filter((c): c is El => typeof c !== 'string' && c.name === name);
function one(el: El, name: string): El {
  const found = all(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${el.name}>, found ${found.length}`);
  return found[0]!;
}
const textOf = (el: El): string =>
  el.children
    .map((c) => (typeof c === 'string' ? c : textOf(c)))
    .join('')
    .trim();

describe('the test XML parser', () => {
  it('accepts well-formed XML and decodes text, CDATA and attributes', () => {
    const doc = parseXml('<?xml version="1.0"?><a x="1 &amp; &lt;2&gt;"><b>t &amp; &#60;&#x3E;</b><![CDATA[<raw>]]><c/></a>');
    expect(doc.attrs.x).toBe('1 & <2>');
    expect(textOf(one(doc, 'b'))).toBe('t & <>');
    expect(doc.children[1]).toBe('<raw>');
  });
  it.each([
    ['<a><b></a></b>', /mismatched/],
    ['<a>', /unclosed/],
    ['<a>x & y</a>', /unterminated reference/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a x="<"/>', /raw </],
    ['<a x="1" x="2"/>', /duplicate/],
    ['<a>]]></a>', /\]\]>/],
    ['<a>\u0001</a>', /illegal character/],
    ['<a>&#1;</a>', /illegal character/],
    ['<a/><b/>', /second root/],
    ['<p:a/>', /undeclared namespace/],
  ])('rejects %j', (xml, error) => {
    expect(() => parseXml(xml)).toThrow(error);
  });
});

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

const BASE = 'https://intranet.example/nieuws/';

const site: SiteView = {
  title: 'Koelkade Nieuws',
  language: 'nl',
  baseUrl: 'https://stale.example/', // --base-url wins: the feeds must not use this
  organisation: 'Koelkade BV',
  segments: [],
  search: false,
  planPage: false,
  generator: 'herald',
};

function message(slug: string, iso: string, over: Partial<MessageView> = {}): MessageView {
  return {
    url: `/2026/${slug}/`,
    title: `Bericht ${slug}`,
    iso,
    dateText: iso.slice(0, 10),
    lang: 'nl',
    kind: 'news',
    audience: [],
    audienceAll: true,
    tags: [{ id: 'rooster', name: 'Rooster', url: '/tags/rooster/' }],
    html: `<p>Body ${slug}</p>`,
    summary: `Samenvatting ${slug}`,
    draft: false,
    future: false,
    ...over,
  };
}

const newest = message('roosterapp', '2026-03-10T08:00:00.000Z', {
  why: 'Zodat je je rooster altijd bij de hand hebt.',
  cta: { text: 'Installeer de app', url: '/apps/rooster/', due: '2026-04-01', dueText: '1 april 2026' },
  kind: 'change',
});
const middle = message('kantine', '2026-03-05T12:30:00.000Z');
const oldest = message('welkom', '2026-02-01T07:00:00.000Z', { tags: [] });

function input(over: Partial<FeedInput> = {}): FeedInput {
  return {
    site,
    baseUrl: BASE,
    path: '/',
    title: 'Koelkade Nieuws',
    items: [newest, middle, oldest].map((m) => ({ message: m, html: m.html })),
    ...over,
  };
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors?: { name: string }[];
  items: Record<string, unknown>[];
}

// ---------------------------------------------------------------------------

afterEach(() => {
  vi.useRealTimers();
});

describe('renderFeeds: Atom', () => {
  const feed = parseXml(renderFeeds(input()).atom);

  it('is an Atom feed in the site language with absolute id, links and a fixed generator', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.attrs['xml:lang']).toBe('nl');
    expect(textOf(one(feed, 'id'))).toBe(BASE);
    expect(textOf(one(feed, 'title'))).toBe('Koelkade Nieuws');
    expect(textOf(one(feed, 'generator'))).toBe('herald');
    expect(textOf(one(one(feed, 'author'), 'name'))).toBe('Koelkade BV');
    const links = Object.fromEntries(all(feed, 'link').map((l) => [l.attrs.rel, l.attrs.href]));
    expect(links).toEqual({ alternate: BASE, self: `${BASE}feed.xml` });
  });

  it('has updated = the newest item date, and entries newest first', () => {
    expect(textOf(one(feed, 'updated'))).toBe('2026-03-10T08:00:00.000Z');
    const entries = all(feed, 'entry');
    expect(entries.map((e) => textOf(one(e, 'updated')))).toEqual(['2026-03-10T08:00:00.000Z', '2026-03-05T12:30:00.000Z', '2026-02-01T07:00:00.000Z']);
  });

  it('gives each entry an absolute id and link, title, dates, summary, content and categories', () => {
    const [entry] = all(feed, 'entry');
    expect(textOf(one(entry!, 'id'))).toBe(`${BASE}2026/roosterapp/`);
    expect(one(entry!, 'link').attrs.href).toBe(`${BASE}2026/roosterapp/`);
    expect(textOf(one(entry!, 'title'))).toBe('Bericht roosterapp');
    expect(textOf(one(entry!, 'published'))).toBe('2026-03-10T08:00:00.000Z');
    expect(textOf(one(entry!, 'summary'))).toBe('Samenvatting roosterapp');
    expect(textOf(one(one(entry!, 'author'), 'name'))).toBe('Koelkade BV');
    expect(all(entry!, 'category').map((c) => c.attrs)).toEqual([
      { label: 'change', term: 'change' },
      { label: 'Rooster', term: 'rooster' },
    ]);
    const content = one(entry!, 'content');
    expect(content.attrs.type).toBe('html');
    expect(textOf(content)).toBe(
      [
        '<p><strong>Waarom:</strong> Zodat je je rooster altijd bij de hand hebt.</p>',
        '<p>Body roosterapp</p>',
        `<p><strong>Actie:</strong> <a href="${BASE}apps/rooster/">Installeer de app</a> (uiterlijk 1 april 2026)</p>`,
      ].join('\n'),
    );
  });

  it('has no absolute URL that is not under the base', () => {
    const xml = renderFeeds(input()).atom;
    const urls = [...xml.matchAll(/https?:\/\/[^\s"<\]]+/g)].map((m) => m[0]);
    expect(urls.filter((u) => !u.startsWith(BASE) && u !== 'http://www.w3.org/2005/Atom')).toEqual([]);
  });
});

describe('renderFeeds: RSS 2.0', () => {
  const rss = parseXml(renderFeeds(input()).rss);
  const channel = one(rss, 'channel');

  it('is RSS 2.0 with channel metadata, a self link and a deterministic lastBuildDate', () => {
    expect(rss.name).toBe('rss');
    expect(rss.attrs.version).toBe('2.0');
    expect(textOf(one(channel, 'title'))).toBe('Koelkade Nieuws');
    expect(textOf(one(channel, 'link'))).toBe(BASE);
    expect(textOf(one(channel, 'description'))).toBe('Koelkade Nieuws');
    expect(textOf(one(channel, 'language'))).toBe('nl');
    expect(textOf(one(channel, 'generator'))).toBe('herald');
    expect(textOf(one(channel, 'lastBuildDate'))).toBe('Tue, 10 Mar 2026 08:00:00 GMT');
    expect(one(channel, 'atom:link').attrs).toEqual({ href: `${BASE}rss.xml`, rel: 'self', type: 'application/rss+xml' });
  });

  it('has items newest first with title, link, permalink guid, pubDate, description, content and categories', () => {
    const items = all(channel, 'item');
    expect(items.map((i) => textOf(one(i, 'pubDate')))).toEqual([
      'Tue, 10 Mar 2026 08:00:00 GMT',
      'Thu, 05 Mar 2026 12:30:00 GMT',
      'Sun, 01 Feb 2026 07:00:00 GMT',
    ]);
    const item = items[0]!;
    expect(textOf(one(item, 'title'))).toBe('Bericht roosterapp');
    expect(textOf(one(item, 'link'))).toBe(`${BASE}2026/roosterapp/`);
    const guid = one(item, 'guid');
    expect(textOf(guid)).toBe(`${BASE}2026/roosterapp/`);
    expect(guid.attrs.isPermaLink).toBe('true');
    expect(textOf(one(item, 'description'))).toBe('Samenvatting roosterapp');
    expect(textOf(one(item, 'content:encoded'))).toContain('<strong>Waarom:</strong>');
    expect(textOf(one(item, 'dc:creator'))).toBe('Koelkade BV');
    expect(all(item, 'author')).toEqual([]); // RSS <author> must be an e-mail address
    expect(all(item, 'category').map(textOf)).toEqual(['change', 'Rooster']);
  });
});

describe('renderFeeds: JSON Feed 1.1', () => {
  const text = renderFeeds(input()).json;
  const json = JSON.parse(text) as JsonFeed;

  it('is JSON Feed 1.1 with language, absolute URLs and authors, indented by 2 spaces', () => {
    expect(text.startsWith('{\n  "version": "https://jsonfeed.org/version/1.1",\n')).toBe(true);
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Koelkade Nieuws',
      home_page_url: BASE,
      feed_url: `${BASE}feed.json`,
      language: 'nl',
      authors: [{ name: 'Koelkade BV' }],
    });
    expect(json).not.toHaveProperty('author'); // 1.0 field, deprecated in 1.1
  });

  it('has items newest first with the required and expected fields', () => {
    expect(json.items.map((i) => i.date_published)).toEqual(['2026-03-10T08:00:00.000Z', '2026-03-05T12:30:00.000Z', '2026-02-01T07:00:00.000Z']);
    const [item] = json.items;
    expect(Object.keys(item!)).toEqual(['id', 'url', 'title', 'content_html', 'summary', 'date_published', 'authors', 'tags']);
    expect(item).toMatchObject({
      id: `${BASE}2026/roosterapp/`,
      url: `${BASE}2026/roosterapp/`,
      title: 'Bericht roosterapp',
      summary: 'Samenvatting roosterapp',
      tags: ['change', 'Rooster'],
    });
    expect(item!.content_html).toContain(`<a href="${BASE}apps/rooster/">Installeer de app</a>`);
  });

  it('marks an item whose language differs from the site', () => {
    const en = message('english', '2026-03-11T08:00:00.000Z', { lang: 'en', why: 'Because.', cta: { text: 'Sign up', dueText: 'April 1' } });
    const feeds = renderFeeds(input({ items: [{ message: en, html: '' }] }));
    const item = (JSON.parse(feeds.json) as JsonFeed).items[0]!;
    expect(item.language).toBe('en');
    // Labels follow the message language; no URL means no link.
    expect(item.content_html).toBe('<p><strong>Why:</strong> Because.</p>\n<p><strong>Action:</strong> Sign up (by April 1)</p>');
  });
});

describe('renderFeeds: paths and URLs', () => {
  it('puts a segment feed in its folder, with self links there', () => {
    const feeds = renderFeeds(input({ path: '/segments/magazijn/', title: 'Koelkade Nieuws — Magazijn', description: 'Nieuws voor het magazijn' }));
    const atom = parseXml(feeds.atom);
    expect(textOf(one(atom, 'id'))).toBe(`${BASE}segments/magazijn/`);
    expect(textOf(one(atom, 'subtitle'))).toBe('Nieuws voor het magazijn');
    expect(Object.fromEntries(all(atom, 'link').map((l) => [l.attrs.rel, l.attrs.href]))).toEqual({
      alternate: `${BASE}segments/magazijn/`,
      self: `${BASE}segments/magazijn/feed.xml`,
    });
    const channel = one(parseXml(feeds.rss), 'channel');
    expect(textOf(one(channel, 'link'))).toBe(`${BASE}segments/magazijn/`);
    expect(one(channel, 'atom:link').attrs.href).toBe(`${BASE}segments/magazijn/rss.xml`);
    const json = JSON.parse(feeds.json) as JsonFeed;
    expect(json.home_page_url).toBe(`${BASE}segments/magazijn/`);
    expect(json.feed_url).toBe(`${BASE}segments/magazijn/feed.json`);
    // Items still link to the message pages at the site root.
    expect(json.items[0]!.url).toBe(`${BASE}2026/roosterapp/`);
  });

  it('uses the given baseUrl (not site.baseUrl) and adds a missing trailing slash', () => {
    const feeds = renderFeeds(input({ baseUrl: 'https://other.example/x' }));
    expect(feeds.atom).not.toContain('stale.example');
    expect((JSON.parse(feeds.json) as JsonFeed).items[0]!.url).toBe('https://other.example/x/2026/roosterapp/');
  });

  it('rejects a relative base URL', () => {
    expect(() => renderFeeds(input({ baseUrl: '/nieuws/' }))).toThrow(/absolute/);
  });

  it('encodes non-ASCII message URLs the same way in every format', () => {
    const m = message('café', '2026-03-10T08:00:00.000Z');
    const feeds = renderFeeds(input({ items: [{ message: m, html: m.html }] }));
    const url = `${BASE}2026/caf%C3%A9/`;
    expect(textOf(one(one(parseXml(feeds.atom), 'entry'), 'id'))).toBe(url);
    expect(textOf(one(one(one(parseXml(feeds.rss), 'channel'), 'item'), 'link'))).toBe(url);
    expect((JSON.parse(feeds.json) as JsonFeed).items[0]!.id).toBe(url);
  });

  it.each([
    ['/apps/rooster/', `${BASE}apps/rooster/`],
    ['https://forms.example/a?b=1&c=2', 'https://forms.example/a?b=1&amp;c=2'],
    ['mailto:hr@koelkade.example', 'mailto:hr@koelkade.example'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
  ])('links a call-to-action URL %j safely', (url, href) => {
    const m = message('cta', '2026-03-10T08:00:00.000Z', { cta: { text: 'Doe het', url } });
    const content = (JSON.parse(renderFeeds(input({ items: [{ message: m, html: '' }] })).json) as JsonFeed).items[0]!.content_html as string;
    expect(content).toBe(href ? `<p><strong>Actie:</strong> <a href="${href}">Doe het</a></p>` : '<p><strong>Actie:</strong> Doe het</p>');
  });
});

describe('renderFeeds: hostile front-matter', () => {
  const evil = `<script>alert("x")</script> & &amp; ]]> 'q' ]]]]> \u0001\u0008\u000B\uFFFE\uD800 <![CDATA[ end`;
  const clean = stripIllegalXmlChars(evil);
  const m = message('evil', '2026-03-10T08:00:00.000Z', {
    title: evil,
    summary: evil,
    why: evil,
    cta: { text: evil, url: 'javascript:alert(1)', dueText: evil },
    tags: [{ id: 'x<y&"z', name: evil, url: '/tags/x/' }],
  });
  const hostile = input({
    site: { ...site, organisation: `A&amp;B <Co> "Q" \u0001` },
    title: evil,
    description: evil,
    items: [{ message: m, html: `<p>${escapeHtml(evil)}</p>\n<pre>a]]>b]]>c\u0002</pre>` }],
  });
  const feeds = renderFeeds(hostile);

  it('strips characters XML 1.0 forbids from every output', () => {
    expect(clean).not.toMatch(/[\u0001\u0008\u000B\uFFFE\uD800]/);
    for (const out of [feeds.atom, feeds.rss, feeds.json]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFDD0-\uFDEF]/);
      expect(out).not.toMatch(/\\u000[0-8bB]|\\ud800/i); // nor as JSON escapes
    }
  });

  it('yields well-formed Atom whose text round-trips exactly', () => {
    const atom = parseXml(feeds.atom);
    expect(textOf(one(atom, 'title'))).toBe(clean.trim());
    expect(textOf(one(atom, 'subtitle'))).toBe(clean.trim());
    expect(textOf(one(one(atom, 'author'), 'name'))).toBe('A&amp;B <Co> "Q"');
    const entry = one(atom, 'entry');
    // type="html": the decoded text is HTML that shows the plain title.
    expect(textOf(one(entry, 'title'))).toBe(escapeHtml(clean).trim());
    expect(textOf(one(entry, 'summary'))).toBe(escapeHtml(clean).trim());
    expect(all(entry, 'category')[1]!.attrs).toEqual({ label: clean, term: 'x<y&"z' });
    const content = textOf(one(entry, 'content'));
    expect(content).toContain(`<p><strong>Waarom:</strong> ${escapeHtml(clean)}</p>`);
    expect(content).toContain('<pre>a]]>b]]>c</pre>');
    expect(content).toContain(`<p><strong>Actie:</strong> ${escapeHtml(clean)} (uiterlijk ${escapeHtml(clean)})</p>`);
    expect(content).not.toMatch(/<script|javascript:/i);
  });

  it('yields well-formed RSS whose text round-trips exactly', () => {
    const channel = one(parseXml(feeds.rss), 'channel');
    // Titles (channel and item) and dc:creator are plain text; descriptions and categories are HTML-escaped (readers render them as HTML).
    expect(textOf(one(channel, 'title'))).toBe(clean.trim());
    expect(textOf(one(channel, 'description'))).toBe(escapeHtml(clean).trim());
    const item = one(channel, 'item');
    expect(textOf(one(item, 'title'))).toBe(clean.trim());
    expect(textOf(one(item, 'description'))).toBe(escapeHtml(clean).trim()); // HTML by convention
    expect(textOf(one(item, 'dc:creator'))).toBe('A&amp;B <Co> "Q"');
    expect(all(item, 'category').map(textOf)).toEqual(['news', escapeHtml(clean).trim()]);
    expect(textOf(one(item, 'content:encoded'))).toContain('<pre>a]]>b]]>c</pre>');
  });

  it('yields valid JSON with the plain strings', () => {
    const json = JSON.parse(feeds.json) as JsonFeed;
    expect(json.title).toBe(clean);
    expect(json.authors).toEqual([{ name: 'A&amp;B <Co> "Q" ' }]);
    const item = json.items[0]!;
    expect(item.title).toBe(clean);
    expect(item.summary).toBe(clean);
    expect(item.tags).toEqual(['news', clean]);
    expect(item.content_html).toContain(`<p><strong>Waarom:</strong> ${escapeHtml(clean)}</p>`);
    expect(item.content_html).not.toMatch(/<script|javascript:/i);
  });
});

/** What a feed reader that treats a value as HTML shows: its text, and whether any element would be made. */
function asReaderHtml(html: string): { text: string; elements: string[] } {
  const elements: string[] = [];
  const walk = (node: ChildNode): string => {
    if (node.nodeName === '#text') return (node as TextNode).value;
    if ('tagName' in node) elements.push(node.tagName);
    return 'childNodes' in node ? node.childNodes.map(walk).join('') : '';
  };
  return { text: parseFragment(html).childNodes.map(walk).join(''), elements };
}

describe('renderFeeds: what a reader shows', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';
  const titles = ['Q&A met de directie', "Wat collega's vragen", 'Minder dan 5 < 10 fouten', 'Tom &amp; Jerry'];
  const items = titles.map((title, i) =>
    message(`t${i}`, `2026-03-1${i}T08:00:00.000Z`, { title, tags: [{ id: 'img-src-x', name: HOSTILE, url: '/tags/img-src-x/' }] }),
  );
  const english = message('english', '2026-03-20T08:00:00.000Z', { title: 'In English', lang: 'en' });
  const feeds = renderFeeds(
    input({
      site: { ...site, title: `Nieuws ${HOSTILE} & meer`, organisation: `Org ${HOSTILE}` },
      path: '/segments/magazijn/',
      title: `Nieuws ${HOSTILE} & meer — Magazijn ${HOSTILE}`,
      description: `Voor ${HOSTILE} en Q&A`,
      items: [...items, english].map((m) => ({ message: m, html: m.html })),
    }),
  );
  const channel = one(parseXml(feeds.rss), 'channel');

  it('gives RSS item titles as plain text, escaped once', () => {
    const shown = all(channel, 'item').map((item) => textOf(one(item, 'title')));
    expect(shown).toEqual(['In English', ...[...titles].reverse()]);
    expect(feeds.rss).toContain('<title>Q&amp;A met de directie</title>');
    expect(feeds.rss).toContain("<title>Wat collega's vragen</title>");
    expect(feeds.rss).toContain('<title>Minder dan 5 &lt; 10 fouten</title>');
    expect(feeds.rss).toContain('<title>Tom &amp;amp; Jerry</title>');
    expect(feeds.rss).not.toContain('&#39;');
  });

  it('never turns a segment name, intro or tag in a description or category into markup in a reader', () => {
    const values = [textOf(one(channel, 'description')), ...all(channel, 'item').flatMap((item) => all(item, 'category').map(textOf))];
    expect(values.length).toBeGreaterThan(5);
    for (const value of values) expect(asReaderHtml(value).elements, value).toEqual([]);
    expect(asReaderHtml(textOf(one(channel, 'description'))).text).toBe(`Voor ${HOSTILE} en Q&A`);
    expect(asReaderHtml(textOf(all(all(channel, 'item')[1]!, 'category')[1]!)).text).toBe(HOSTILE);
  });

  it('gives the channel title and dc:creator as plain text escaped once, like item titles', () => {
    expect(textOf(one(channel, 'title'))).toBe(`Nieuws ${HOSTILE} & meer — Magazijn ${HOSTILE}`);
    expect(textOf(one(all(channel, 'item')[1]!, 'dc:creator'))).toBe(`Org ${HOSTILE}`);
    expect(feeds.rss).toContain('<title>Nieuws &lt;img src=x onerror=alert(1)&gt; &amp; meer — Magazijn &lt;img src=x onerror=alert(1)&gt;</title>');
    expect(feeds.rss).toContain('<dc:creator>Org &lt;img src=x onerror=alert(1)&gt;</dc:creator>');
  });

  it("writes a site title like Depot & Co's <News> escaped once in RSS and as plain text in Atom", () => {
    const depot = "Depot & Co's <News>";
    const f = renderFeeds(input({ site: { ...site, title: depot, organisation: depot }, title: depot }));
    const ch = one(parseXml(f.rss), 'channel');
    expect(f.rss).toContain("<title>Depot &amp; Co's &lt;News&gt;</title>");
    expect(textOf(one(ch, 'title'))).toBe(depot);
    expect(f.rss).toContain('<description><![CDATA[Depot &amp; Co&#39;s &lt;News&gt;]]></description>');
    expect(asReaderHtml(textOf(one(ch, 'description'))).text).toBe(depot);
    expect(textOf(one(all(ch, 'item')[0]!, 'dc:creator'))).toBe(depot);
    expect(f.rss).not.toMatch(/&amp;amp;|&amp;#39;|&amp;lt;/);
    const atom = parseXml(f.atom);
    expect(textOf(one(atom, 'title'))).toBe(depot);
    expect(textOf(one(one(atom, 'author'), 'name'))).toBe(depot);
    expect(f.atom).not.toMatch(/&amp;amp;|&amp;#39;|&amp;lt;/);
  });

  it('marks English entries of a Dutch Atom feed with xml:lang="en", and only those', () => {
    const feed = parseXml(feeds.atom);
    expect(feed.attrs['xml:lang']).toBe('nl');
    const entries = all(feed, 'entry');
    expect(entries.map((e) => e.attrs['xml:lang'])).toEqual(['en', undefined, undefined, undefined, undefined]);
    expect(textOf(one(entries[0]!, 'title'))).toBe('In English');
    const atomTitle = textOf(one(entries[1]!, 'title')); // type="html": HTML that shows the plain title
    expect(asReaderHtml(atomTitle)).toEqual({ text: 'Tom &amp; Jerry', elements: [] });
  });
});

describe('renderFeeds: determinism', () => {
  it('gives identical bytes for the same input, at any build time and in any item order', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = renderFeeds(input());
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const second = renderFeeds(input());
    const shuffled = renderFeeds(input({ items: [...input().items].reverse() }));
    expect(second).toEqual(first);
    expect(shuffled).toEqual(first);
    for (const out of Object.values(first)) expect(out).not.toMatch(/203[01]/);
  });

  it('uses a fixed epoch date for an empty feed', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const feeds = renderFeeds(input({ items: [] }));
    const atom = parseXml(feeds.atom);
    expect(textOf(one(atom, 'updated'))).toBe('1970-01-01T00:00:00.000Z');
    expect(all(atom, 'entry')).toEqual([]);
    expect(textOf(one(one(parseXml(feeds.rss), 'channel'), 'lastBuildDate'))).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect((JSON.parse(feeds.json) as JsonFeed).items).toEqual([]);
  });

  it('rejects an item with an invalid date', () => {
    const m = message('bad', 'not a date');
    expect(() => renderFeeds(input({ items: [{ message: m, html: '' }] }))).toThrow(/invalid date/);
  });
});
