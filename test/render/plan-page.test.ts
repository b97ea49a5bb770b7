import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/pipeline/build.js';
import { buildOptions } from '../helpers/build.js';
import { makeProject, message, PLAN } from '../helpers/project.js';

/**
 * The /plan/ dashboard as built: its SVG heatmap (one cell per segment and
 * week, with titles), the tables beside the charts, what a published site
 * must not show, and --no-plan-page.
 */
const HOSTILE = '<img src=x onerror=alert(1)>';
const DASH_PLAN = PLAN.replace('name: Directie', `name: "Directie ${HOSTILE}"`) + 'mix: {success: 0.2}\n';
const FILES = {
  'content/2026/a.md': message({ title: 'Bericht a', date: '2026-04-06T09:00', audience: '[magazijn]' }),
  'content/2026/b.md': message({ title: 'Bericht b', date: '2026-04-07T09:00', audience: '[magazijn]' }),
  'content/2026/c.md': message({ title: 'Bericht c', date: '2026-04-08T09:00', audience: '[magazijn]' }),
  'content/2026/d.md': message({ title: 'Voor iedereen', date: '2026-04-14T09:00', audience: 'all' }),
  'content/2026/later.md': message({
    title: 'Geheim plan voor mei',
    date: '2026-05-12T09:00',
    audience: '[kantoor]',
    kind: 'success',
    extra: 'campaign: invoering-app',
  }),
  'content/2026/start.md': message({
    title: 'Campagnestart',
    date: '2026-03-02T09:00',
    audience: '[chauffeurs]',
    kind: 'dialogue',
    extra: 'campaign: invoering-app',
  }),
};

// "Now" is 1 May: the May message is scheduled, not yet on the site.
const options = (root: string, extra: Parameters<typeof buildOptions>[1] = {}) =>
  buildOptions(root, { planPage: true, check: false, now: Date.parse('2026-05-01T00:00:00Z'), ...extra });

async function dashboard(extra: Parameters<typeof buildOptions>[1] = {}): Promise<{ root: string; html: string }> {
  const root = makeProject(FILES, DASH_PLAN);
  const result = await buildSite(options(root, extra));
  expect(result.built).toBe(true);
  return { root, html: readFileSync(path.join(root, 'site/plan/index.html'), 'utf8') };
}

function svg(html: string, cls: string): string {
  const match = new RegExp(`<svg class="chart ${cls}"[\\s\\S]*?</svg>`).exec(html);
  expect(match, `an svg.chart.${cls}`).not.toBeNull();
  return match![0];
}

describe('/plan/ dashboard', () => {
  it('draws a heatmap with one titled cell per segment and week, over the weeks the messages span', async () => {
    const { html } = await dashboard();
    const heatmap = svg(html, 'heatmap');
    expect(heatmap).toMatch(/^<svg[^>]* role="img" aria-labelledby="heatmap-title heatmap-desc"/);
    expect(heatmap).toContain('<title id="heatmap-title">Berichten per doelgroep per week</title>');
    expect(heatmap).toMatch(/<desc id="heatmap-desc">Heatmap van 4 doelgroepen over 11 weken\./);
    // 2026-W10 (2 March) to 2026-W20 (12 May): 11 weeks × 4 segments.
    const cells = [...heatmap.matchAll(/<g class="cell heat-(\w+)" data-segment="([^"]+)" data-week="([^"]+)">[\s\S]*?<title>([^<]*)<\/title><\/g>/g)];
    expect(cells).toHaveLength(44);
    expect(new Set(cells.map((c) => `${c[2]} ${c[3]}`)).size).toBe(44);
    expect(cells.map((c) => c[3]).slice(0, 11)).toEqual([
      '2026-W10',
      '2026-W11',
      '2026-W12',
      '2026-W13',
      '2026-W14',
      '2026-W15',
      '2026-W16',
      '2026-W17',
      '2026-W18',
      '2026-W19',
      '2026-W20',
    ]);
    const cell = (segment: string, week: string) => cells.find((c) => c[2] === segment && c[3] === week)!;
    expect(cell('magazijn', '2026-W15')[1]).toBe('over');
    expect(cell('magazijn', '2026-W15')[4]).toBe('Magazijn, 2026-W15: 3 berichten, budget 2 — boven budget');
    expect(cell('magazijn', '2026-W16')[1]).toBe('under');
    expect(cell('magazijn', '2026-W14')[1]).toBe('empty');
    expect(cell('kantoor', '2026-W20')[1]).toBe('under'); // the scheduled message counts
    expect(cell('directie', '2026-W16')[4]).toBe('Directie &lt;img src=x onerror=alert(1)&gt;, 2026-W16: 1 bericht, geen budget');
    expect(cells.filter((c) => c[1] === 'over')).toHaveLength(1);
    // The quiet week (27 April – 1 May) is hatched and named.
    expect(heatmap).toMatch(/<rect class="quiet-column"[^>]*><title>2026-W18: stille periode \(Inventarisatieweek\)<\/title><\/rect>/);
    expect(heatmap.match(/class="quiet-column"/g)).toHaveLength(1);
  });

  it('says the same in an accessible table beside the heatmap', async () => {
    const { html } = await dashboard();
    const table = /<table class="plan-table load-table">[\s\S]*?<\/table>/.exec(html)![0];
    expect(table).toContain('<caption>Berichten per doelgroep per week</caption>');
    expect(table.match(/<th scope="col"/g)).toHaveLength(12);
    expect(table.match(/<th scope="row"/g)).toHaveLength(4);
    expect(table).toContain('<td class="heat-over">3 / 2!<span class="visually-hidden"> (boven budget)</span></td>');
    expect(table).toContain('<th scope="col" class="quiet"><abbr title="27 april 2026 – 3 mei 2026 (stille periode: Inventarisatieweek)">W18</abbr></th>');
  });

  it('lists goals, campaigns with dialogue moments, the mix and neglected segments, without the titles of messages not yet published', async () => {
    const { html } = await dashboard();
    expect(html).toMatch(
      /<a href="\.\.\/goals\/roosterapp\/">Iedereen regelt zijn rooster in de app<\/a><\/th>\s*<td>6<\/td>\s*<td>Aandeel ruilingen via de app<\/td>/,
    );
    const timeline = svg(html, 'timeline');
    expect(timeline.match(/<path class="marker dialogue"/g)).toHaveLength(1);
    expect(timeline).toContain('<title>2026-03-02 · Dialoog: Campagnestart</title>');
    expect(timeline).toContain('<title>2026-05-12 · Succes: gepland bericht</title>');
    expect(html).not.toContain('Geheim plan voor mei');
    expect(html).toContain('<li class="dialogue"><span class="muted">2 maart 2026 · Dialoog</span> <a href="../2026/start/">Campagnestart</a></li>');
    expect(html).toContain('1 dialoogmoment');
    const mix = svg(html, 'mix');
    expect(mix.match(/<text class="label"/g)).toHaveLength(3); // March, April, May
    expect(html).toMatch(/<th scope="row">april 2026<\/th>\s*<td>4<\/td>/);
    expect(html).toContain('<td class="under-minimum">0 (0%)<br><span class="muted">minimaal 20%; onder het minimum</span></td>');
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/<img|<script|<[^>]*\sonerror=/);
  });

  it('is never linked from reader pages, is noindex and stays out of the sitemap', async () => {
    const { root, html } = await dashboard({ baseUrl: 'https://intranet.example/nieuws/' });
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(readFileSync(path.join(root, 'site/sitemap.xml'), 'utf8')).not.toContain('/plan/');
    for (const file of readdirSync(path.join(root, 'site'), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.html') || file.startsWith('plan')) continue;
      expect(readFileSync(path.join(root, 'site', file), 'utf8'), file).not.toMatch(/href="[^"]*plan\//);
    }
  });

  it('is opt-in: built only with site.planPage: true or --plan-page; --no-plan-page overrides the plan', async () => {
    const none = makeProject(FILES, DASH_PLAN);
    await buildSite(options(none, { planPage: undefined }));
    expect(existsSync(path.join(none, 'site/plan'))).toBe(false);

    const asked = makeProject(FILES, DASH_PLAN.replace('  timezone: Europe/Amsterdam', '  timezone: Europe/Amsterdam\n  planPage: true'));
    await buildSite(options(asked, { planPage: undefined }));
    expect(existsSync(path.join(asked, 'site/plan/index.html'))).toBe(true);
    await buildSite(options(asked, { planPage: false }));
    expect(existsSync(path.join(asked, 'site/plan'))).toBe(false);

    const flag = makeProject(FILES, DASH_PLAN);
    await buildSite(options(flag, { planPage: true }));
    expect(existsSync(path.join(flag, 'site/plan/index.html'))).toBe(true);
  });

  it('is the same bytes on every build', async () => {
    const { root, html } = await dashboard();
    await buildSite(options(root));
    expect(readFileSync(path.join(root, 'site/plan/index.html'), 'utf8')).toBe(html);
  });
});
