import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERLAY_ID } from '../../src/dev/client.js';
import { launchBrowser } from '../helpers/browser.js';
import { startDev } from '../helpers/dev.js';
import { makeProject, message } from '../helpers/project.js';

/** The live-reload client in a real browser: the page reloads itself, and the overlay comes and goes. */
describe('herald dev in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reloads on save and shows the errors of the page until they are fixed', async () => {
    const root = makeProject({ 'content/2026/app.md': message({ title: 'Eerste versie' }) });
    // The writer reads Dutch (startDev's --lang en, overridden): the overlay's heading and button follow.
    const dev = await startDev(root, ['--no-search', '--lang', 'nl']);
    const page = await browser.newPage();
    await page.goto(`${dev.url}2026/app/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Eerste versie');

    writeFileSync(path.join(root, 'content/2026/app.md'), message({ title: 'Tweede versie' }));
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Tweede versie');

    // A title with "<b>" and an unquoted colon: not YAML. The page stays, the overlay names the error.
    writeFileSync(path.join(root, 'content/2026/app.md'), message({ title: 'Derde <b>versie</b>: kapot' }));
    const overlay = page.locator(`#${OVERLAY_ID}`);
    await expect.poll(() => overlay.count(), { timeout: 30_000 }).toBe(1);
    const text = await overlay.textContent();
    expect(text).toMatch(/content\/2026\/app\.md:2:\d+/);
    expect(text).toContain('front-matter');
    expect(await overlay.locator('h2').textContent()).toBe('herald: 1 fout');
    expect(await overlay.locator('button').getAttribute('aria-label')).toBe('Sluiten');
    expect(await page.locator('h1').first().textContent()).toBe('Tweede versie');
    expect(await overlay.getAttribute('role')).toBe('alert');

    writeFileSync(path.join(root, 'content/2026/app.md'), message({ title: 'Vierde versie' }));
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 }).toBe('Vierde versie');
    await expect.poll(() => overlay.count(), { timeout: 30_000 }).toBe(0);
    await page.close();
  }, 120_000);
});
