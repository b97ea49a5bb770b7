import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/pipeline/build.js';
import { buildOptions } from '../helpers/build.js';
import { publishMoment } from '../../src/cli/build-command.js';
import { sitesOwn } from '../../src/model/site-paths.js';
import { SITE_MARKER } from '../../src/write/folders.js';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

const PLAN_WITH_URL = PLAN.replace('  timezone: Europe/Amsterdam', '  timezone: Europe/Amsterdam\n  baseUrl: https://intranet.example/nieuws/');

function read(root: string, file: string): string {
  return readFileSync(path.join(root, 'site', file), 'utf8');
}

/** Every file below a folder, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join((entry as unknown as { parentPath: string }).parentPath, entry.name)));
  }
  return out.sort();
}

const VARIANTS = message({
  title: 'Nieuwe roosterapp',
  audience: '[magazijn, chauffeurs]',
  body: 'Iedereen krijgt de app op zijn eigen telefoon.\n\n:::for{segment=chauffeurs}\nJe ziet ook je route voor morgen.\n:::\n\n:::for{segment=magazijn}\nJe ziet ook welke hal je hebt.\n:::\n\nLees het [vorige bericht](./kick-off.md) en bekijk ![de app](./app.png).\n',
});

describe('herald build: pages', () => {
  it('uses a theme/ file of the project instead of the built-in one, and the built-in ones for the rest', async () => {
    const root = makeProject({ 'content/2026/a.md': message({ title: 'Bericht met thema' }) }, PLAN_WITH_URL);
    mkdirSync(path.join(root, 'theme'));
    writeFileSync(path.join(root, 'theme/style.css'), 'body { color: rebeccapurple; }\n');
    const result = await buildSite(buildOptions(root));
    expect(result.built).toBe(true);
    expect(read(root, 'style.css')).toBe('body { color: rebeccapurple; }\n');
    expect(read(root, '2026/a/index.html')).toContain('Bericht met thema');
    rmSync(path.join(root, 'theme/style.css'));
    await buildSite(buildOptions(root));
    expect(read(root, 'style.css')).toBe(readFileSync(new URL('../../templates/style.css', import.meta.url), 'utf8'));
  });

  it('names the theme template that fails, and the page, in one line', async () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    mkdirSync(path.join(root, 'theme'));
    writeFileSync(path.join(root, 'theme/message.eta'), '<p><%= it.nope.deeper %></p>\n');
    await expect(buildSite(buildOptions(root))).rejects.toThrow(
      /^The template theme\/message\.eta \(or a partial it includes\) failed on the page \/2026\/a\/: Cannot read properties of undefined \(reading 'deeper'\)$/,
    );
    writeFileSync(path.join(root, 'theme/message.eta'), '<% if ( { %>\n');
    await expect(buildSite(buildOptions(root))).rejects.toThrow(
      /^The template theme\/message\.eta \(or a partial it includes\) failed on the page \/2026\/a\/: Bad template syntax: [^\n]*$/,
    );
  });

  it('writes every page kind for a small project', async () => {
    const root = makeProject(
      {
        'content/2026/roosterapp.md': VARIANTS.replace('---\n', '---\ntags: [app, Rooster]\ncampaign: invoering-app\n'),
        'content/2026/kick-off.md': message({ title: 'Kick-off roosterapp', date: '2026-02-03T09:00' }),
        'content/2026/app.png': 'PNG',
      },
      PLAN_WITH_URL,
    );
    const result = await buildSite(buildOptions(root));
    expect(result.built).toBe(true);
    const files = tree(path.join(root, 'site'));
    for (const f of [
      'index.html',
      '404.html',
      'archive/index.html',
      'search/index.html',
      '2026/nieuwe-roosterapp-vanaf-maart/index.html'.replace('nieuwe-roosterapp-vanaf-maart', 'roosterapp'),
      '2026/kick-off/index.html',
      'segments/magazijn/index.html',
      'segments/magazijn/feed.xml',
      'segments/magazijn/rss.xml',
      'segments/magazijn/feed.json',
      'goals/roosterapp/index.html',
      'campaigns/invoering-app/index.html',
      'tags/app/index.html',
      'tags/rooster/index.html',
      'feed.xml',
      'rss.xml',
      'feed.json',
      'sitemap.xml',
      'style.css',
      '2026/app.png',
    ]) {
      expect(files, f).toContain(f);
    }
    // The broken-link rule's list of the site's own places covers every file the build writes but the asset.
    const messagePages = new Set(['/2026/roosterapp/', '/2026/kick-off/']);
    expect(files.filter((f) => f !== '2026/app.png' && f !== SITE_MARKER && !sitesOwn(f, (url) => messagePages.has(url)))).toEqual([]);
  });

  it('shows a summary as its text, escaped once, on cards and in feeds', async () => {
    const root = makeProject(
      { 'content/2026/a.md': message({ body: 'Een pauze van < 10 minuten & "koffie" telt niet mee; Q&amp;A volgt.\n' }) },
      PLAN_WITH_URL,
    );
    await buildSite(buildOptions(root));
    const text = 'Een pauze van < 10 minuten & "koffie" telt niet mee; Q&A volgt.';
    expect(read(root, 'archive/index.html')).toContain(
      '<p class="summary">Een pauze van &lt; 10 minuten &amp; &quot;koffie&quot; telt niet mee; Q&amp;A volgt.</p>',
    );
    expect((JSON.parse(read(root, 'feed.json')) as { items: { summary: string }[] }).items[0]!.summary).toBe(text);
    // HTML in CDATA, as RSS readers expect: escaped once, for the HTML.
    expect(read(root, 'rss.xml')).toContain('<![CDATA[Een pauze van &lt; 10 minuten &amp; &quot;koffie&quot; telt niet mee; Q&amp;A volgt.]]>');
  });

  it('builds the search index from a title with a lone surrogate (a "\\uD800" escape in YAML)', async () => {
    const root = makeProject({ 'content/2026/a.md': message({ title: '"Nieuwe kantine open \\uD800"' }) });
    const result = await buildSite(buildOptions(root, { search: true }));
    expect(result.built).toBe(true);
    expect(result.searchPages).toBe(1);
    expect(read(root, '2026/a/index.html')).toContain('Nieuwe kantine open \uFFFD');
  });

  it('gives each tag its own page, whatever its letters', async () => {
    const root = makeProject({
      'content/2026/a.md': message({ title: 'Eerste', extra: 'tags: ["hr/ict", 日本, Veiligheid]' }),
      'content/2026/b.md': message({ title: 'Tweede', date: '2026-02-03T09:00', extra: 'tags: [ict, veiligheid]' }),
    });
    await buildSite(buildOptions(root));
    expect(tree(path.join(root, 'site/tags'))).toEqual(['hr-ict/index.html', 'ict/index.html', 'veiligheid/index.html', '日本/index.html']);
    expect(read(root, 'tags/hr-ict/index.html')).toContain('Eerste');
    expect(read(root, 'tags/hr-ict/index.html')).not.toContain('Tweede');
    expect(read(root, 'tags/ict/index.html')).toContain('Tweede');
    // Case makes no second page.
    expect(read(root, 'tags/veiligheid/index.html')).toMatch(/Eerste[\s\S]*Tweede|Tweede[\s\S]*Eerste/);
    expect(read(root, '2026/a/index.html')).toContain('href="../../tags/日本/"');
  });

  it('shows the why, the call-to-action and every segment block, labelled, on the message page', async () => {
    const root = makeProject({
      'content/2026/roosterapp.md': VARIANTS,
      'content/2026/kick-off.md': message({ date: '2026-02-03T09:00', title: 'Kick-off' }),
      'content/2026/app.png': 'PNG',
    });
    await buildSite(buildOptions(root));
    const html = read(root, '2026/roosterapp/index.html');
    expect(html).toContain('Je ruilt straks zelf diensten met collega’s');
    expect(html).toMatch(/href="https:\/\/intranet\.example\/app"[^>]*>[^<]*Installeer de app/);
    expect(html).toContain('Je ziet ook je route voor morgen.');
    expect(html).toContain('Je ziet ook welke hal je hebt.');
    expect(html).toMatch(/class="segment-label">[^<]*Chauffeurs/);
    // Relative links become page URLs and asset paths, relative to the page.
    expect(html).toContain('href="../../2026/kick-off/"');
    expect(html).toContain('src="../../2026/app.png"');
  });

  it('labels each segment block with a real heading, one level below the heading before it', async () => {
    const body =
      ':::for{segment=magazijn}\nEerst het magazijn.\n:::\n\n## Wat verandert er\n\nTekst.\n\n:::for{segment=chauffeurs}\nDan de chauffeurs.\n\n#### Diep\n:::\n\n:::for{segment=kantoor}\nEn kantoor.\n:::\n';
    const root = makeProject({ 'content/2026/a.md': message({ audience: '[magazijn, chauffeurs, kantoor]', body }) });
    await buildSite(buildOptions(root));
    const html = read(root, '2026/a/index.html');
    expect(html).toContain('<h2 class="segment-label">Voor Magazijn</h2>');
    expect(html).toContain('<h3 class="segment-label">Voor Chauffeurs</h3>');
    expect(html).toContain('<h3 class="segment-label">Voor Kantoor</h3>');
    expect(html).not.toMatch(/<p class="segment-label">/);
  });

  it('gives each segment only its own blocks, on its page and in its feeds', async () => {
    const root = makeProject(
      {
        'content/2026/roosterapp.md': VARIANTS,
        'content/2026/kick-off.md': message({ date: '2026-02-03T09:00', title: 'Kick-off' }),
        'content/2026/app.png': 'PNG',
      },
      PLAN_WITH_URL,
    );
    await buildSite(buildOptions(root));
    // The segment's page lists cards (a summary of the shared text); the text written for it is on the message page and in its feeds.
    const page = read(root, 'segments/chauffeurs/index.html');
    expect(page).toContain('<h2 class="card-title"><a href="../../2026/roosterapp/">');
    expect(page).not.toContain('Je ziet ook welke hal je hebt.');
    const feed = JSON.parse(read(root, 'segments/chauffeurs/feed.json')) as { items: { content_html: string; url: string }[] };
    const item = feed.items.find((i) => i.url.endsWith('/2026/roosterapp/'))!;
    expect(item.content_html).toContain('Je ziet ook je route voor morgen.');
    expect(item.content_html).not.toContain('welke hal');
    expect(item.url).toBe('https://intranet.example/nieuws/2026/roosterapp/');
    expect(item.content_html).toContain('https://intranet.example/nieuws/2026/kick-off/');
  });

  it("shows a segment's intro to its readers, and its description and persona and a goal's measure nowhere: no page, feed or search record", async () => {
    const plan = PLAN_WITH_URL.replace('measure: Aandeel ruilingen via de app', 'measure: Aandeel metingm5 via de app')
      .replace(
        '    name: Magazijn\n',
        '    name: Magazijn\n    description: Notitie plannotitieq7 voor het team\n    intro: Welkom lezersintrox9 in het magazijn\n    persona: {needs: [Behoefte personaz3], motivations: [Motief personaz3]}\n',
      )
      .replace('    name: Chauffeurs\n', '    name: Chauffeurs\n    description: Ook plannotitieq7 hier\n');
    const root = makeProject(
      {
        'content/2026/roosterapp.md': VARIANTS,
        'content/2026/kick-off.md': message({ date: '2026-02-03T09:00', title: 'Kick-off' }),
        'content/2026/app.png': 'PNG',
      },
      plan,
    );
    expect(plan).toContain('metingm5');
    const result = await buildSite(buildOptions(root, { search: true }));
    expect(result.built).toBe(true);
    const site = path.join(root, 'site');
    const files = tree(site);
    expect(files.some((f) => f.startsWith('pagefind/') && f.endsWith('.pf_fragment'))).toBe(true);
    for (const file of files) {
      let bytes = readFileSync(path.join(site, file));
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes); // Pagefind's index and fragments
      const text = bytes.toString('utf8');
      expect(text, file).not.toContain('plannotitieq7');
      expect(text, file).not.toContain('personaz3');
      expect(text, file).not.toContain('metingm5');
    }
    // The intro is on the segment's own page; the home page keeps to the news and a row of segment names.
    expect(read(root, 'index.html')).not.toContain('lezersintrox9');
    const segment = read(root, 'segments/magazijn/index.html');
    expect(segment).toContain('<p class="lead">Welkom lezersintrox9 in het magazijn</p>');
    expect(segment).toContain('<meta name="description" content="Welkom lezersintrox9 in het magazijn">');
    expect(read(root, 'segments/magazijn/feed.json')).toContain('Welkom lezersintrox9');
    expect(read(root, 'segments/chauffeurs/index.html')).toContain('<p class="lead">Alle berichten voor deze doelgroep, nieuwste eerst.</p>');
  });

  it('keeps a hostile segment name and tag text in every feed: never markup in a reader', async () => {
    const HOSTILE = '<img src=x onerror=alert(1)>';
    const plan = PLAN_WITH_URL.replace('    name: Magazijn\n', `    name: "Magazijn ${HOSTILE}"\n`);
    const body = 'Voor iedereen.\n\n:::for{segment=magazijn}\nAlleen het magazijn.\n:::\n';
    const text = (tag: string) => message({ title: "Q&A, wat collega's vragen", audience: '[magazijn]', body }).replace('---\n', `---\ntags: ["${tag}"]\n`);
    // A tag is plain words: one with markup is a front-matter error, and never reaches a feed.
    const refused = makeProject({ 'content/2026/a.md': text(HOSTILE) }, plan);
    const stopped = await buildSite(buildOptions(refused));
    expect(stopped.diagnostics.filter((d) => d.severity === 'error').map((d) => d.messageId)).toEqual(['tag-markup']);
    const anyway = await buildSite(buildOptions(refused, { check: false }));
    expect(anyway.built).toBe(true);
    expect(existsSync(path.join(refused, 'site/tags'))).toBe(false);

    const root = makeProject({ 'content/2026/a.md': text("R&D's team") }, plan);
    const result = await buildSite(buildOptions(root));
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    for (const folder of ['', 'segments/magazijn/']) {
      const rss = read(root, `${folder}rss.xml`);
      const atom = read(root, `${folder}feed.xml`);
      for (const feed of [rss, atom]) expect(feed).not.toMatch(/<img src=x/);
      expect(rss).toContain("<title>Q&amp;A, wat collega's vragen</title>");
      expect(rss).toMatch(/<category>R&amp;amp;D(&amp;#39;|&amp;#x27;|')s team<\/category>/);
    }
    // The channel title is plain text escaped once, like an item title; the description is HTML-escaped (readers make HTML of it).
    expect(read(root, 'segments/magazijn/rss.xml')).toContain('<title>Testnieuws — Magazijn &lt;img src=x onerror=alert(1)&gt;</title>');
  });

  it('uses --base-url over the plan for absolute URLs in feeds and the sitemap', async () => {
    const root = makeProject({ 'content/2026/a.md': message() }, PLAN_WITH_URL);
    await buildSite(buildOptions(root, { baseUrl: 'https://nieuws.example.org/intern' }));
    expect(read(root, 'feed.xml')).toContain('<id>https://nieuws.example.org/intern/2026/a/</id>');
    expect(read(root, 'sitemap.xml')).toContain('<loc>https://nieuws.example.org/intern/2026/a/</loc>');
    expect(read(root, 'feed.xml')).not.toContain('intranet.example/nieuws');
    // Without any base URL there is nothing absolute to point at: no feeds, no sitemap, and no links to them.
    const bare = makeProject({ 'content/2026/a.md': message() });
    await buildSite(buildOptions(bare));
    expect(existsSync(path.join(bare, 'site/feed.xml'))).toBe(false);
    expect(existsSync(path.join(bare, 'site/sitemap.xml'))).toBe(false);
    expect(read(bare, 'index.html')).not.toContain('feed.xml');
  });

  it('sanitises raw HTML and escapes front-matter everywhere', async () => {
    const hostile = message({
      title: `'"><script>alert(1)</script>'`,
      why: '<img src=x onerror=alert(2)> zodat iedereen veilig kan werken vandaag',
      body: '<script>alert(3)</script>\n\n<a href="javascript:alert(4)">klik</a> <img src="x" onerror="alert(5)" alt="x"> <iframe src="https://evil.example"></iframe>\n\n<p style="color:red" onclick="alert(6)">tekst</p>\n\n[link](javascript:alert(7))\n\n<style>p{color:red}</style><noscript>geen script</noscript><iframe>geen frame</iframe><select><option>keuze</option></select>\n',
    });
    const root = makeProject({ 'content/2026/hostile.md': hostile }, PLAN_WITH_URL);
    await buildSite(buildOptions(root, { check: false }));
    for (const file of tree(path.join(root, 'site')).filter((f) => /\.(html|xml)$/.test(f))) {
      const text = read(root, file);
      // Escaped text may say "onerror=": what matters is what is inside real tags.
      // The site's own script (templates/site.js, never content) is the one script tag a page may have.
      const tags = (text.match(/<[a-z][^>]*>/gi) ?? []).filter((t) => !/^<script src="(\.\/|(\.\.\/)+)site\.js" defer>$/.test(t));
      for (const tag of tags.map((t) => t.replace(/"[^"]*"/g, (v) => (/^"\s*javascript:/i.test(v) ? v : '""'))))
        expect(tag, file).not.toMatch(/^<(script|iframe|object|embed|form)\b|\son\w+\s*=|javascript:|\sstyle\s*=/i);
    }
    // JSON Feed titles are plain text by the spec; the HTML content must be sanitised.
    const json = JSON.parse(read(root, 'feed.json')) as { items: { content_html: string }[] };
    for (const item of json.items) {
      for (const tag of item.content_html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/^<(script|iframe)\b|\son\w+\s*=|javascript:|\sstyle\s*=/i);
    }
    expect(read(root, '2026/hostile/index.html')).toContain('<h1>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    // Removed elements take their content with them: no CSS or fallback text in the body.
    expect(read(root, '2026/hostile/index.html')).not.toMatch(/color:red|geen script|geen frame|keuze/);
  });

  it('keeps links whose scheme is written in capitals, and abbr and figure with their captions; a JAVASCRIPT: link still loses its href', async () => {
    const body = [
      'Zie [de site](HTTPS://Example.com/Rooster) of <a href="Mailto:hr@example.com">mail HR</a>, niet [dit](JAVASCRIPT:alert(1)).',
      '',
      '<abbr title="Human Resources" onclick="alert(1)">HR</abbr> helpt.',
      '',
      '<figure><img src="https://example.com/x.png" alt="Het nieuwe rooster"><figcaption>Het rooster van maart</figcaption></figure>',
    ].join('\n');
    const root = makeProject({ 'content/2026/caps.md': message({ body }) }, PLAN_WITH_URL);
    await buildSite(buildOptions(root, { check: false }));
    const html = read(root, '2026/caps/index.html');
    expect(html).toContain('<a href="https://Example.com/Rooster">de site</a>');
    expect(html).toContain('<a href="mailto:hr@example.com">mail HR</a>');
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain('<abbr title="Human Resources">HR</abbr>');
    expect(html).toContain('<figure><img src="https://example.com/x.png" alt="Het nieuwe rooster"><figcaption>Het rooster van maart</figcaption></figure>');
  });

  it('leaves out drafts and future messages unless asked', async () => {
    const root = makeProject({
      'content/2026/draft.md': message({ title: 'Concept', extra: 'draft: true' }),
      'content/2026/later.md': message({ title: 'Later', date: '2026-09-01T09:00', goal: 'veilig-werken' }),
      'content/2026/now.md': message({ title: 'Nu', date: '2026-02-10T09:00' }),
    });
    await buildSite(buildOptions(root));
    expect(existsSync(path.join(root, 'site/2026/now/index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'site/2026/draft/index.html'))).toBe(false);
    expect(existsSync(path.join(root, 'site/2026/later/index.html'))).toBe(false);
    await buildSite(buildOptions(root, { drafts: true, future: true }));
    expect(existsSync(path.join(root, 'site/2026/draft/index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'site/2026/later/index.html'))).toBe(true);
  });

  it('paginates segment pages by 20: cards, newest first, never the bodies (the feed keeps the text)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 45; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 28) * 2).padStart(2, '0');
      const body = `Eerste alinea ${i}.\n\n:::for{segment=directie}\nAlleen-directie-tekst${i}.\n:::\n`;
      files[`content/2026/bericht-${i}.md`] = message({ title: `Bericht ${i}`, date: `2026-${month}-${day}T09:00`, audience: '[directie]', body });
    }
    const root = makeProject(files, PLAN_WITH_URL);
    await buildSite(buildOptions(root, { check: false }));
    expect(existsSync(path.join(root, 'site/segments/directie/page/3/index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'site/segments/directie/page/4/index.html'))).toBe(false);
    const pages = [1, 2, 3].map((n) => read(root, n === 1 ? 'segments/directie/index.html' : `segments/directie/page/${n}/index.html`));
    expect(pages[1]).toContain('href="../../../../segments/directie/page/3/"');
    const titles = (html: string) => [...html.matchAll(/<h2 class="card-title"><a href="[^"]*">Bericht (\d+)<\/a>/g)].map((m) => Number(m[1]));
    expect(pages.map((html) => titles(html).length)).toEqual([20, 20, 5]);
    // Newest first: bericht-44 (March) leads, bericht-0 (1 January) closes the last page.
    const all = pages.flatMap(titles);
    expect(all[0]).toBe(44);
    expect(all.at(-1)).toBe(0);
    for (const html of pages) {
      expect(html).not.toContain('Alleen-directie-tekst');
      expect(html).not.toContain('class="prose"');
      expect(html).toContain('<p class="summary">Eerste alinea');
    }
    expect(read(root, 'segments/directie/feed.json')).toContain('Alleen-directie-tekst44');
  });
});

describe('herald build: safety and atomicity', () => {
  it('gives the same bytes for the same input', async () => {
    const root = makeProject(
      {
        'content/2026/roosterapp.md': VARIANTS,
        'content/2026/kick-off.md': message({ date: '2026-02-03T09:00', title: 'Kick-off' }),
        'content/2026/app.png': 'PNG',
      },
      PLAN_WITH_URL,
    );
    await buildSite(buildOptions(root));
    const first = Object.fromEntries(tree(path.join(root, 'site')).map((f) => [f, read(root, f)]));
    await buildSite(buildOptions(root, { now: Date.parse('2026-06-02T00:00:00Z') }));
    const second = Object.fromEntries(tree(path.join(root, 'site')).map((f) => [f, read(root, f)]));
    expect(second).toEqual(first);
  });

  it('stops on lint errors and leaves the previous site as it was', async () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    await buildSite(buildOptions(root));
    const before = read(root, 'index.html');
    const mtime = statSync(path.join(root, 'site/index.html')).mtimeMs;
    writeFileSync(path.join(root, 'content/2026/b.md'), message({ title: 'Kapot', audience: '[onbekend]' }));
    const result = await buildSite(buildOptions(root));
    expect(result.built).toBe(false);
    expect(result.diagnostics.some((d) => d.ruleId === 'unknown-reference')).toBe(true);
    expect(read(root, 'index.html')).toBe(before);
    expect(statSync(path.join(root, 'site/index.html')).mtimeMs).toBe(mtime);
    expect(readdirSync(root).filter((n) => n.includes('herald-tmp'))).toEqual([]);
  });

  it('a page that fails to render, while Pagefind is busy with the index, leaves the previous site and no temp folder', async () => {
    const root = makeProject({ 'content/2026/a.md': message(), 'content/2026/b.md': message({ title: 'Tweede bericht', date: '2026-02-04T09:00' }) });
    await buildSite(buildOptions(root, { search: true }));
    const before = tree(path.join(root, 'site'));
    expect(before).toContain('pagefind/pagefind.js');
    mkdirSync(path.join(root, 'theme'));
    writeFileSync(path.join(root, 'theme/message.eta'), '<%= it.message.nonexistent.title %>\n');
    await expect(buildSite(buildOptions(root, { search: true }))).rejects.toThrow(/reading 'title'/);
    expect(tree(path.join(root, 'site'))).toEqual(before);
    expect(readdirSync(root).filter((n) => n.includes('.herald-'))).toEqual([]);
  });

  it('with --no-check leaves out a message whose body cannot be rendered, says why, and publishes the rest', async () => {
    const deep = '<div>'.repeat(5000) + 'x' + '</div>'.repeat(5000);
    const list = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- punt ${i + 1}`).join('\n');
    const root = makeProject({
      'content/2026/a.md': message({ body: `Tien niveaus:\n\n${list}\n` }),
      'content/2026/diep.md': message({ title: 'Diep', date: '2026-02-03T09:00', body: deep }),
    });
    const result = await buildSite(buildOptions(root, { check: false }));
    expect(result.built).toBe(true);
    expect(result.messages).toBe(1);
    expect(read(root, '2026/a/index.html').match(/<ul>\s*<li>punt \d+/g)).toHaveLength(10);
    expect(read(root, '2026/a/index.html')).toContain('punt 10');
    expect(result.diagnostics).toMatchObject([
      { ruleId: 'body-structure', messageId: 'nested-too-deeply', file: 'content/2026/diep.md', line: 11, severity: 'error' },
    ]);
    expect(read(root, '2026/a/index.html')).toContain('Nieuwe roosterapp vanaf maart');
    expect(tree(path.join(root, 'site')).some((f) => f.includes('diep'))).toBe(false);
    expect(read(root, 'index.html')).not.toContain('Diep');
  });

  it('stops on a body that cannot be rendered when checking, and leaves the previous site', async () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    await buildSite(buildOptions(root));
    const before = read(root, 'index.html');
    writeFileSync(path.join(root, 'content/2026/diep.md'), message({ title: 'Diep', body: '<div>'.repeat(5000) + 'x' + '</div>'.repeat(5000) }));
    const result = await buildSite(buildOptions(root));
    expect(result.built).toBe(false);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['body-structure']);
    expect(read(root, 'index.html')).toBe(before);
    expect(readdirSync(root).filter((n) => n.includes('.herald-'))).toEqual([]);
  });

  it('refuses to replace the project or a folder of the user’s own files', async () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    await expect(buildSite(buildOptions(root, { out: '.' }))).rejects.toThrow(/contains the project/);
    await expect(buildSite(buildOptions(root, { out: 'content/site' }))).rejects.toThrow(/inside content/);
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/handbook.md'), 'mine');
    await expect(buildSite(buildOptions(root, { out: 'docs' }))).rejects.toThrow(/did not write/);
    expect(readFileSync(path.join(root, 'docs/handbook.md'), 'utf8')).toBe('mine');
    writeFileSync(path.join(root, 'notes'), 'mine');
    await expect(buildSite(buildOptions(root, { out: 'notes' }))).rejects.toThrow(/is a file, not a folder/);
    expect(readFileSync(path.join(root, 'notes'), 'utf8')).toBe('mine');
    // Through a symlink too: c -> content, so c/site is content/site.
    symlinkSync(path.join(root, 'content'), path.join(root, 'c'));
    await expect(buildSite(buildOptions(root, { out: 'c/site' }))).rejects.toThrow(/inside content/);
    expect(existsSync(path.join(root, 'content/site'))).toBe(false);
  });

  it('refuses an output folder inside content/ when content/ itself is a symlink', async () => {
    const elsewhere = makeProject({ 'content/2026/a.md': message() });
    const root = makeProject({});
    rmSync(path.join(root, 'content'), { recursive: true, force: true });
    symlinkSync(path.join(elsewhere, 'content'), path.join(root, 'content'));
    await expect(buildSite(buildOptions(root, { out: 'content/site' }))).rejects.toThrow(/inside content/);
    expect(existsSync(path.join(elsewhere, 'content/site'))).toBe(false);
  });

  it('never publishes a file under content/ in the place of a file the site writes itself, nor a page or script a browser would run (a plain SVG drawing is fine)', async () => {
    const root = makeProject(
      {
        'content/2026/a.md': message({
          body: 'Zie [de feed](../feed.xml), ![de kaart](../segments/kaart.png) en [b](./b/index.html).\n\n[Bijlage](./bijlage.html) ![Plan](./plan.svg) ![Kaart](./kaart.svg) [archief](../archive)\n',
        }),
        'content/2026/bijlage.html': '<script>alert(document.domain)</script>',
        'content/2026/plan.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        'content/2026/kaart.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
        'content/archive': 'a file named like a folder of the site',
        'content/2026/b.md': message({ title: 'Bericht b', date: '2026-02-03T09:00' }),
        'content/2026/b/index.html': '<p>mine</p>',
        'content/feed.xml': '<feed>mine</feed>',
        'content/segments/kaart.png': 'PNG',
      },
      PLAN_WITH_URL,
    );
    const stopped = await buildSite(buildOptions(root));
    expect(stopped.built).toBe(false);
    expect(stopped.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual([
      'broken-link 11:5',
      'broken-link 11:29',
      'broken-link 11:67',
      'broken-link 13:1',
      'broken-link 13:27',
      'broken-link 13:69',
    ]);

    const result = await buildSite(buildOptions(root, { check: false }));
    expect(result.built).toBe(true);
    expect(read(root, 'feed.xml')).toMatch(/^<\?xml/);
    expect(read(root, '2026/b/index.html')).toContain('Bericht b');
    expect(existsSync(path.join(root, 'site/segments/kaart.png'))).toBe(false);
    expect(tree(path.join(root, 'site/2026'))).toEqual(['a/index.html', 'b/index.html', 'kaart.svg']);
    // Left as written: a dead link in the page, which the check reported; the user's files are untouched.
    expect(read(root, '2026/a/index.html')).toContain('href="../feed.xml"');
    expect(readFileSync(path.join(root, 'content/feed.xml'), 'utf8')).toBe('<feed>mine</feed>');
  });

  it('with --no-check runs front-matter alone, and reads the plan’s rules as the check does (none is unknown)', async () => {
    const root = makeProject(
      { 'content/2026/a.md': message({ extra: 'lint: {disable: [hype]}' }) },
      `${PLAN}rules:\n  hype: off\n  why-missing: [warn, {minWords: 4}]\n  nonsens: warn\n`,
    );
    const result = await buildSite(buildOptions(root, { check: false }));
    expect(result.built).toBe(true);
    // The plan's one real mistake is still reported; the rules it switches or tunes are not called unknown.
    expect(result.diagnostics).toMatchObject([{ ruleId: 'plan-schema', messageId: 'unknown-rule', data: { id: 'nonsens' } }]);
  });

  it('never writes outside the output folder through links', async () => {
    const root = makeProject({
      'content/2026/a.md': message({ body: 'Zie [dit](../../plans/plan.yaml) en ![x](../../../etc/passwd).\n' }),
    });
    await buildSite(buildOptions(root, { check: false }));
    expect(tree(path.join(root, 'site')).some((f) => f.includes('plan.yaml') || f.includes('passwd'))).toBe(false);
  });
});

describe('herald build (the CLI)', () => {
  it('builds the site, prints one summary line and exits 0', () => {
    const root = makeProject({ 'content/2026/a.md': message() }, PLAN_WITH_URL);
    const result = herald(['build', '--root', root, '--no-search', '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built \d+ pages from 1 message in [\d.]+ s → /m);
    expect(existsSync(path.join(root, 'site/2026/a/index.html'))).toBe(true);
  });

  it("ends its summary with the scheduled messages it left out and the next publish moment, in the writer's language", () => {
    const root = makeProject(
      {
        'content/2026/a.md': message(),
        'content/2099/later.md': message({ title: 'Later', date: '2099-12-18T09:00' }),
        'content/2099/next.md': message({ title: 'Eerstvolgend', date: '2099-12-11T09:00' }),
        'content/2099/concept.md': message({ title: 'Concept', date: '2099-12-01T09:00' }).replace('---\n', '---\ndraft: true\n'),
      },
      PLAN_WITH_URL,
    );
    const en = herald(['build', '--root', root, '--lang', 'en', '--no-search']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(
      /^Built \d+ pages from 1 message in [\d.]+ s → .*\n2 scheduled messages not published; the next one appears Fri 11 Dec 2099 at 09:00\n$/,
    );
    const nl = herald(['build', '--root', root, '--lang', 'nl', '--no-search', '--no-check']);
    expect(nl.code).toBe(0);
    expect(nl.stdout.trimEnd().split('\n').at(-1)).toBe('2 geplande berichten niet gepubliceerd; het volgende verschijnt vr 11 dec 2099 om 09:00');
    const future = herald(['build', '--root', root, '--lang', 'en', '--no-search', '--future']);
    expect(future.stdout).not.toContain('scheduled');
  });

  it('with --no-check names the front-matter mistake that left a message out, not missing fields', () => {
    const root = makeProject({
      'content/2026/a.md': message(),
      'content/2026/dubbelepunt.md': message({ title: 'Let op: nieuwe tijden' }),
      'content/2026/komma.md': message({ audience: 'magazijn, chauffeurs' }),
      'content/2026/leeg.md': '---\ndate: 2026-02-02T09:00\naudience: [magazijn]\n---\nGeen titel.\n',
    });
    const nl = herald(['build', '--root', root, '--no-search', '--no-check', '--lang', 'nl']);
    expect(nl.code).toBe(0);
    const left = nl.stderr.split('\n').filter((l) => l.includes('weggelaten'));
    expect(left).toEqual([
      'herald: content/2026/dubbelepunt.md is weggelaten. Herstel de front-matter op regel 2, dan komt het bericht op de site. De melding hierboven (of herald check) zegt hoe.',
      'herald: content/2026/komma.md is weggelaten. Herstel de front-matter op regel 4, dan komt het bericht op de site. De melding hierboven (of herald check) zegt hoe.',
      // A missing title is a front-matter finding too, at the opening line.
      'herald: content/2026/leeg.md is weggelaten. Herstel de front-matter op regel 1, dan komt het bericht op de site. De melding hierboven (of herald check) zegt hoe.',
    ]);
    const en = herald(['build', '--root', root, '--no-search', '--no-check', '--lang', 'en']);
    expect(en.stderr).toContain(
      'herald: left out content/2026/dubbelepunt.md: fix its front-matter at line 2 to put it on the site (the finding above, or herald check, says how).',
    );
    expect(en.stderr).not.toContain('lacks');
  });

  it('exits 1 and shows the findings when the check fails', () => {
    const root = makeProject({ 'content/2026/a.md': message({ audience: '[onbekend]' }) });
    const result = herald(['build', '--root', root, '--no-search', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('unknown-reference');
    expect(result.stderr).toMatch(/nothing was built/);
    expect(existsSync(path.join(root, 'site'))).toBe(false);
  });

  it('builds the search index with Pagefind, byte for byte the same each time', () => {
    const root = makeProject(
      { 'content/2026/a.md': message(), 'content/2026/b.md': message({ title: 'Tweede bericht', date: '2026-02-04T09:00' }) },
      PLAN_WITH_URL,
    );
    expect(herald(['build', '--root', root]).code).toBe(0);
    expect(existsSync(path.join(root, 'site/pagefind/pagefind.js'))).toBe(true);
    const first = Object.fromEntries(tree(path.join(root, 'site')).map((f) => [f, readFileSync(path.join(root, 'site', f)).toString('base64')]));
    expect(herald(['build', '--root', root]).code).toBe(0);
    const second = Object.fromEntries(tree(path.join(root, 'site')).map((f) => [f, readFileSync(path.join(root, 'site', f)).toString('base64')]));
    expect(second).toEqual(first);
  });
});

describe('herald build: a rebuild over the spare (the previous site kept beside site/)', () => {
  it('gives the same files, byte for byte, as a build into an empty folder, with search', async () => {
    const root = makeProject(
      {
        'content/2026/roosterapp.md': VARIANTS,
        'content/2026/kick-off.md': message({ date: '2026-02-03T09:00', title: 'Kick-off' }),
        'content/2026/weg.md': message({ date: '2026-02-17T09:00', title: 'Verdwijnt straks', extra: 'tags: [eenmalig]' }),
        'content/2026/app.png': 'PNG',
      },
      PLAN_WITH_URL,
    );
    const bytes = (dir: string) => Object.fromEntries(tree(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
    const first = await buildSite(buildOptions(root, { search: true }));
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await buildSite(buildOptions(root, { search: true }));
    expect(existsSync(path.join(root, '.site.herald-spare/2026/weg/index.html'))).toBe(true);
    // A message goes (and with it its tag page), one is added: the third build writes over the first build's site.
    rmSync(path.join(root, 'content/2026/weg.md'));
    writeFileSync(path.join(root, 'content/2026/nieuw.md'), message({ date: '2026-02-18T09:00', title: 'Nieuw bericht' }));
    const third = await buildSite(buildOptions(root, { search: true }));
    expect(third.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await buildSite(buildOptions(root, { search: true, out: 'fresh' }));
    const rebuilt = bytes(path.join(root, 'site'));
    expect(Object.keys(rebuilt)).toContain('2026/nieuw/index.html');
    expect(Object.keys(rebuilt).filter((f) => f.includes('weg') || f.includes('eenmalig'))).toEqual([]);
    expect(rebuilt).toEqual(bytes(path.join(root, 'fresh')));
  });
});

describe('herald build: a build that stops on lint errors', () => {
  it('gives back the spare it took before the check, as it was', async () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    await buildSite(buildOptions(root));
    await buildSite(buildOptions(root));
    const spare = path.join(root, '.site.herald-spare');
    const before = tree(spare);
    expect(before).toContain('2026/a/index.html');
    writeFileSync(path.join(root, 'content/2026/b.md'), message({ title: 'Kapot', audience: '[onbekend]' }));
    expect((await buildSite(buildOptions(root))).built).toBe(false);
    expect(tree(spare)).toEqual(before);
    expect(readdirSync(root).filter((n) => n.includes('.herald-'))).toEqual(['.site.herald-spare']);
  });
});

describe('herald build: an interrupted build', () => {
  it('is cleaned up by the next build, and a site caught between two renames is restored, even when that build stops on lint errors', async () => {
    const root = makeProject({ 'content/2026/a.md': message() });
    await buildSite(buildOptions(root));
    const before = read(root, 'index.html');
    // A build killed while writing leaves its temp folder; one killed between the renames leaves the old site aside.
    // (4194399 is above any pid a system hands out, so no running build owns these folders.)
    mkdirSync(path.join(root, '.site.herald-tmp-4194399/2026'), { recursive: true });
    writeFileSync(path.join(root, '.site.herald-tmp-4194399/index.html'), 'half');
    const { renameSync } = await import('node:fs');
    renameSync(path.join(root, 'site'), path.join(root, '.site.herald-old-4194399'));
    writeFileSync(path.join(root, 'content/2026/b.md'), message({ title: 'Kapot', audience: '[onbekend]' }));
    const result = await buildSite(buildOptions(root));
    expect(result.built).toBe(false);
    // The check failed, so nothing new was written, but the previous site is back in place (and the leftovers gone).
    expect(read(root, 'index.html')).toBe(before);
    expect(readdirSync(root).filter((n) => n.includes('.herald-'))).toEqual(['.site.herald-spare']);
    writeFileSync(path.join(root, 'content/2026/b.md'), message({ title: 'Tweede', date: '2026-02-04T09:00' }));
    await buildSite(buildOptions(root));
    expect(readdirSync(root).filter((n) => n.includes('.herald-'))).toEqual(['.site.herald-spare']);
    expect(read(root, 'index.html')).toContain('Tweede');
    expect(before).not.toContain('Tweede');
  });
});

describe('herald build --no-check', () => {
  it('renders despite lint errors, reports only front-matter problems, and leaves unreadable files out', async () => {
    const root = makeProject({
      'content/2026/good.md': message({ title: 'Goed bericht', why: null }),
      'content/2026/broken.md': '---\ntitle: [kapot\n---\nTekst\n',
    });
    const stopped = await buildSite(buildOptions(root));
    expect(stopped.built).toBe(false);
    expect(stopped.diagnostics.map((d) => d.ruleId).sort()).toEqual(['front-matter', 'why-missing']);

    const result = await buildSite(buildOptions(root, { check: false }));
    expect(result.built).toBe(true);
    expect(result.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual(['content/2026/broken.md front-matter']);
    expect(result.skipped).toEqual(['content/2026/broken.md']);
    expect(existsSync(path.join(root, 'site/2026/good/index.html'))).toBe(true);
  });
});

describe('herald build: the next publish moment', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');
  it("is the day and time in the site's time zone, in the writer's language, with the year only when it is not this year", () => {
    expect(publishMoment(Date.parse('2026-12-11T08:00:00Z'), 'nl', 'Europe/Amsterdam', now)).toEqual({ day: 'vr 11 dec', time: '09:00' });
    expect(publishMoment(Date.parse('2026-12-11T08:00:00Z'), 'en', 'Europe/Amsterdam', now)).toEqual({ day: 'Fri 11 Dec', time: '09:00' });
    expect(publishMoment(Date.parse('2027-01-04T06:30:00Z'), 'en', 'Europe/Amsterdam', now)).toEqual({ day: 'Mon 4 Jan 2027', time: '07:30' });
    expect(publishMoment(Date.parse('2026-12-11T08:00:00Z'), 'en', 'America/New_York', now)).toEqual({ day: 'Fri 11 Dec', time: '03:00' });
  });
});
