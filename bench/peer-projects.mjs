// The three projects that bench/compare.mjs builds from one benchmark corpus:
// herald's (the corpus itself plus one plan file), an Eleventy 3 project and a
// Hugo project with the same Markdown, the same pages and the same feeds as
// far as those tools go. docs/benchmarks.md ("herald against its peers") says
// what each build does and does not do.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const PAGE_SIZE = 20; // herald's segment pages and feeds

const SEGMENTS = ['magazijn', 'chauffeurs', 'klantenservice', 'kantoor', 'teamleiders', 'monteurs', 'schoonmaak', 'ict', 'hr', 'directie'];

/** The corpus messages as {year, slug, data, body}, data parsed as herald reads it (js-yaml core schema). */
function readMessages(root) {
  const out = [];
  const content = path.join(root, 'content');
  for (const year of readdirSync(content).sort()) {
    for (const file of readdirSync(path.join(content, year)).sort()) {
      const text = readFileSync(path.join(content, year, file), 'utf8');
      const end = text.indexOf('\n---\n', 4);
      out.push({ year, slug: file.replace(/\.md$/, ''), data: yaml.load(text.slice(4, end)), body: text.slice(end + 5) });
    }
  }
  return out;
}

// The same Markdown body, with the two herald-specific things turned into what
// plain Markdown renderers understand: a `:::for{segment=x}` block becomes raw
// HTML `<section class="for" data-segment="x">` around the Markdown (the element
// herald itself renders; every listing shows every block, there is no
// per-segment filtering), and links to another message's .md file become its
// page URL (herald rewrites them at build time; here they are rewritten once).
function convertBody(body) {
  return body
    .replace(/^:::for\{segment=([a-z0-9-]+)\}\n([\s\S]*?)\n:::$/gm, '<section class="for" data-segment="$1">\n\n$2\n\n</section>')
    .replace(/\]\(\.\.\/(\d{4})\/([^)\s]+)\.md\)/g, '](/$1/$2/)');
}

/** Front-matter both generators read: title, date, tags, plus taxonomies and display fields. */
function frontMatter(m) {
  const d = m.data;
  const segments = d.audience === 'all' ? SEGMENTS : d.audience;
  return {
    title: d.title,
    date: `${d.date}:00`, // 2022-01-03T09:00 → with seconds, which both parse as a date
    tags: d.tags ?? [],
    segments,
    goals: [d.goal],
    ...(d.campaign ? { campaigns: [d.campaign] } : {}),
    why: d.why,
    cta: d.cta,
    ...(d.feedback ? { feedback: d.feedback } : {}),
    ...(d.lang ? { lang: d.lang } : {}),
  };
}

const fm = (data) => `---\n${yaml.dump(data, { lineWidth: -1 })}---\n`;

function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

// Eleventy 3: Nunjucks layouts, markdown-it (Eleventy's default, html on), the
// Markdown bodies not pre-processed by a template engine (herald does not
// template bodies either). Term pages come from one custom collection of
// chunks, the usual Eleventy way to paginate per tag.
const ELEVENTY = {
  'eleventy.config.mjs': `// Derived by bench/compare.mjs: one page per message, segment pages of 20
// full messages, one card list per tag, goal and campaign, archive, Atom feeds
// for the site and each segment (latest 20), sitemap, 404.
const SEGMENT_PAGE = ${PAGE_SIZE};
export default function (config) {
  config.addCollection('messages', (api) => api.getFilteredByGlob('./2*/*.md').sort((a, b) => b.date - a.date));
  // One entry per output page of a term listing: segments paginated with full
  // bodies, tags, goals and campaigns as one card list each (as herald does).
  config.addCollection('termPages', (api) => {
    const messages = api.getFilteredByGlob('./2*/*.md').sort((a, b) => b.date - a.date);
    const pages = [];
    for (const key of ['segments', 'tags', 'goals', 'campaigns']) {
      const terms = new Map();
      for (const m of messages) for (const t of m.data[key] ?? []) (terms.get(t) ?? terms.set(t, []).get(t)).push(m);
      for (const [term, items] of terms) {
        const size = key === 'segments' ? SEGMENT_PAGE : items.length;
        const count = Math.ceil(items.length / size);
        for (let n = 1; n <= count; n++) {
          const base = '/' + key + '/' + term + '/';
          pages.push({ key, term, full: key === 'segments', items: items.slice((n - 1) * size, n * size), url: n === 1 ? base : base + 'page/' + n + '/',
            prev: n === 1 ? null : n === 2 ? base : base + 'page/' + (n - 1) + '/', next: n < count ? base + 'page/' + (n + 1) + '/' : null });
        }
      }
    }
    return pages;
  });
  config.addCollection('segmentFeeds', (api) => {
    const messages = api.getFilteredByGlob('./2*/*.md').sort((a, b) => b.date - a.date);
    const seen = [...new Set(messages.flatMap((m) => m.data.segments))];
    return seen.map((s) => ({ segment: s, items: messages.filter((m) => m.data.segments.includes(s)).slice(0, ${PAGE_SIZE}) }));
  });
  config.addFilter('head', (xs, n) => xs.slice(0, n));
  config.addFilter('iso', (d) => d.toISOString());
  config.addFilter('day', (d) => d.toISOString().slice(0, 10));
  return { dir: { input: '.', includes: '_includes', output: '_site' }, markdownTemplateEngine: false, htmlTemplateEngine: 'njk' };
}
`,
  '_includes/base.njk': `<!doctype html>
<html lang="{{ lang or 'nl' }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ title }} · Benchmark</title>
<link rel="alternate" type="application/atom+xml" href="/feed.xml"></head>
<body><header><a href="/">Benchmark</a> <nav><a href="/archive/">Archief</a> <a href="/search/">Zoeken</a></nav></header>
<main>{{ content | safe }}</main>
<footer>Benchmark</footer></body></html>
`,
  '_includes/card.njk': `<article class="card"><h3><a href="{{ m.url }}">{{ m.data.title }}</a></h3><p><time datetime="{{ m.date | iso }}">{{ m.date | day }}</time> {% for s in m.data.segments %}<a href="/segments/{{ s }}/">{{ s }}</a> {% endfor %}</p><p>{{ m.data.why }}</p></article>
`,
  '_includes/message.njk': `---
layout: base.njk
---
<article data-pagefind-body>
<h1>{{ title }}</h1>
<p><time datetime="{{ page.date | iso }}">{{ page.date | day }}</time> {% for s in segments %}<a href="/segments/{{ s }}/">{{ s }}</a> {% endfor %}</p>
<p class="why"><strong>Waarom?</strong> {{ why }}</p>
<div class="prose">{{ content | safe }}</div>
<p class="cta"><a class="button" href="{{ cta.url }}">{{ cta.text }}</a></p>
{% if feedback %}<p>Reageer: <a href="{{ feedback }}">{{ feedback }}</a></p>{% endif %}
<p>Doel: {% for g in goals %}<a href="/goals/{{ g }}/">{{ g }}</a>{% endfor %} {% for c in campaigns %}<a href="/campaigns/{{ c }}/">{{ c }}</a>{% endfor %} {% for t in tags %}<a href="/tags/{{ t }}/">#{{ t }}</a> {% endfor %}</p>
</article>
`,
  'index.njk': `---
layout: base.njk
title: Home
---
<h1>Nieuws</h1>
<nav>{% for f in collections.segmentFeeds %}<a href="/segments/{{ f.segment }}/">{{ f.segment }}</a> {% endfor %}</nav>
{% for m in collections.messages | head(${PAGE_SIZE}) %}{% include "card.njk" %}{% endfor %}
`,
  'archive.njk': `---
layout: base.njk
title: Archief
permalink: /archive/
---
<h1>Archief</h1>
{% for m in collections.messages %}{% include "card.njk" %}{% endfor %}
`,
  'terms.njk': `---
layout: base.njk
pagination: {data: collections.termPages, size: 1, alias: p}
permalink: "{{ p.url }}"
eleventyComputed: {title: "{{ p.term }}"}
---
<h1>{{ p.term }}</h1>
{% for m in p.items %}{% if p.full %}<article><h2><a href="{{ m.url }}">{{ m.data.title }}</a></h2><p><time>{{ m.date | day }}</time></p><p class="why"><strong>Waarom?</strong> {{ m.data.why }}</p><div class="prose">{{ m.content | safe }}</div><p class="cta"><a class="button" href="{{ m.data.cta.url }}">{{ m.data.cta.text }}</a></p></article>
{% else %}{% include "card.njk" %}{% endif %}{% endfor %}
<nav>{% if p.prev %}<a href="{{ p.prev }}">Vorige</a>{% endif %} {% if p.next %}<a href="{{ p.next }}">Volgende</a>{% endif %}</nav>
{% if p.full %}<a href="{{ p.url }}feed.xml">Atom</a>{% endif %}
`,
  'feed.njk': `---
permalink: /feed.xml
eleventyExcludeFromCollections: true
---
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Benchmark</title><id>https://intranet.example/nieuws/</id><updated>{{ collections.messages[0].date | iso }}</updated>
{% for m in collections.messages | head(${PAGE_SIZE}) %}<entry><title>{{ m.data.title }}</title><id>https://intranet.example/nieuws{{ m.url }}</id><link href="https://intranet.example/nieuws{{ m.url }}"/><updated>{{ m.date | iso }}</updated><content type="html">{{ m.content | escape }}</content></entry>
{% endfor %}</feed>
`,
  'segment-feeds.njk': `---
pagination: {data: collections.segmentFeeds, size: 1, alias: f}
permalink: "/segments/{{ f.segment }}/feed.xml"
eleventyExcludeFromCollections: true
---
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{{ f.segment }}</title><id>https://intranet.example/nieuws/segments/{{ f.segment }}/</id><updated>{{ f.items[0].date | iso }}</updated>
{% for m in f.items %}<entry><title>{{ m.data.title }}</title><id>https://intranet.example/nieuws{{ m.url }}</id><link href="https://intranet.example/nieuws{{ m.url }}"/><updated>{{ m.date | iso }}</updated><content type="html">{{ m.content | escape }}</content></entry>
{% endfor %}</feed>
`,
  'sitemap.njk': `---
permalink: /sitemap.xml
eleventyExcludeFromCollections: true
---
<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{% for p in collections.all %}<url><loc>https://intranet.example/nieuws{{ p.url }}</loc></url>
{% endfor %}</urlset>
`,
  'search.njk': `---
layout: base.njk
title: Zoeken
permalink: /search/
---
<h1>Zoeken</h1><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script><div id="search"></div><script>new PagefindUI({ element: "#search" });</script>
`,
  '404.njk': `---
layout: base.njk
title: Niet gevonden
permalink: /404.html
---
<h1>Niet gevonden</h1>
`,
};

// Hugo: taxonomies segments, tags, goals, campaigns; segment term pages
// paginated by 20 with full bodies, other terms one card list; the messages
// section list is the archive; RSS (latest 20, full content) for the home page
// and every term; Hugo's own sitemap. Goldmark with raw HTML allowed (for the
// segment blocks).
const HUGO = {
  'hugo.toml': `baseURL = "https://intranet.example/nieuws/"
languageCode = "nl"
title = "Benchmark"
timeZone = "Europe/Amsterdam"
paginate = ${PAGE_SIZE}
rssLimit = ${PAGE_SIZE}
buildFuture = true
disableKinds = ["robotsTXT"]
[taxonomies]
  segment = "segments"
  tag = "tags"
  goal = "goals"
  campaign = "campaigns"
[permalinks]
  messages = "/:year/:filename/"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]
[markup.goldmark.renderer]
  unsafe = true
`,
  'content/messages/_index.md': '---\ntitle: Archief\nurl: /archive/\n---\n',
  'content/search.md': '---\ntitle: Zoeken\nurl: /search/\nlayout: search\n---\n',
  'layouts/_default/baseof.html': `<!doctype html>
<html lang="{{ with .Params.lang }}{{ . }}{{ else }}nl{{ end }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} · {{ site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}</head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> <nav><a href="{{ "/archive/" | relURL }}">Archief</a> <a href="{{ "/search/" | relURL }}">Zoeken</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ site.Title }}</footer></body></html>
`,
  'layouts/partials/card.html': `<article class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02" }}</time> {{ range .GetTerms "segments" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p><p>{{ .Params.why }}</p></article>
`,
  'layouts/_default/single.html': `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02" }}</time> {{ range .GetTerms "segments" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<p class="why"><strong>Waarom?</strong> {{ .Params.why }}</p>
<div class="prose">{{ .Content }}</div>
<p class="cta"><a class="button" href="{{ .Params.cta.url }}">{{ .Params.cta.text }}</a></p>
{{ with .Params.feedback }}<p>Reageer: <a href="{{ . }}">{{ . }}</a></p>{{ end }}
<p>Doel: {{ range .GetTerms "goals" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ range .GetTerms "campaigns" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a> {{ end }}</p>
</article>{{ end }}
`,
  'layouts/_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range .Pages }}{{ partial "card.html" . }}{{ end }}{{ end }}
`,
  'layouts/_default/taxonomy.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  'layouts/_default/term.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ if eq .Data.Plural "segments" }}{{ $pager := .Paginate .Pages }}{{ range $pager.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p><time>{{ .Date.Format "2006-01-02" }}</time></p><p class="why"><strong>Waarom?</strong> {{ .Params.why }}</p><div class="prose">{{ .Content }}</div><p class="cta"><a class="button" href="{{ .Params.cta.url }}">{{ .Params.cta.text }}</a></p></article>
{{ end }}<nav>{{ with $pager.Prev }}<a href="{{ .URL }}">Vorige</a>{{ end }} {{ with $pager.Next }}<a href="{{ .URL }}">Volgende</a>{{ end }}</nav>
{{ else }}{{ range .Pages }}{{ partial "card.html" . }}{{ end }}{{ end }}{{ end }}
`,
  'layouts/index.html': `{{ define "main" }}<h1>Nieuws</h1>
<nav>{{ range site.Taxonomies.segments.Alphabetical }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav>
{{ range first ${PAGE_SIZE} (where site.RegularPages "Section" "messages") }}{{ partial "card.html" . }}{{ end }}{{ end }}
`,
  'layouts/_default/search.html': `{{ define "main" }}<h1>Zoeken</h1><link href="{{ "/pagefind/pagefind-ui.css" | relURL }}" rel="stylesheet"><script src="{{ "/pagefind/pagefind-ui.js" | relURL }}"></script><div id="search"></div><script>new PagefindUI({ element: "#search" });</script>{{ end }}
`,
  'layouts/404.html': `{{ define "main" }}<h1>Niet gevonden</h1>{{ end }}
`,
  // Full content in the feeds, like herald's (Hugo's built-in RSS template has summaries).
  'layouts/_default/rss.xml': `{{ printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0"><channel><title>{{ .Title }} · {{ site.Title }}</title><link>{{ .Permalink }}</link><description>{{ .Title }}</description>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
{{ range first ${PAGE_SIZE} (where $pages "Section" "messages") }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid>{{ .Permalink }}</guid><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate><description>{{ .Content | html }}</description></item>
{{ end }}</channel></rss>
`,
};

/**
 * Writes the three projects into `dir` (emptied first). herald's is a copy of
 * the corpus with one more plan file that makes `frequency-cap` a warning: the
 * corpus plants a few of its errors, and a build with the check on stops at
 * an error, while every rule still runs (`--no-check` would skip most rules).
 */
export function deriveProjects(corpusRoot, dir) {
  const messages = readMessages(corpusRoot);
  rmSync(dir, { recursive: true, force: true });
  const herald = path.join(dir, 'herald');
  const eleventy = path.join(dir, 'eleventy');
  const hugo = path.join(dir, 'hugo');
  for (const sub of ['content', 'plans']) cpSync(path.join(corpusRoot, sub), path.join(herald, sub), { recursive: true });
  writeFiles(herald, {
    'plans/bench-compare.yaml': '# bench/compare.mjs: the planted frequency-cap errors must not stop the build\nrules:\n  frequency-cap: warn\n',
  });
  writeFiles(eleventy, ELEVENTY);
  writeFiles(hugo, HUGO);
  const years = new Set();
  for (const m of messages) {
    const text = fm(frontMatter(m)) + convertBody(m.body);
    years.add(m.year);
    writeFiles(eleventy, { [`${m.year}/${m.slug}.md`]: text });
    writeFiles(hugo, { [`content/messages/${m.year}/${m.slug}.md`]: text });
  }
  // Every message page uses the message layout (Eleventy directory data).
  for (const year of years) writeFiles(eleventy, { [`${year}/${year}.json`]: '{"layout": "message.njk"}\n' });
  return { herald, eleventy, hugo, count: messages.length };
}
