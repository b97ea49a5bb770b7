import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * herald packed as `npm pack` would ship it, for `herald init` to put in a
 * new project (`vendor/herald-<version>.tgz`): herald is published nowhere,
 * and a registry name we do not own could later serve someone else's code.
 *
 * Written here rather than by running npm: `npm pack` runs `prepare` (a full
 * build, with devDependencies that an installed herald does not have), and
 * needs npm where only the running herald is certain. The file list follows
 * npm-packlist's rules for a package with a `files` list; the test compares
 * it with `npm pack --dry-run --json`.
 */

export interface PackedFile {
  /** Relative to the package root, forward slashes. */
  path: string;
  /** 0o755 for a file with an executable bit (the bin), else 0o644, as npm writes them. */
  mode: number;
  data: Buffer;
}

interface PackageJson {
  name: string;
  version: string;
  files?: string[];
}

/** npm always ships these from the package root, whatever `files` says (case-insensitive, any extension). */
const ALWAYS_SHIPPED = /^(readme|license|licence|copying)(\.[^~$]*)?$/i;

/** Names npm never ships, wherever they are (npm-packlist's defaults). */
const NEVER_SHIPPED = [
  /^\.git$/,
  /^\.svn$/,
  /^\.hg$/,
  /^CVS$/,
  /^\.lock-wscript$/,
  /^\.wafpickle-\d+$/,
  /^\..*\.swp$/,
  /^\.DS_Store$/,
  /^\._/,
  /^npm-debug\.log$/,
  /^\.npmrc$/,
  /^config\.gypi$/,
  /\.orig$/,
  /^package-lock\.json$/,
  /^node_modules$/,
  /^\.npmignore$/,
  /^\.gitignore$/,
];

/** npm's fixed timestamp for every entry (1985-10-26T08:15:00Z): the same files give the same tarball. */
const NPM_MTIME = Date.UTC(1985, 9, 26, 8, 15, 0) / 1000;

/** The name and version from the package's package.json. */
export function packageInfo(root: string): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
  return { name: pkg.name, version: pkg.version };
}

/** The files `npm pack` ships from `root`, package.json first, then in path order. */
export function packFiles(root: string): PackedFile[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
  const found = new Set<string>(['package.json']);
  for (const name of readdirSync(root)) if (ALWAYS_SHIPPED.test(name) && lstatSync(path.join(root, name)).isFile()) found.add(name);
  for (const entry of pkg.files ?? []) {
    // herald's own list names folders; a glob would need npm's matcher, and a wrong list is worse than none.
    if (/[*?[\]{}!]/.test(entry)) throw new Error(`herald packs plain paths from package.json "files", not the pattern ${entry}`);
    const relative = entry.replace(/^\.?\//, '').replace(/\/$/, '');
    collect(root, relative, found);
  }
  const [first, ...rest] = [...found];
  return [first!, ...rest.sort()].map((file) => {
    const full = path.join(root, file);
    const executable = (lstatSync(full).mode & 0o111) !== 0;
    return { path: file, mode: executable ? 0o755 : 0o644, data: file === 'package.json' ? withoutPrepare(readFileSync(full, 'utf8')) : readFileSync(full) };
  });
}

/**
 * package.json without its `prepare` script: that builds herald from source
 * (TypeScript, devDependencies) and means nothing for the built package.
 * npm does not run it for a tarball, but npm 11 lists it on every install as
 * a script waiting for approval, which a writer would be asked to approve.
 */
function withoutPrepare(text: string): Buffer {
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  if (pkg.scripts?.prepare === undefined) return Buffer.from(text, 'utf8');
  delete pkg.scripts.prepare;
  return Buffer.from(`${JSON.stringify(pkg, null, 2)}\n`, 'utf8');
}

function collect(root: string, relative: string, found: Set<string>): void {
  const full = path.join(root, relative);
  const stat = lstatSync(full, { throwIfNoEntry: false });
  if (!stat || NEVER_SHIPPED.some((re) => re.test(path.basename(relative)))) return;
  if (stat.isFile()) found.add(relative.split(path.sep).join('/'));
  else if (stat.isDirectory()) for (const name of readdirSync(full)) collect(root, path.join(relative, name), found);
  // Symbolic links and other kinds are not shipped (npm-packlist skips them as well).
}

/** The `.tgz` npm would write for these files: each under `package/`, gzip-compressed. */
export function tarball(files: readonly PackedFile[]): Buffer {
  const blocks: Buffer[] = [];
  for (const file of files) {
    const name = `package/${file.path}`;
    const split = splitName(name);
    if (!split) blocks.push(...paxEntry(name));
    blocks.push(header(split ?? { name: Buffer.from(name, 'utf8').subarray(0, 100), prefix: Buffer.alloc(0) }, file.mode, file.data.length, '0'));
    blocks.push(padded(file.data));
  }
  blocks.push(Buffer.alloc(1024)); // two empty blocks end the archive
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}

/**
 * A ustar name: up to 100 bytes, or a prefix of up to 155 and a name of up
 * to 100 split at a slash. Longer names get a PAX header instead.
 */
function splitName(name: string): { name: Buffer; prefix: Buffer } | undefined {
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length <= 100) return { name: bytes, prefix: Buffer.alloc(0) };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = Buffer.from(name.slice(0, i), 'utf8');
    const rest = Buffer.from(name.slice(i + 1), 'utf8');
    if (prefix.length <= 155 && rest.length <= 100 && rest.length > 0) return { name: rest, prefix };
  }
  return undefined;
}

/** A PAX extended header carrying the full path (POSIX.1-2001), for a name ustar cannot hold. */
function paxEntry(name: string): Buffer[] {
  const field = ` path=${name}\n`;
  // The record starts with its own length in decimal, which counts its own digits.
  let length = Buffer.byteLength(field) + 1;
  while (String(length).length + Buffer.byteLength(field) !== length) length = String(length).length + Buffer.byteLength(field);
  const record = Buffer.from(`${length}${field}`, 'utf8');
  return [header({ name: Buffer.from('PaxHeader', 'utf8'), prefix: Buffer.alloc(0) }, 0o644, record.length, 'x'), padded(record)];
}

function header(name: { name: Buffer; prefix: Buffer }, mode: number, size: number, type: string): Buffer {
  const block = Buffer.alloc(512);
  name.name.copy(block, 0);
  octal(block, 100, 8, mode);
  octal(block, 108, 8, 0); // uid
  octal(block, 116, 8, 0); // gid
  octal(block, 124, 12, size);
  octal(block, 136, 12, NPM_MTIME);
  block.fill(0x20, 148, 156); // the checksum counts its own field as spaces
  block.write(type, 156, 'latin1');
  block.write('ustar\u000000', 257, 'latin1');
  name.prefix.copy(block, 345);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'latin1');
  return block;
}

function octal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, 'latin1');
}

function padded(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)]);
}
