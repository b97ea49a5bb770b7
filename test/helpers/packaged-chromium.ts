import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar-fs';

/**
 * The Chromium inside the `@sparticuz/chromium` devDependency, for machines
 * without a system one: the package carries a headless Chromium for x64
 * Linux and the libraries and fonts it needs, brotli-compressed. It unpacks
 * them itself only on AWS Lambda, and into a shared /tmp/chromium that any
 * other version may already occupy; here they go into a folder of their own,
 * named by the package's version, unpacked once and reused.
 */

export interface PackagedChromium {
  executablePath: string;
  /** For the launched browser: its shared libraries (NSS, expat) and a fontconfig that finds its fonts. */
  env: { LD_LIBRARY_PATH: string; FONTCONFIG_PATH: string };
}

const require = createRequire(import.meta.url);

function packageDir(): { bin: string; version: string } {
  // Its `exports` do not list package.json: find it above the entry point.
  let dir = path.dirname(require.resolve('@sparticuz/chromium'));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'bin'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('@sparticuz/chromium has no package.json with a bin folder: run npm install');
    dir = parent;
  }
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { bin: path.join(dir, 'bin'), version };
}

/** Where a version is unpacked: `<tmpdir>/herald-chromium-<version>/`. */
export function packagedChromiumDir(): string {
  return path.join(tmpdir(), `herald-chromium-${packageDir().version}`);
}

function describe(dir: string): PackagedChromium {
  return {
    executablePath: path.join(dir, 'chromium'),
    env: { LD_LIBRARY_PATH: path.join(dir, 'al2023', 'lib'), FONTCONFIG_PATH: path.join(dir, 'fonts') },
  };
}

/**
 * Unpacks the packaged Chromium unless its folder is there already. Several
 * test runs may start at once on a shared machine: each unpacks into a
 * folder of its own and renames it into place, and a run that finds the
 * place taken keeps the other's.
 */
export async function unpackChromium(): Promise<PackagedChromium> {
  if (!runsHere()) throw new Error(`the Chromium in @sparticuz/chromium is built for x64 Linux, not ${process.platform} ${process.arch}: set CHROMIUM_PATH`);
  const dir = packagedChromiumDir();
  if (existsSync(path.join(dir, 'chromium'))) return describe(dir);

  const { bin } = packageDir();
  const work = `${dir}.${process.pid}.partial`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    await Promise.all([
      pipeline(createReadStream(path.join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(work, 'chromium'), { mode: 0o755 })),
      untar(path.join(bin, 'al2023.tar.br'), path.join(work, 'al2023')),
      untar(path.join(bin, 'fonts.tar.br'), path.join(work, 'fonts')),
      // libGLESv2 and friends: Chromium looks for them next to its binary.
      untar(path.join(bin, 'swiftshader.tar.br'), work),
    ]);
    // The package's fonts.conf names /tmp/fonts; this one names the fonts where they are.
    writeFileSync(
      path.join(work, 'fonts', 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        `  <dir>${xml(path.join(dir, 'fonts', 'fonts'))}</dir>`,
        `  <cachedir>${xml(path.join(dir, 'fonts-cache'))}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    );
    try {
      renameSync(work, dir);
    } catch (error) {
      if (!existsSync(path.join(dir, 'chromium'))) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return describe(dir);
}

/** The package carries one build, for x64 Linux (AWS Lambda's platform). */
export function runsHere(): boolean {
  return process.platform === 'linux' && process.arch === 'x64';
}

async function untar(archive: string, into: string): Promise<void> {
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(into));
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the global setup when the tests use the packaged Chromium; null when they use another. */
    packagedChromium: PackagedChromium | null;
  }
}
