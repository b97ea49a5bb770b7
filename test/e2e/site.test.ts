import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  site: { title: string; language: 'nl' | 'en' };
  segments: { id: string; name: string }[];
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

/** A new page in a fresh context (so colour scheme, viewport and JS settings never leak between tests). */
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
    const choice = page.getByRole('region', { name: t.chooseSegment });
    await choice.getByRole('link', { name: segment.name, exact: true }).click();
    await page.waitForURL(`**/segments/${segment.id}/`);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(segment.name);

    const { source } = await messageFromSegmentPage(page);
    // The segment page carries the messages' text itself, not only links to them.
    expect(squash(await page.locator('main').innerText())).toContain(squash(source.data.why!));
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
      ];
    };
    for (const scheme of ['light', 'dark'] as const) {
      it(`no violations in ${scheme} mode on home, a segment page, a message page, the archive, search and the plan`, async () => {
        const report: string[] = [];
        for (const [name, url] of pages()) {
          const page = await open(url, { colorScheme: scheme });
          await page.emulateMedia({ colorScheme: scheme });
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
