import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install chromium`). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser the tests launch, when it is not the packaged one: CHROMIUM_PATH,
 * else the system Chromium when present (and HERALD_TEST_NO_SYSTEM_CHROMIUM
 * does not hide it, to test the packaged one where a system one exists).
 */
export function chosenChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (!process.env.HERALD_TEST_NO_SYSTEM_CHROMIUM && existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return undefined;
}
