import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { strings } from '../../src/render/i18n/index.js';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.js';

/**
 * The built example site in a real browser, used the way a reader uses it:
 * choose a segment, open a message, search, read without JavaScript, on a
 * phone, in dark mode, with a screen reader's needs checked by axe-core.
 *
 * Nothing here hard-codes the example's sentences: titles, why texts and
 * calls to action come from the plan and the messages' front-matter, and
 * fixed labels ("Waarom?") from the site's own strings.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'dist/bundle/herald.mjs');
/** Screenshots for a human to look at; never committed. */
const SHOTS = path.join(tmpdir(), 'e2e-shots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

// ── The example project, read as its authors wrote it ─────────────────────

interface Plan {
  site: { title: string; language: 'nl' | 'en'; baseUrl?: string };
  segments: { id: string; name: string; description?: string; persona?: { needs?: string[]; motivations?: string[] } }[];
}

interface Source {
  file: string;
  data: {
    title: string;
    date: string | Date;
    slug?: string;
    audience: string | string[];
    why?: string;
    cta?: string | { text: string; url?: string };
    draft?: boolean;
  };
  body: string;
  /** The page the site should give it, `/2026/slug/`. */
  url: string;
}

function readPlan(): Plan {
  const merged: Record<string, unknown> = {};
  const dir = path.join(ROOT, 'plans');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) Object.assign(merged, parseYaml(readFileSync(path.join(dir, name), 'utf8')));
  return merged as unknown as Plan;
}

function readMessages(): Source[] {
  const sources: Source[] = [];
  const content = path.join(ROOT, 'content');
  for (const year of readdirSync(content)) {
    for (const name of readdirSync(path.join(content, year)).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(path.join(content, year, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) continue;
      const data = parseYaml(match[1]!) as Source['data'];
      const date = data.date instanceof Date ? data.date.toISOString() : String(data.date);
      const slug = data.slug ?? name.replace(/\.md$/, '');
      sources.push({ file: `content/${year}/${name}`, data, body: match[2]!, url: `/${date.slice(0, 4)}/${slug}/` });
    }
  }
  return sources;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const ctaText = (m: Source) => (typeof m.data.cta === 'string' ? m.data.cta : m.data.cta?.text);
const ctaUrl = (m: Source) => (typeof m.data.cta === 'object' ? m.data.cta.url : undefined);
/** A message a reader can check by eye: it has a why and a call to action with an absolute link (kept as written). */
const complete = (m: Source) => Boolean(m.data.why && ctaText(m) && /^https?:\/\//.test(ctaUrl(m) ?? ''));

const plan = readPlan();
const messages = readMessages();
const t = strings(plan.site.language);
/** The warehouse segment, the example's main audience; else the first one. */
const segment = plan.segments.find((s) => s.id === 'magazijn') ?? plan.segments[0]!;

// ── One build, one server, one browser for the whole file ─────────────────

let work: string;
let out: string;
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A new page in a fresh context (so colour scheme, viewport, JS settings and storage never leak between tests). */
async function open(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  contexts.push(context);
  const page = await context.newPage();
  const response = await page.goto(new URL(url.replace(/^\//, ''), server.url).href);
  expect(response?.status(), `GET ${url}`).toBe(200);
  return page;
}

/** Messages that made it into the built site (not drafts, not future-dated), in content/ order. */
const published = () => messages.filter((m) => existsSync(path.join(out, m.url, 'index.html')));

/** The site path of a URL the browser is on, e.g. `/2026/x/`. */
const sitePath = (page: Page) => new URL(page.url()).pathname;

beforeAll(async () => {
  // The browser first: without Chromium, fail at once with the one line that says how to get it.
  browser = await launchBrowser();
  work = mkdtempSync(path.join(tmpdir(), 'herald-e2e-'));
  out = path.join(work, 'site');
  const build = spawnSync(process.execPath, [CLI, 'build', '--root', ROOT, '--out', out, '--plan-page'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`herald build failed (exit ${build.status}):\n${build.stderr || build.stdout}`);
  server = await serveStatic(out);
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

/**
 * The first message on the segment's page that has a why and a linked call
 * to action, with its source: the page a reader would open from there.
 */
async function messageFromSegmentPage(page: Page): Promise<{ source: Source; link: string }> {
  const hrefs = await page.locator('main article h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length, `message links on ${segment.name}'s page`).toBeGreaterThan(0);
  for (const href of hrefs) {
    const source = messages.find((m) => m.url === new URL(href).pathname);
    if (source && complete(source)) return { source, link: href };
  }
  throw new Error(`no message with a why and a call-to-action link on ${segment.name}'s page: ${hrefs.join(', ')}`);
}

describe('the example site in a browser', { timeout: 60_000 }, () => {
  it('home shows the site title and the segment choice, and a segment leads to its messages', async () => {
    const page = await open('/');
    expect(await page.title()).toBe(plan.site.title);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(plan.site.title);

    const choice = page.getByRole('region', { name: t.chooseSegment });
    for (const s of plan.segments) expect(await choice.getByRole('link', { name: s.name, exact: true }).isVisible(), s.name).toBe(true);

    await choice.getByRole('link', { name: segment.name, exact: true }).click();
    await page.waitForURL(`**/segments/${segment.id}/`);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(segment.name);

    // Its messages: every one listed is meant for this segment (or for everyone).
    const listed = await page.locator('main article h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed.length).toBeGreaterThan(0);
    for (const url of listed) {
      const source = messages.find((m) => m.url === url);
      expect(source, `a page for ${url} in content/`).toBeDefined();
      const audience = source!.data.audience;
      expect(audience === 'all' || (Array.isArray(audience) && audience.includes(segment.id)), `${source!.file} is for ${segment.id}`).toBe(true);
    }
  });

  it('a message opened from its segment page shows its title, why and call to action', async () => {
    const page = await open(`/segments/${segment.id}/`);
    const { source } = await messageFromSegmentPage(page);
    await page.getByRole('link', { name: source.data.title, exact: true }).first().click();
    await page.waitForURL(`**${source.url}`);
    expect(sitePath(page)).toBe(source.url);

    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(squash(source.data.title));

    const whyHeading = page.getByRole('heading', { name: t.why, exact: true });
    expect(await whyHeading.isVisible()).toBe(true);
    const whyBlock = page.locator('section', { has: whyHeading });
    expect(squash(await whyBlock.innerText())).toContain(squash(source.data.why!));

    const cta = page.getByRole('link', { name: squash(ctaText(source)!), exact: true });
    expect(await cta.isVisible()).toBe(true);
    expect(await cta.getAttribute('href')).toBe(ctaUrl(source));
  });

  it('search finds a message by a word that only it uses', async () => {
    // A long word from one built message's body that no other message uses.
    // Link targets and directive attributes are not text a reader (or the index) sees.
    const prose = (m: Source) =>
      `${m.data.title} ${m.body}`
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\{[^}]*\}/g, ' ')
        .replace(/<[^>]*>/g, ' ');
    const words = (m: Source) =>
      new Set(
        prose(m)
          .toLowerCase()
          .match(/\p{L}{9,}/gu) ?? [],
      );
    const counts = new Map<string, number>();
    for (const m of messages) for (const w of words(m)) counts.set(w, (counts.get(w) ?? 0) + 1);
    let target: { source: Source; word: string } | undefined;
    for (const m of published()) {
      const word = [...words(m)].filter((w) => counts.get(w) === 1).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
      if (word) {
        target = { source: m, word };
        break;
      }
    }
    expect(target, 'a message with a word of its own').toBeDefined();

    const page = await open('/search/');

    const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input')).first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await input.getAttribute('placeholder')).toBe(t.searchPlaceholder);
    await input.fill(target!.word);
    const hit = page.locator(`.pagefind-ui__result a[href*="${target!.source.url}"]`).first();
    await hit.waitFor({ state: 'visible', timeout: 15_000 });
    expect(squash(await page.locator('.pagefind-ui__result-link').first().innerText()).length).toBeGreaterThan(0);
    // The number of results is announced in a live region, once the typing stops.
    const status = page.getByRole('status');
    await expect.poll(async () => squash((await status.textContent()) ?? ''), { timeout: 5_000 }).toMatch(/\d/);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await hit.click();
    await page.waitForURL(`**${target!.source.url}*`);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(squash(target!.source.data.title));
  });

  it('works without JavaScript: home, a segment page and a message page show their content and links', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(plan.site.title);
    // Without the script there is nothing to remember with: the "your news" link stays hidden, the chips are plain links.
    expect(await page.locator('[data-your-news]').isVisible()).toBe(false);
    const choice = page.getByRole('region', { name: t.chooseSegment });
    await choice.getByRole('link', { name: segment.name, exact: true }).click();
    await page.waitForURL(`**/segments/${segment.id}/`);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(segment.name);

    const { source } = await messageFromSegmentPage(page);
    // The segment page lists its messages as cards: titles and summaries, not whole bodies.
    expect(await page.locator('main article.card').count()).toBeGreaterThan(0);
    expect(await page.locator('main .prose').count()).toBe(0);
    await page.getByRole('link', { name: source.data.title, exact: true }).first().click();
    await page.waitForURL(`**${source.url}`);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(squash(source.data.title));
    expect(squash(await page.locator('main').innerText())).toContain(squash(source.data.why!));
    expect(await page.getByRole('link', { name: squash(ctaText(source)!), exact: true }).getAttribute('href')).toBe(ctaUrl(source));

    // The segment menu in the header is a <details>: it opens without JavaScript.
    const menu = page.locator('header details');
    await menu.locator('summary').click();
    const other = plan.segments.find((s) => s.id !== segment.id) ?? segment;
    const link = menu.getByRole('link', { name: other.name, exact: true });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(`**/segments/${other.id}/`);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(other.name);
  });

  describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
    const pages = (): [string, string][] => {
      const first = published().find(complete)!;
      return [
        ['home', '/'],
        ['segment page', `/segments/${segment.id}/`],
        ['message page', first.url],
        ['archive', '/archive/'],
        ['search page', '/search/'],
        ['planning dashboard', '/plan/'],
        ['404 page', '/no/such/page/'],
        ['home with a remembered segment', '/#remembered'],
      ];
    };
    for (const scheme of ['light', 'dark'] as const) {
      it(`no violations in ${scheme} mode on home (also with a remembered segment), a segment page, a message page, the archive, search, the plan and the 404 page`, async () => {
        const report: string[] = [];
        for (const [name, url] of pages()) {
          let page: Page;
          if (url.startsWith('/no/')) {
            // The 404 page links from the site's root path (the plan's baseUrl, /nieuws/), as it is served at any depth; here the site is served at /.
            const context = await browser.newContext({ viewport: DESKTOP, colorScheme: scheme });
            contexts.push(context);
            const root = new URL(plan.site.baseUrl!).pathname;
            await context.route(`${server.url}${root.slice(1)}**`, (route) => route.continue({ url: route.request().url().replace(root, '/') }));
            page = await context.newPage();
            expect((await page.goto(new URL(url.slice(1), server.url).href))?.status()).toBe(404);
          } else page = await open(url, { colorScheme: scheme });
          await page.emulateMedia({ colorScheme: scheme });
          if (url === '/#remembered') {
            // The chosen chip and the "your news" link have colours of their own: check them shown.
            await page.getByRole('region', { name: t.chooseSegment }).getByRole('link', { name: segment.name, exact: true }).click();
            await page.waitForURL(`**/segments/${segment.id}/`);
            await page.goto(server.url);
            await page.locator('[data-your-news]').waitFor({ state: 'visible' });
          }
          if (url === '/search/') {
            // Check the page as a reader sees it after searching: with results and filters.
            const input = page.locator('.pagefind-ui__search-input');
            await input.waitFor({ state: 'visible', timeout: 15_000 });
            await input.fill(segment.name.toLowerCase());
            await page.locator('.pagefind-ui__result').first().waitFor({ state: 'visible', timeout: 15_000 });
          }
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          for (const v of result.violations) {
            const node = v.nodes[0];
            report.push(
              `${name} (${url}), ${scheme}: ${v.id} [${v.impact ?? 'unknown'}] ${v.help} — ${v.nodes.length} element(s), first: ${node?.target.join(' ') ?? '?'}${node?.failureSummary ? ` — ${squash(node.failureSummary)}` : ''}`,
            );
          }
          await page.close();
        }
        expect(report, `axe-core violations:\n${report.join('\n')}`).toEqual([]);
      }, 120_000);
    }
  });

  describe('on a phone (390×844)', () => {
    it('home, a segment page, a message page and the plan never scroll sideways', async () => {
      const source = published().find(complete)!;
      for (const url of ['/', `/segments/${segment.id}/`, source.url, '/plan/']) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await open(url, { viewport: PHONE, isMobile: true, hasTouch: true, colorScheme });
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          expect(scrollWidth, `${url} (${colorScheme}) is ${scrollWidth}px wide on a ${innerWidth}px screen`).toBeLessThanOrEqual(innerWidth);
          await page.close();
        }
      }
    });
  });

  it('on a phone (390×844) the first screen of the home page shows a story link', async () => {
    const page = await open('/', { viewport: PHONE, isMobile: true, hasTouch: true });
    const story = page.locator('main article a').first();
    expect(await story.isVisible()).toBe(true);
    const box = (await story.boundingBox())!;
    expect(box.y + box.height, `the first story link ends at ${Math.round(box.y + box.height)}px`).toBeLessThanOrEqual(PHONE.height);
    const href = new URL((await story.getAttribute('href'))!, page.url()).pathname;
    expect(published().some((m) => m.url === href)).toBe(true);
  });

  it('remembers the chosen segment across a reload, without redirecting, until the reader forgets it', async () => {
    const page = await open('/');
    const bar = page.locator('[data-your-news]');
    expect(await bar.isVisible()).toBe(false);
    await page.getByRole('region', { name: t.chooseSegment }).getByRole('link', { name: segment.name, exact: true }).click();
    await page.waitForURL(`**/segments/${segment.id}/`);

    for (const visit of ['back home', 'reload']) {
      if (visit === 'back home') await page.goto(server.url);
      else await page.reload();
      // Never a redirect: the home page stays the home page.
      expect(sitePath(page), visit).toBe('/');
      await bar.waitFor({ state: 'visible' });
      const link = bar.getByRole('link');
      expect(squash(await link.innerText())).toBe(squash(`${t.yourNews} ${segment.name} →`));
      expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(`/segments/${segment.id}/`);
      const chip = page.locator(`.segment-chips a[data-segment="${segment.id}"]`);
      expect(await chip.getAttribute('class')).toContain('is-chosen');
      expect(squash((await chip.textContent()) ?? '')).toBe(squash(`${segment.name} ${t.yourChoice}`));
    }

    await bar.getByRole('button', { name: t.forgetChoice }).click();
    expect(await bar.isVisible()).toBe(false);
    await page.reload();
    expect(await bar.isVisible()).toBe(false);
    expect(await page.locator('.segment-chips a.is-chosen').count()).toBe(0);
  });

  it('opened from disk (file://), folder links lead to pages, not directory listings', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    const story = page.locator('main article a').first();
    const href = await story.getAttribute('href');
    expect(href).toMatch(/\/index\.html$/);
    await story.click();
    await page.waitForURL(/\/index\.html$/);
    const source = published().find((m) => page.url().endsWith(`${m.url}index.html`));
    expect(source, page.url()).toBeDefined();
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(squash(source!.data.title));
    // On the server the same links stay clean.
    const served = await open('/');
    expect(await served.locator('main article a').first().getAttribute('href')).toMatch(/\/$/);
  });

  it('shows cards with the message picture (its alt, lazily loaded) in a box that does not change size', async () => {
    const withImage = published().filter((m) => /^image:/m.test(readFileSync(path.join(ROOT, m.file), 'utf8')));
    expect(withImage.length).toBeGreaterThan(0);
    const page = await open('/archive/');
    for (const m of withImage) {
      const card = page.locator('article.card', { has: page.locator(`a[href$="${m.url}"]`) });
      const img = card.locator('img');
      const alt = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(ROOT, m.file), 'utf8'))![1]!).image.alt as string;
      expect(await img.getAttribute('alt'), m.file).toBe(alt);
      expect(await img.getAttribute('loading'), m.file).toBe('lazy');
    }
    // Every picture box, image or placeholder, is 16:9 of the card's width before and after the images load.
    const ratios = await page
      .locator('article.card .media')
      .evaluateAll((boxes) => boxes.map((b) => b.getBoundingClientRect().height / b.getBoundingClientRect().width));
    for (const r of ratios) expect(r).toBeCloseTo(9 / 16, 2);
  });

  it('keeps planner notes (segment description and persona) off every reader page', () => {
    const notes = plan.segments
      .flatMap((s) => [s.description, ...(s.persona?.needs ?? []), ...(s.persona?.motivations ?? [])])
      .filter((n): n is string => Boolean(n));
    expect(notes.length).toBeGreaterThan(0);
    const pages = (dir: string, prefix = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? e.name === 'plan' || e.name === 'pagefind'
            ? []
            : pages(path.join(dir, e.name), `${prefix}${e.name}/`)
          : /\.(html|xml|json)$/.test(e.name)
            ? [`${prefix}${e.name}`]
            : [],
      );
    for (const file of pages(out)) {
      const text = squash(readFileSync(path.join(out, file), 'utf8'));
      for (const note of notes) expect(text.includes(squash(note)), `${file} shows "${note}"`).toBe(false);
    }
  });

  it('has a dark colour scheme, and pictures of every main page for a human to look at', async () => {
    const source = published().find(complete)!;
    const background: Record<string, string> = {};
    for (const [name, url] of [
      ['home', '/'],
      ['segment', `/segments/${segment.id}/`],
      ['message', source.url],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const [device, viewport] of [
          ['desktop', DESKTOP],
          ['phone', PHONE],
        ] as const) {
          const page = await open(url, { viewport, colorScheme, ...(device === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
          background[`${name}-${colorScheme}`] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          await page.screenshot({ path: path.join(SHOTS, `${name}-${colorScheme}-${device}.png`), fullPage: true });
          await page.close();
        }
      }
      expect(background[`${name}-dark`], `${name}: dark background differs from light`).not.toBe(background[`${name}-light`]);
    }
  }, 120_000);
});
