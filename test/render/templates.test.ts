import { siteUrls } from '../../src/model/routes.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatMonth, strings } from '../../src/render/i18n/index.js';
import { createEta, TEMPLATES_DIR as TEMPLATES } from '../../src/render/themed-eta.js';
import type { MessageView, SegmentMessageView, SiteView } from '../../src/render/view-model.js';

// The build's own eta: escaping on, whitespace as written, a project's theme/ over the built-in templates (none here).
const eta = createEta(undefined);

const XSS = '<script>alert(1)</script>';
const ATTR = '" onmouseover="x';

const site: SiteView = {
  title: `Koelkade ${XSS}`,
  language: 'nl',
  baseUrl: 'https://intranet.example/nieuws/',
  organisation: 'Koelkade BV',
  segments: [
    { id: 'magazijn', name: `Magazijn ${ATTR}`, url: '/segments/magazijn/', intro: `Nieuws voor pickers en heftruckchauffeurs ${XSS}` },
    { id: 'chauffeurs', name: 'Chauffeurs', url: '/segments/chauffeurs/' },
  ],
  search: true,
  planPage: false,
  generator: 'herald 0.1.0',
};

const message: MessageView = {
  url: '/2026/roosterapp/',
  title: `Nieuwe roosterapp ${XSS}`,
  iso: '2026-02-02T08:00:00.000Z',
  dateText: '2 februari 2026 om 09:00',
  dayText: '2 februari 2026',
  lang: 'nl',
  kind: 'change',
  audience: [site.segments[0]!, site.segments[1]!].map(({ id, name, url }) => ({ id, name, url })),
  audienceAll: false,
  why: `Zodat je je rooster altijd bij je hebt ${XSS}`,
  cta: { text: `Installeer de app ${ATTR}`, url: 'https://apps.example/rooster', due: '2026-02-13', dueText: 'vrijdag 13 februari 2026' },
  feedback: 'mailto:roosters@koelkade.example?subject=Roosterapp',
  goal: { id: 'foutloos-picken', name: `Minder pickfouten ${XSS}`, url: '/goals/foutloos-picken/' },
  campaign: { id: 'nieuwe-scanners', name: 'Over op de nieuwe scanners', url: '/campaigns/nieuwe-scanners/' },
  tags: [{ id: 'apps', name: `apps ${ATTR}`, url: '/tags/apps/' }],
  image: { src: '/2026/rooster.jpg', alt: `Een telefoon met het rooster ${ATTR}` },
  html: '<p>De app staat klaar.</p><section class="segment-variant" data-segment="magazijn"><h2 class="segment-label">Voor Magazijn</h2><p>Vraag je teamleider om de code.</p></section>',
  summary: `De app staat klaar ${XSS}`,
  draft: true,
  future: true,
};

const english: MessageView = {
  ...message,
  url: '/2026/roster-app/',
  title: 'New roster app',
  lang: 'en',
  dateText: '1 March 2026',
  dayText: '1 March 2026',
  iso: '2026-02-28T23:30:00.000Z',
  audienceAll: true,
  draft: false,
  future: false,
};

const segmentMessage: SegmentMessageView = {
  ...message,
  segmentHtml: '<p>De app staat klaar.</p><p>ALLEEN-MAGAZIJN: vraag je teamleider om de code.</p>',
};

/** Page-relative links as the build makes them, here for a page one folder deep. */
const rel = (url: string): string => (/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `../${url.replace(/^\//, '')}`);

function common(url: string, title: string) {
  return { site, t: strings('nl'), rel, urls: siteUrls, page: { url, title, lang: 'nl' as const } };
}

function render(template: string, data: object): string {
  return eta.render(template, data);
}

/** Escaped data shows; no tag or attribute from data gets through. */
function expectSafe(html: string): void {
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('" onmouseover="x');
}

describe('layout', () => {
  const html = render('layout', {
    ...common('/segments/magazijn/', `Magazijn ${XSS}`),
    page: {
      url: '/segments/magazijn/',
      title: `Magazijn ${XSS}`,
      lang: 'en',
      description: `Voor het magazijn ${ATTR}`,
      feeds: { atom: '/segments/magazijn/feed.xml', rss: '/segments/magazijn/rss.xml', json: '/segments/magazijn/feed.json' },
    },
    body: '<p id="body-marker">inhoud</p>',
  });

  it('is a complete page in the site language', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="generator" content="herald 0.1.0">');
    expect(html).toContain('<title>Magazijn &lt;script&gt;alert(1)&lt;/script&gt; — Koelkade &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<meta name="description" content="Voor het magazijn &quot; onmouseover=&quot;x">');
    expect(html).toContain('<link rel="canonical" href="https://intranet.example/nieuws/segments/magazijn/">');
    expectSafe(html);
  });

  it('links the stylesheet and feeds relative to the page', () => {
    expect(html).toContain('<link rel="stylesheet" href="../style.css">');
    expect(html).toContain('type="application/atom+xml"');
    expect(html).toContain('href="../segments/magazijn/feed.xml"');
    expect(html).toContain('href="../segments/magazijn/rss.xml"');
    expect(html).toContain('href="../segments/magazijn/feed.json"');
    expect(html).not.toMatch(/href="\/(?!\/)/);
  });

  it('has a skip link to main, the nav and the body', () => {
    expect(html).toContain('<a class="skip-link" href="#main">Naar de inhoud</a>');
    expect(html).toContain('<main id="main" tabindex="-1">');
    expect(html).toContain('<p id="body-marker">inhoud</p>');
    expect(html).toContain('<nav class="site-nav" aria-label="Hoofdmenu">');
    expect(html).toContain('<a href="../archive/">Archief</a>');
    expect(html).toContain('<a href="../search/">Zoeken</a>');
    expect(html).toContain('<a href="../segments/magazijn/" data-segment="magazijn" aria-current="page">Magazijn &quot; onmouseover=&quot;x</a>');
    expect(html).toContain('Koelkade BV · Gemaakt met herald');
  });

  it('links the favicon (SVG, with the PNG fallback inline) and the site script, deferred', () => {
    const page = render('layout', {
      ...common('/2026/x/', 'x'),
      page: { url: '/2026/x/', title: 'x', lang: 'nl' },
      faviconFallback: 'data:image/png;base64,AAAA',
      body: '',
    });
    expect(page).toContain('<link rel="icon" href="data:image/png;base64,AAAA" sizes="32x32">');
    expect(page).toContain('<link rel="icon" href="../favicon.svg" type="image/svg+xml">');
    expect(page).toContain('<script src="../site.js" defer></script>');
  });

  it('leaves search out of the nav without an index, and marks noindex pages', () => {
    const page = render('layout', {
      ...common('/404.html', 'Niet gevonden'),
      site: { ...site, search: false },
      page: { url: '/404.html', title: 'x', lang: 'nl', noindex: true },
      body: '',
    });
    expect(page).not.toContain('search/');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('rel="canonical"');
    // The dashboard and the 404 page need no script.
    expect(page).not.toContain('<script');
  });
});

describe('message page', () => {
  const html = render('message', { ...common(message.url, message.title), message });

  it('escapes every data field', () => {
    expectSafe(html);
    expect(html).toContain('<h1>Nieuwe roosterapp &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('alt="Een telefoon met het rooster &quot; onmouseover=&quot;x"');
    expect(html).toContain('#apps &quot; onmouseover=&quot;x');
  });

  it('shows the date and the audience as links', () => {
    expect(html).toContain('<article class="message">');
    expect(html).toContain('<time datetime="2026-02-02T08:00:00.000Z">2 februari 2026 om 09:00</time>');
    expect(html).toContain('<a href="../segments/chauffeurs/">Chauffeurs</a>');
    expect(html).toContain('<span class="kind kind-change">Verandering</span>');
    expect(html).toContain('<span class="badge badge-draft">Concept</span>');
    expect(html).toContain('<span class="badge badge-scheduled">Gepland</span>');
  });

  it('shows why, the body with its segment blocks, and the call to action with its due date', () => {
    expect(html).toMatch(/<section class="why">\s*<h2>Waarom\?<\/h2>\s*<p>Zodat je je rooster altijd bij je hebt &lt;script&gt;/);
    expect(html).toContain('<section class="segment-variant" data-segment="magazijn"><h2 class="segment-label">Voor Magazijn</h2>');
    expect(html).toContain('<h2 class="cta-heading">Wat moet je doen?</h2>');
    expect(html).toContain('<a class="button" href="https://apps.example/rooster">Installeer de app &quot; onmouseover=&quot;x</a>');
    expect(html).toContain('<p class="due">Uiterlijk <time datetime="2026-02-13">vrijdag 13 februari 2026</time></p>');
  });

  it('says where to respond and what the message belongs to', () => {
    expect(html).toContain('<h2>Reageren of vragen?</h2>');
    expect(html).toContain('<a href="mailto:roosters@koelkade.example?subject=Roosterapp">roosters@koelkade.example</a>');
    expect(html).toContain('<dt>Doel</dt><dd><a href="../goals/foutloos-picken/">Minder pickfouten &lt;script&gt;alert(1)&lt;/script&gt;</a></dd>');
    expect(html).toContain('<dt>Campagne</dt><dd><a href="../campaigns/nieuwe-scanners/">Over op de nieuwe scanners</a></dd>');
    expect(html).toContain('<li><a href="../tags/apps/">');
    expect(html).toContain('<img src="../2026/rooster.jpg"');
  });

  it('a message in the other language carries its lang, and its labels follow it', () => {
    const page = render('message', {
      ...common(english.url, english.title),
      message: { ...english, feedback: '/vragen/', cta: { text: 'Install', dueText: 'Friday 13 February 2026', due: '2026-02-13' } },
    });
    expect(page).toContain('<article class="message" lang="en">');
    expect(page).toContain('<h2>Why?</h2>');
    expect(page).toContain('<p class="cta-text">Install</p>');
    expect(page).toContain('<p class="due">Due by <time datetime="2026-02-13">Friday 13 February 2026</time></p>');
    expect(page).toContain('<a href="../vragen/">Send your response or question</a>');
    expect(page).toMatch(/<span class="label">For:<\/span>\s*Everyone/);
    expect(page).not.toContain('badge');
  });

  it('leaves out what a message does not have', () => {
    const bare: MessageView = { ...english, lang: 'nl', tags: [] };
    delete bare.why;
    delete bare.cta;
    delete bare.feedback;
    delete bare.goal;
    delete bare.campaign;
    delete bare.image;
    const page = render('message', { ...common(bare.url, bare.title), message: bare });
    for (const absent of ['class="why"', 'class="cta"', 'class="respond"', 'message-footer', '<figure', ' lang=']) expect(page).not.toContain(absent);
  });
});

describe('home', () => {
  const plain = { ...message, url: '/2026/plain/', title: 'Zonder plaatje', kind: 'event' as const, draft: false, future: false };
  delete (plain as Partial<MessageView>).image;
  const html = render('home', {
    ...common('/', 'Start'),
    rel: (url: string) => (/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `./${url.replace(/^\//, '')}`),
    page: { url: '/', title: 'Start', lang: 'nl', feeds: { atom: '/feed.xml', rss: '/rss.xml', json: '/feed.json' } },
    messages: [message, english, plain],
  });

  it('offers the segments as a compact row of links, before the news', () => {
    expect(html).toContain('<h1 class="visually-hidden">Koelkade &lt;script&gt;');
    expect(html).toContain('<h2 id="choose-segment" class="segment-bar-title">Kies je doelgroep</h2>');
    expect(html).toContain('<a class="chip" href="./segments/magazijn/" data-segment="magazijn">Magazijn &quot; onmouseover=&quot;x</a>');
    expect(html).toContain('<a class="chip" href="./segments/chauffeurs/" data-segment="chauffeurs">Chauffeurs</a>');
    // The intro is for the segment's own page; the home page stays short.
    expect(html).not.toContain('Nieuws voor pickers');
    expect(html.indexOf('choose-segment')).toBeLessThan(html.indexOf('Laatste nieuws'));
  });

  it('has the remembered-segment bar hidden until the script fills it, with its words in attributes and text', () => {
    expect(html).toContain('<p class="your-news" data-your-news data-your-choice="(jouw keuze)" hidden>');
    expect(html).toContain('<span>Jouw nieuws:</span> <strong data-name></strong>');
    expect(html).toContain('<button type="button" class="link-button" data-forget>Vergeet mijn keuze</button>');
  });

  it('leads with the newest message: its picture (not lazy), title, why and date', () => {
    expectSafe(html);
    const lead = html.slice(html.indexOf('<article class="lead-story'), html.indexOf('</article>') + 10);
    expect(lead).toContain('<article class="lead-story has-media">');
    expect(lead).toContain('<h3 class="lead-title"><a href="./2026/roosterapp/">Nieuwe roosterapp &lt;script&gt;');
    expect(lead).toContain('<p class="lead-why">Zodat je je rooster altijd bij je hebt &lt;script&gt;');
    expect(lead).toContain('<time datetime="2026-02-02T08:00:00.000Z">2 februari 2026 om 09:00</time>');
    expect(lead).toContain('<img src="./2026/rooster.jpg" alt="Een telefoon met het rooster &quot; onmouseover=&quot;x" decoding="async">');
  });

  it('then the others as cards in a grid: picture or placeholder, kind, date, title, summary', () => {
    const grid = html.slice(html.indexOf('</article>'));
    expect(html).toContain('<div class="card-grid home-grid">\n<article class="lead-story has-media">');
    expect(grid).toContain('<article class="card" lang="en">');
    expect(grid).toContain('<h3 class="card-title"><a href="./2026/roster-app/">New roster app</a></h3>');
    expect(grid).toContain('<span class="kind kind-change">Change</span> <time datetime="2026-02-28T23:30:00.000Z">1 March 2026</time>');
    // A card has the day only; the lead story (and the message page) the time as well.
    expect(grid).toContain('<time datetime="2026-02-02T08:00:00.000Z">2 februari 2026</time>');
    expect(grid).toContain('<p class="summary">De app staat klaar &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(grid).toContain('alt="Een telefoon met het rooster &quot; onmouseover=&quot;x" loading="lazy" decoding="async">');
    expect(grid).toContain('<div class="media media-placeholder placeholder-event" aria-hidden="true">');
    expect(grid).not.toContain('why-line');
    expect(html).toContain('<a href="./archive/">Alle berichten in het archief');
    expect(html).toContain('<a href="./feed.xml" type="application/atom+xml">Atom</a>');
  });

  it('a lead story without a picture is text alone, and no messages says so', () => {
    const only = render('home', { ...common('/', 'Start'), messages: [plain] });
    expect(only).toContain('<article class="lead-story">');
    expect(only).not.toContain('media');
    expect(render('home', { ...common('/', 'Start'), messages: [] })).toContain('Er zijn nog geen berichten.');
  });
});

describe('segment page', () => {
  const segment = site.segments[0]!;
  const html = render('segment', {
    ...common('/segments/magazijn/page/2/', segment.name),
    page: {
      url: '/segments/magazijn/page/2/',
      title: segment.name,
      lang: 'nl',
      feeds: { atom: '/segments/magazijn/feed.xml', rss: '/segments/magazijn/rss.xml', json: '/segments/magazijn/feed.json' },
    },
    segment,
    messages: [segmentMessage],
    pagination: { page: 2, pages: 3, prevUrl: '/segments/magazijn/', nextUrl: '/segments/magazijn/page/3/' },
  });

  it("shows the segment's intro and its messages as cards, not their bodies", () => {
    expectSafe(html);
    // Page 2 of 3: the h1 says which page it is (WCAG 2.4.2).
    expect(html).toContain('<h1>Magazijn &quot; onmouseover=&quot;x, pagina 2</h1>');
    expect(html).toContain('<p class="lead">Nieuws voor pickers en heftruckchauffeurs &lt;script&gt;');
    expect(html).toContain('<h2 class="card-title"><a href="../2026/roosterapp/">');
    expect(html).toContain('<p class="summary">De app staat klaar');
    expect(html).not.toContain('ALLEEN-MAGAZIJN');
    expect(html).not.toContain('class="prose"');
    expect(html).not.toContain('cta-heading');
  });

  it('links to the other pages and to its own feeds', () => {
    expect(html).toContain('<nav class="pagination" aria-label="Pagina’s">');
    expect(html).toContain('<a rel="prev" href="../segments/magazijn/">');
    expect(html).toContain('<a rel="next" href="../segments/magazijn/page/3/">');
    expect(html).toContain('Pagina 2 van 3');
    expect(html).toContain('href="../segments/magazijn/feed.xml"');
    expect(html).toContain('href="../segments/magazijn/rss.xml"');
    expect(html).toContain('href="../segments/magazijn/feed.json"');
  });

  it('has no pagination when everything fits on one page, and a plain line without an intro', () => {
    const other = site.segments[1]!;
    const one = render('segment', { ...common(other.url, other.name), segment: other, messages: [], pagination: { page: 1, pages: 1 } });
    expect(one).not.toContain('pagination');
    expect(one).toContain('Er zijn nog geen berichten.');
    expect(one).toContain('<p class="lead">Alle berichten voor deze doelgroep, nieuwste eerst.</p>');
  });
});

describe('list', () => {
  it('shows heading, intro and details, with cards', () => {
    const html = render('list', {
      ...common('/goals/foutloos-picken/', 'Doel'),
      heading: `Minder pickfouten ${XSS}`,
      intro: `Waarom dit doel ${ATTR}`,
      details: [{ label: 'Zo meten we het', value: `Van 4 naar 2 fouten ${XSS}` }],
      messages: [message],
      groupByMonth: false,
    });
    expectSafe(html);
    expect(html).toContain('<h1>Minder pickfouten &lt;script&gt;');
    expect(html).toContain('<dt>Zo meten we het</dt><dd>Van 4 naar 2 fouten &lt;script&gt;');
    expect(html).toContain('<h2 class="card-title">');
  });

  it('groups the archive by month in the site time zone', () => {
    const html = render('list', {
      ...common('/archive/', 'Archief'),
      heading: 'Archief',
      messages: [english, message],
      groupByMonth: true,
      timeZone: 'Europe/Amsterdam',
    });
    // 2026-02-28T23:30Z is 1 March in Amsterdam.
    expect(html).toMatch(/<h2>maart 2026<\/h2>[\s\S]*New roster app[\s\S]*<h2>februari 2026<\/h2>[\s\S]*Nieuwe roosterapp/);
    expect(html).toContain('<h3 class="card-title">');
  });
});

describe('search and 404', () => {
  it('mounts Pagefind UI when there is an index, with relative paths', () => {
    const html = render('search', common('/search/', 'Zoeken'));
    expect(html).toContain('<link rel="stylesheet" href="../pagefind/pagefind-ui.css">');
    expect(html).toContain('<script src="../pagefind/pagefind-ui.js"></script>');
    expect(html).toContain('<div id="search" class="search" data-placeholder="Zoek in het nieuws"></div>');
    expect(html).toContain('new PagefindUI({');
    expect(html).toContain('<p id="search-status" class="visually-hidden" role="status" aria-live="polite"></p>');
    expect(html).toContain('<noscript>');
    expect(html).toContain('href="../archive/"');
  });

  it('without an index, points to the archive and loads no script', () => {
    const html = render('search', { ...common('/search/', 'Zoeken'), site: { ...site, search: false } });
    expect(html).not.toContain('<script');
    expect(html).toContain('Zoeken is op deze site niet beschikbaar');
    expect(html).toContain('href="../archive/"');
  });

  it('404 links home, to search and to the archive', () => {
    const html = render('404', common('/404.html', 'Pagina niet gevonden'));
    expect(html).toContain('<h1>Pagina niet gevonden</h1>');
    expect(html).toContain('<a href="../">Start</a>');
    expect(html).toContain('<a href="../search/">Zoeken</a>');
    expect(html).toContain('<a href="../archive/">Archief</a>');
  });
});

describe('a theme', () => {
  const theme = mkdtempSync(path.join(tmpdir(), 'herald-theme-'));
  afterAll(() => rmSync(theme, { recursive: true, force: true }));
  mkdirSync(path.join(theme, 'partials'));
  // A page template of its own, which still includes a built-in partial, and one partial the built-in pages include.
  writeFileSync(
    path.join(theme, '404.eta'),
    "<h1 class=\"themed\">Kwijt: <%= it.t.notFoundTitle %></h1>\n<%~ include('./partials/feeds', { feeds: { atom: '/feed.xml', rss: '/rss.xml', json: '/feed.json' }, t: it.t, rel: it.rel }) %>\n",
  );
  writeFileSync(path.join(theme, 'partials', 'card.eta'), '<article class="themed-card"><%= it.message.title %></article>\n');
  const themed = createEta(theme);

  it('is used for the templates it has', () => {
    const html = themed.render('404', common('/404.html', 'Pagina niet gevonden'));
    expect(html).toContain('<h1 class="themed">Kwijt: Pagina niet gevonden</h1>');
    expect(html).not.toContain('notFoundHelp');
    expect(html).not.toContain('Hier vind je het wel');
  });

  it('gives way to the built-in templates for the rest, and a built-in template includes its partial', () => {
    const own404 = themed.render('404', common('/404.html', 'x'));
    expect(own404).toContain('href="../feed.xml"'); // the built-in feeds partial, from the theme's page
    const home = themed.render('home', { ...common('/', 'Start'), messages: [message, english] });
    expect(home).toContain('<h2 id="choose-segment" class="segment-bar-title">Kies je doelgroep</h2>'); // built-in home
    // The newest is the lead story; the theme's card shows the others, escaped.
    expect(home).toContain('<article class="themed-card">New roster app</article>');
    const withHostile = themed.render('home', { ...common('/', 'Start'), messages: [english, message] });
    expect(withHostile).toContain('<article class="themed-card">Nieuwe roosterapp &lt;script&gt;alert(1)&lt;/script&gt;</article>');
    expect(home).not.toContain('class="card"');
    const page = themed.render('message', { ...common(message.url, message.title), message });
    expect(page).toBe(eta.render('message', { ...common(message.url, message.title), message }));
  });
});

describe('strings', () => {
  it('has every key in both languages', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(strings('en'))).toEqual(keys(strings('nl')));
    expect(strings('nl').kinds).toEqual({ news: 'Nieuws', change: 'Verandering', success: 'Succes', dialogue: 'Dialoog', event: 'Evenement' });
    expect(strings('en').page(2, 5)).toBe('Page 2 of 5');
    expect(strings('nl').forLanguage('en')).toBe(strings('en'));
  });

  it('every string the templates use exists', () => {
    const used = new Set<string>();
    for (const file of [
      'layout',
      'home',
      'segment',
      'message',
      'list',
      'search',
      '404',
      'partials/card',
      'partials/lead',
      'partials/media',
      'partials/cta',
      'partials/respond',
      'partials/feeds',
      'partials/pagination',
      'partials/badges',
      'partials/audience',
    ]) {
      const source = readFileSync(path.join(TEMPLATES, `${file}.eta`), 'utf8');
      for (const m of source.matchAll(/\bt\.([a-zA-Z]+)/g)) used.add(m[1]!);
    }
    const nl = strings('nl') as unknown as Record<string, unknown>;
    for (const key of used) expect(nl[key], key).toBeDefined();
  });

  it('formats publish moments as Intl does, across DST changes and odd offsets', () => {
    // The reference: Intl's own parts for the moment, as the site first did it.
    const formats = new Map<string, Intl.DateTimeFormat>();
    const reference = (iso: string, lang: 'nl' | 'en', timeZone: string) => {
      const key = `${lang} ${timeZone}`;
      let f = formats.get(key);
      if (!f) {
        f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
          timeZone,
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        });
        formats.set(key, f);
      }
      const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
      const day = `${p.day} ${p.month} ${p.year}`;
      return p.hour === '00' && p.minute === '00' ? day : `${day} ${lang === 'nl' ? 'om' : 'at'} ${p.hour}:${p.minute}`;
    };
    let compared = 0;
    for (const timeZone of ['Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC']) {
      // Every 97 minutes over a year, so every hour of the day and each change of offset is passed.
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 97 * 60_000) {
        const iso = new Date(at).toISOString();
        for (const lang of ['nl', 'en'] as const) {
          const ours = formatDate(iso, lang, timeZone);
          // expect() only on a difference: 60,000 passing expects would be most of the time.
          if (ours !== reference(iso, lang, timeZone)) expect(ours, `${iso} ${timeZone} ${lang}`).toBe(reference(iso, lang, timeZone));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(60_000);
  });

  it('formats dates the same on every run, in the site time zone', () => {
    expect(formatDate('2026-02-02T08:00:00.000Z', 'nl', 'Europe/Amsterdam')).toBe('2 februari 2026 om 09:00');
    expect(formatDate('2026-07-02T08:05:00.000Z', 'en', 'Europe/Amsterdam')).toBe('2 July 2026 at 10:05');
    // A message dated without a time: no "00:00".
    expect(formatDate('2026-01-31T23:00:00.000Z', 'nl', 'Europe/Amsterdam')).toBe('1 februari 2026');
    expect(formatDay('2026-02-13', 'nl')).toBe('vrijdag 13 februari 2026');
    expect(formatDay('2026-02-13', 'en')).toBe('Friday 13 February 2026');
    expect(formatMonth('2026-02-28T23:30:00.000Z', 'en', 'Europe/Amsterdam')).toBe('March 2026');
    expect(() => formatDay('13-02-2026', 'nl')).toThrow(RangeError);
    expect(() => formatDate('gisteren', 'nl', 'UTC')).toThrow(RangeError);
  });
});
