import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.js';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

/**
 * Pagefind's UI writes the labels of a filter into the page as HTML, and
 * herald's audience filter is made of segment names from the plan: a name
 * with markup must show as text on /search/ and never run.
 */

let browser: Browser | undefined;
let server: StaticServer | undefined;
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search filters with a hostile segment name', { timeout: 120_000 }, () => {
  it('shows the name as text and runs nothing', async () => {
    browser = await launchBrowser();
    const name = `Hal <Noord> & "co" <img src=x onerror="window.__pwned='segment'">`;
    const plan = PLAN.replace('    name: Magazijn\n', `    name: '${name.replace(/'/g, "''")}'\n`);
    const root = makeProject({ 'content/2026/zwaluw.md': message({ body: 'Dit bericht gaat over de zwaluwstaart in hal 3.\n' }) }, plan);
    const build = herald(['build', '--root', root, '--no-check', '--future']);
    expect(build.code, build.stderr).toBe(0);

    server = await serveStatic(`${root}/site`);
    const page = await browser.newPage();
    await page.goto(new URL('search/', server.url).href);
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('zwaluwstaart');
    await page.locator('.pagefind-ui__result').first().waitFor({ state: 'visible', timeout: 15_000 });
    const labels = page.locator('.pagefind-ui__filter-label');
    await labels.first().waitFor({ state: 'attached', timeout: 15_000 });
    expect((await labels.allTextContents()).join('\n')).toContain(name);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('.pagefind-ui__filter-label img').count()).toBe(0);
  });
});
