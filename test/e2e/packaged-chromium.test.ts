import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPackaged } from '../helpers/browser.js';
import { unpackChromium, type PackagedChromium } from '../helpers/packaged-chromium.js';

/**
 * The Chromium in the @sparticuz/chromium devDependency, which the browser
 * tests use where no system Chromium exists (a fresh machine with only
 * Node). It runs here on every machine, even one with a system Chromium, so
 * it is known to work before it is needed: unpacked once per version (in
 * the global setup, or here), with its own NSS and fonts.
 */
describe('the packaged Chromium', () => {
  let packaged: PackagedChromium;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    packaged = await unpackChromium();
    browser = await launchPackaged(packaged);
    page = await browser.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders a page, in the font it ships (its fontconfig, not the system one)', async () => {
    await page.setContent('<!doctype html><p id="x" style="font-family: sans-serif">Hallo wereld</p>');
    expect(await page.locator('#x').textContent()).toBe('Hallo wereld');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#x' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName)).toEqual(['Open Sans']);
  });

  it('loads NSS from its own folder: only the C library and libgcc come from the system', () => {
    const dir = path.dirname(packaged.executablePath);
    const libraries = new Set<string>();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.startsWith(`${packaged.executablePath}\0`)) continue;
        for (const line of readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n')) {
          const library = /\s(\/\S+\.so(?:\.[\d.]+)?)$/.exec(line)?.[1];
          if (library) libraries.add(library);
        }
      } catch {
        continue; // a process that ended meanwhile
      }
    }
    const own = [...libraries].filter((l) => l.startsWith(`${dir}/`)).map((l) => path.basename(l));
    const system = [...libraries].filter((l) => !l.startsWith(`${dir}/`)).map((l) => path.basename(l));
    expect(own).toEqual(expect.arrayContaining(['libnss3.so', 'libnspr4.so', 'libexpat.so.1']));
    for (const library of system)
      expect(library, `${library} from the system`).toMatch(/^(ld-linux[\w-]*\.so\.2|lib(c|m|dl|pthread|rt|resolv|gcc_s)\.so\.\d+)$/);
  });
});
