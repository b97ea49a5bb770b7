import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/render/i18n/index.js';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.js';
import { herald, message, PLAN } from '../helpers/project.js';

/**
 * What an outside probe found on a phone and with a keyboard: long words
 * and URLs running off the lead card and the header, scroll regions a
 * keyboard cannot reach, phone links without an href, listing pages that
 * do not say which page they are, and image-less cards taking a screen each.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const LONG_SITE_TITLE = 'Medewerkerscommunicatieplatformredactie van Distributiecentrum Noordoostpolder';
const LONG_TITLE = 'Nieuwe arbeidsongeschiktheidsverzekeringsvoorwaarden en de ziekteverzuimbegeleidingsprocedure';
const LONG_URL = 'https://intranet.example/documenten/personeelszaken/arbeidsongeschiktheidsverzekering/voorwaarden-2026-definitief-versie-3.pdf';
const WIDE_TABLE = [
  '| Week | Maandag | Dinsdag | Woensdag | Donderdag | Vrijdag | Zaterdag | Zondag | Opmerkingen bij het rooster |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '| 12 | vroege dienst | late dienst | nachtdienst | vrij | vroege dienst | late dienst | vrij | ruilen kan tot vrijdag 12:00 |',
].join('\n');
const LONG_CODE = '```\nherald build --root ./nieuws --base-url https://intranet.example/nieuws/ --future --no-check --plan-page --lang nl\n```';

let root: string;
let browser: Browser;
let server: StaticServer;
const contexts: BrowserContext[] = [];
const t = strings('nl');

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'herald-polish-'));
  const plan = PLAN.replace('  title: Testnieuws\n', `  title: ${LONG_SITE_TITLE}\n`);
  const files: Record<string, string> = { 'plans/plan.yaml': plan };
  // The newest message is the home page's lead; 24 older ones give the segment a second page, none with a picture.
  files['content/2026/lang.md'] = message({
    title: LONG_TITLE,
    date: '2026-03-30T09:00',
    why: `Lees de voorwaarden op ${LONG_URL} voordat je verlof aanvraagt.`,
    body: [
      'Dit rooster geldt vanaf week 12. [Bel de helpdesk](tel:+31201234567) of [stuur een sms](sms:+31612345678) als je vragen hebt.',
      '',
      WIDE_TABLE,
      '',
      'Zo bouw je de site:',
      '',
      LONG_CODE,
    ].join('\n'),
  });
  for (let i = 1; i <= 24; i++) {
    const day = String(i).padStart(2, '0');
    files[`content/2026/bericht-${day}.md`] = message({ title: `Bericht nummer ${i} voor het magazijn`, date: `2026-03-${day}T09:00` });
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const build = herald(['build', '--root', root, '--no-check', '--future']);
  expect(build.code, build.stderr).toBe(0);
  server = await serveStatic(path.join(root, 'site'));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function open(url: string, options: { phone?: boolean; dark?: boolean; print?: boolean } = {}): Promise<Page> {
  // A context per page: axe-core's Playwright builder needs one it can see.
  const context = await browser.newContext({ viewport: options.phone ? PHONE : DESKTOP, colorScheme: options.dark ? 'dark' : 'light' });
  const page = await context.newPage();
  contexts.push(context);
  if (options.print) await page.emulateMedia({ media: 'print' });
  await page.goto(new URL(url.replace(/^\//, ''), server.url).href);
  return page;
}

/** Visible elements whose right edge passes the viewport, outside the regions made to scroll sideways. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a sideways scroll region, or clipped away for screen readers only (visually hidden text).
    const scrolls = (el: Element): boolean => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (a !== el && (style.overflowX === 'auto' || style.overflowX === 'scroll')) return true;
        if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    const out: string[] = [];
    const check = (el: Element, rect: DOMRect | undefined) => {
      if (!rect || rect.width === 0 || rect.right <= width + 0.5 || scrolls(el)) return;
      out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(rect.right)}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
    };
    for (const el of document.body.querySelectorAll('*')) {
      check(el, el.getBoundingClientRect());
      // Text runs inside an element (a word that does not break) have their own boxes.
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) check(el, r);
      }
    }
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    return out;
  });
}

describe('the site with long words, wide tables and many messages', { timeout: 120_000 }, () => {
  it('keeps every element inside a 390 px phone screen on home, segment and message pages, light and dark', async () => {
    for (const dark of [false, true]) {
      for (const url of ['/', '/segments/magazijn/', '/2026/lang/']) {
        const page = await open(url, { phone: true, dark });
        expect(await page.locator('.site-title').innerText()).toContain('Medewerkerscommunicatieplatformredactie');
        expect(await overflowing(page), `${url} ${dark ? 'dark' : 'light'}`).toEqual([]);
        await page.screenshot({ path: path.join(tmpdir(), 'sp-shots', `${url.replace(/\W+/g, '_')}-390-${dark ? 'dark' : 'light'}.png`), fullPage: true });
        await page.close();
      }
    }
    const home = await open('/', { phone: true });
    expect(await home.locator('.lead-title').innerText()).toBe(LONG_TITLE);
    await home.close();
  });

  it('makes wide tables and long code lines keyboard-reachable, named scroll regions with no axe violations, light and dark', async () => {
    for (const dark of [false, true]) {
      const page = await open('/2026/lang/', { phone: true, dark });
      const table = page.locator('.prose .table-scroll');
      await expect.poll(() => table.count()).toBe(1);
      // Named regions a screen reader lists, and that take focus.
      await expect.poll(() => page.getByRole('region', { name: t.scrollTable }).count()).toBe(1);
      expect(await table.getAttribute('tabindex')).toBe('0');
      const code = page.getByRole('region', { name: t.scrollCode });
      expect(await code.count()).toBe(1);
      expect(await code.getAttribute('tabindex')).toBe('0');
      expect(await code.locator('pre').count()).toBe(1);
      expect(await code.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      // They do scroll at 390 px, and a keyboard user scrolls them.
      expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await table.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        dark ? 'dark' : 'light',
      ).toEqual([]);
      await page.close();
    }
  });

  it('shows wide tables and long code lines whole in print', async () => {
    const page = await open('/2026/lang/', { phone: true, print: true });
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.prose pre, .prose .table-scroll, .prose .code-scroll')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.tagName),
    );
    expect(clipped).toEqual([]);
    expect(await page.locator('.prose pre').innerText()).toContain('--lang nl');
    await page.close();
  });

  it('keeps tel: and sms: links as links', async () => {
    const html = readFileSync(path.join(root, 'site/2026/lang/index.html'), 'utf8');
    expect(html).toContain('<a href="tel:+31201234567">Bel de helpdesk</a>');
    expect(html).toContain('<a href="sms:+31612345678">stuur een sms</a>');
  });

  it('names page 2 of a segment listing in its title and h1', async () => {
    const first = await open('/segments/magazijn/');
    const firstTitle = await first.title();
    const firstH1 = await first.locator('h1').innerText();
    await first.close();
    const second = await open('/segments/magazijn/page/2/');
    expect(await second.locator('h1').innerText()).toBe(`${firstH1}, ${t.pageN(2)}`);
    expect(await second.title()).toContain(`Magazijn, ${t.pageN(2)}`);
    expect(await second.title()).not.toBe(firstTitle);
    expect(firstH1).not.toContain(t.pageN(1));
    await second.close();
  });

  it('shows image-less cards compact on a phone on listing pages, and keeps the placeholder on home', async () => {
    const segment = await open('/segments/magazijn/', { phone: true });
    const cards = segment.locator('.card-grid .card');
    expect(await cards.count()).toBeGreaterThan(3);
    expect(await segment.locator('.card-grid .media-placeholder').first().isVisible()).toBe(false);
    const heights = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    // Meta, a two-line title and two summary lines; with the 200 px placeholder a card was over 400 px.
    for (const h of heights) expect(h).toBeLessThan(260);
    // More than three stories start on the first screen of cards.
    const tops = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    const firstTop = tops[0]!;
    expect(tops.filter((top) => top < firstTop + PHONE.height).length).toBeGreaterThan(3);
    await segment.close();

    const archive = await open('/archive/', { phone: true });
    expect(await archive.locator('.card-grid .media-placeholder').first().isVisible()).toBe(false);
    await archive.close();

    const home = await open('/', { phone: true });
    expect(await home.locator('.home-grid .card .media-placeholder').first().isVisible()).toBe(true);
    await home.close();

    const desktop = await open('/segments/magazijn/');
    expect(await desktop.locator('.card-grid .media-placeholder').first().isVisible()).toBe(true);
    await desktop.close();
  });
});
