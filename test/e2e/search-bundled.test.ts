import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.js';
import { herald, makeProject, message } from '../helpers/project.js';

/**
 * A site with more messages than Pagefind writes result files for: it then
 * bundles several pages' result texts into one file. The example site is too
 * small for that, so this builds one that is not, and searches it in a real
 * browser for a word that only one message uses.
 */

const MESSAGES = 300;
// Consonants only, and no s: the Dutch stemmer strips no ending from these words, so each stays unique.
const LETTERS = 'bcdfgkmpqtvwxz';
const wordOf = (i: number) => `zwaluw${LETTERS[Math.floor(i / LETTERS.length) % LETTERS.length]}${LETTERS[i % LETTERS.length]}`;

let browser: Browser | undefined;
let server: StaticServer | undefined;
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search on a site with bundled result files', { timeout: 120_000 }, () => {
  it('finds a message by a word that only it uses', async () => {
    browser = await launchBrowser();
    const files: Record<string, string> = {};
    for (let i = 0; i < MESSAGES; i++) {
      const date = `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T09:00`;
      files[`content/2026/bericht-${i}.md`] = message({
        title: `Bericht nummer ${i}`,
        date,
        body: `Dit bericht gaat over de ${wordOf(i)} in hal ${i}. Lees het rustig door.\n`,
      });
    }
    const root = makeProject(files);
    const build = herald(['build', '--root', root, '--no-check', '--future']);
    expect(build.code, build.stderr).toBe(0);

    const fragments = readdirSync(path.join(root, 'site/pagefind/fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length, 'result texts bundled into fewer files than pages').toBeLessThan(MESSAGES);

    server = await serveStatic(path.join(root, 'site'));
    const page = await browser.newPage();
    await page.goto(new URL('search/', server.url).href);
    const target = 137;
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(wordOf(target));
    const result = page.locator('.pagefind-ui__result', { has: page.locator(`a[href*="/2026/bericht-${target}/"]`) });
    await result.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('.pagefind-ui__result').count()).toBe(1);
    expect(await result.locator('.pagefind-ui__result-link').innerText()).toBe(`Bericht nummer ${target}`);
    expect(await result.locator('.pagefind-ui__result-excerpt mark').first().innerText()).toBe(wordOf(target));
  });
});
