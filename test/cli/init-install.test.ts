import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from 'tar-stream';
import { packFiles, tarball } from '../../src/cli/pack.js';
import { herald } from '../helpers/project.js';

/**
 * `herald init` makes a project that installs on a fresh machine: herald is
 * published nowhere, so the running herald is packed into the project
 * (vendor/herald-<version>.tgz) unless --herald names the team's own source.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const VENDORED = `vendor/herald-${VERSION}.tgz`;

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-install-'));
  made.push(dir);
  return dir;
}

interface Entry {
  path: string;
  mode: number;
  size: number;
  type: string;
  data: Buffer;
}

/** Every entry of a .tgz, read back with tar-stream (not with the code that wrote it). */
async function entries(tgz: Buffer): Promise<Entry[]> {
  const out: Entry[] = [];
  const reader = extract();
  Readable.from([gunzipSync(tgz)]).pipe(reader);
  for await (const entry of reader) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const header = entry.header;
    out.push({ path: header.name, mode: header.mode ?? 0, size: header.size ?? 0, type: header.type ?? '', data: Buffer.concat(chunks) });
  }
  return out;
}

/** npm's own answer: `npm pack --dry-run --json --ignore-scripts` in herald's folder. */
function npmPackList(): { path: string; size: number; mode: number }[] {
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(json) as { files: { path: string; size: number; mode: number }[] }[])[0]!.files;
}

describe('the packed herald', () => {
  it('holds exactly the files npm pack ships, with their modes and contents', async () => {
    const npm = npmPackList();
    const packed = await entries(tarball(packFiles(ROOT)));
    expect(packed.every((e) => e.path.startsWith('package/') && e.type === 'file')).toBe(true);
    const ours = packed.map((e) => ({ path: e.path.slice('package/'.length), mode: e.mode }));
    const sort = <T extends { path: string }>(list: T[]) => [...list].sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(sort(ours)).toEqual(sort(npm.map((f) => ({ path: f.path, mode: f.mode }))));
    // The bin is executable; everything is there byte for byte, package.json less its build step.
    expect(ours.find((e) => e.path === 'dist/bundle/herald.mjs')!.mode).toBe(0o755);
    for (const entry of packed) {
      const file = entry.path.slice('package/'.length);
      if (file === 'package.json') continue;
      expect(entry.data.equals(readFileSync(path.join(ROOT, file))), file).toBe(true);
    }
    const pkg = JSON.parse(packed.find((e) => e.path === 'package/package.json')!.data.toString('utf8')) as Record<string, Record<string, string>>;
    const original = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(pkg.scripts!.prepare).toBeUndefined();
    expect({ ...pkg, scripts: undefined }).toEqual({ ...original, scripts: undefined });
  });

  it('writes names longer than ustar holds (PAX) and the same bytes for the same files', async () => {
    const long = `${'a-folder-with-a-long-name/'.repeat(8)}${'x'.repeat(120)}.md`;
    const files = [
      { path: 'package.json', mode: 0o644, data: Buffer.from('{"name":"x","version":"1.0.0"}\n') },
      { path: long, mode: 0o644, data: Buffer.from('é'.repeat(700)) },
      { path: `${'b'.repeat(120)}/short.md`, mode: 0o755, data: Buffer.alloc(0) },
    ];
    const tgz = tarball(files);
    expect(tarball(files).equals(tgz)).toBe(true);
    const read = await entries(tgz);
    expect(read.map((e) => [e.path, e.mode, e.data.toString('utf8')])).toEqual(files.map((f) => [`package/${f.path}`, f.mode, f.data.toString('utf8')]));
  });
});

describe('herald init: installing herald', () => {
  it('packs the running herald into vendor/ and depends on it by a file: spec', () => {
    const dir = path.join(tempDir(), 'comms');
    const result = herald(['init', dir, '--lang', 'en', '--ci', 'gitlab']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Packed this herald into ${VENDORED}: package.json installs it from there.`);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies).toEqual({ herald: `file:${VENDORED}` });
    expect(readFileSync(path.join(dir, VENDORED)).equals(tarball(packFiles(ROOT)))).toBe(true);
    // Nothing keeps the vendored file out of the repository.
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).not.toMatch(/vendor|\.tgz/);
  });

  it('writes the team’s own spec with --herald, and no vendor folder', () => {
    const dir = path.join(tempDir(), 'comms');
    const spec = 'git+https://git.example.org/team/herald.git#v1.2.0';
    const result = herald(['init', dir, '--herald', spec, '--lang', 'nl']);
    expect(result.code).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies).toEqual({ herald: spec });
    expect(existsSync(path.join(dir, 'vendor'))).toBe(false);
    expect(result.stdout).not.toContain('vendor');
    expect(result.stdout).toContain('Daarna: cd ');
  });

  it('tells how to add herald when the project keeps its own package.json', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), '{"name":"ours","private":true}\n');
    const result = herald(['init', dir, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe('{"name":"ours","private":true}\n');
    expect(result.stdout).toContain(`Left your package.json as it is: add herald to it with "npm install --save-dev ./${VENDORED}".`);
    expect(existsSync(path.join(dir, VENDORED))).toBe(true);

    // The team's own spec, quoted for the shell where it needs to be.
    const again = tempDir();
    writeFileSync(path.join(again, 'package.json'), '{}\n');
    const kept = herald(['init', again, '--lang', 'en', '--herald', 'file:../team herald.tgz']);
    expect(kept.stdout).toContain(`add herald to it with "npm install --save-dev 'file:../team herald.tgz'".`);
  });
});

describe('herald init on a fresh machine: npm install, npm ci and npx herald check', () => {
  const npm = (cwd: string, ...args: string[]) => {
    const run = spawnSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    expect(run.status, `npm ${args.join(' ')}:\n${run.stdout}\n${run.stderr}`).toBe(0);
    return run;
  };
  const npx = (cwd: string, ...args: string[]) =>
    spawnSync('npx', ['--no-install', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HERALD_LANG: '' } });

  it('installs the vendored herald, checks clean, and installs again as CI does', { timeout: 240_000 }, () => {
    const dir = path.join(tempDir(), 'comms');
    expect(herald(['init', dir, '--lang', 'en', '--ci', 'github']).code).toBe(0);
    const install = npm(dir, 'install');
    // npm runs no build step of herald's (prepare is not in the packed package.json).
    expect(install.stderr).not.toMatch(/prepare|install-scripts/);
    const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string; version?: string }> };
    expect(lock.packages['node_modules/herald']).toMatchObject({ version: VERSION, resolved: `file:${VENDORED}` });

    const check = npx(dir, 'herald', 'check');
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('9 files checked, no problems');

    // The generated workflow's install: npm ci from the lock file and the vendored tarball.
    expect(readFileSync(path.join(dir, '.github/workflows/herald.yml'), 'utf8')).toContain('- run: npm ci');
    rmSync(path.join(dir, 'node_modules'), { recursive: true });
    npm(dir, 'ci');
    const again = npx(dir, 'herald', 'check', '--format', 'json');
    expect(again.status).toBe(0);

    // The installed herald packs itself for the next team the same way.
    const next = path.join(tempDir(), 'next');
    mkdirSync(next);
    const init = npx(dir, 'herald', 'init', next, '--lang', 'en');
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(path.join(next, VENDORED)).equals(readFileSync(path.join(dir, VENDORED)))).toBe(true);
  });
});
