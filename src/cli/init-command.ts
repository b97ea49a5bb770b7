import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../model/slug.js';
import {
  decideInit,
  planCiFile,
  planScaffold,
  vendoredHerald,
  type CiHost,
  type PlannedFile,
  type ScaffoldLanguage,
  type TemplateFile,
} from '../author/scaffold.js';
import { usageError } from '../messages/terminal.js';
import { schemaFiles } from '../schema/json-schemas.js';
import { localDateTime } from '../validate/moment.js';
import { packageInfo, packFiles, tarball } from './pack.js';
import { insideRoot, makeParentInside } from './paths.js';
import { VERSION } from './version.js';

/** `scaffold/` in the package: two levels up from dist/cli and src/cli. */
const SCAFFOLD_DIR = fileURLToPath(new URL('../../scaffold/', import.meta.url));
/** The running herald's package root, packed into a new project. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The scaffold's plan uses this zone, so "today" is read in it. */
const SCAFFOLD_TIME_ZONE = 'Europe/Amsterdam';

export interface InitOptions {
  /** The folder to create the project in (made if missing). */
  dir: string;
  lang: ScaffoldLanguage;
  ci?: CiHost;
  force: boolean;
  now: number;
  /** `--herald`: the package spec the team installs herald from (registry, git, tarball); without it, the running herald is packed into `vendor/`. */
  herald?: string;
}

export interface InitResult {
  dir: string;
  written: string[];
  kept: string[];
  /** Only a CI file was added to an existing project. */
  ciOnly: boolean;
  /** What package.json's devDependency on herald says (or, when package.json was kept, what to add). */
  heraldSpec: string;
  /** The packed herald in the project (`vendor/herald-<version>.tgz`), unless --herald named another source. */
  vendored?: string;
}

/**
 * `herald init [dir]`: a new project from the templates in `scaffold/`, or
 * (with --ci in an existing project) just the CI file. Existing files are
 * listed and left alone unless --force.
 */
export function runInit(options: InitOptions): InitResult {
  const dir = path.resolve(options.dir);
  if (existsSync(dir) && !isDirectory(dir)) throw usageError('usage-init-not-folder', { dir });

  const vendor = options.herald === undefined ? vendoredFile() : undefined;
  const heraldSpec = options.herald ?? vendor!.spec;
  const scaffold = planScaffold({
    templates: [...readTemplates(path.join(SCAFFOLD_DIR, 'common')), ...readTemplates(path.join(SCAFFOLD_DIR, options.lang))],
    lang: options.lang,
    today: localDateTime(options.now, SCAFFOLD_TIME_ZONE).slice(0, 10),
    projectName: slugify(path.basename(dir)) || 'comms',
    heraldVersion: VERSION,
    heraldSpec,
    schemas: schemaFiles(),
  });
  // Its bytes are packed only when it is written (not for --ci in an existing project).
  if (vendor) scaffold.push({ path: vendor.path, text: new Uint8Array() });
  const ci = options.ci ? planCiFile(options.ci, readFileSync(path.join(SCAFFOLD_DIR, 'ci', `${options.ci}.yml`), 'utf8'), VERSION) : undefined;
  const projectFiles = existingProjectFiles(dir);
  const decision = decideInit({
    scaffold,
    ...(ci ? { ci } : {}),
    exists: (p) => existsSync(path.join(dir, p)),
    projectFiles,
  });

  if (decision.conflicts.length > 0 && !options.force) {
    const more = Math.max(0, decision.conflicts.length - 10);
    throw usageError('usage-init-exists', { dir, files: decision.conflicts.slice(0, 10), ...(more ? { more } : {}) });
  }

  // Every target is checked before anything is written: a bad path writes nothing.
  const targets = decision.write.map((file) => [file, insideRoot(dir, file.path)] as const);
  mkdirSync(dir, { recursive: true });
  for (const [file, absolute] of targets) write(dir, absolute, file.path === vendor?.path ? { ...file, text: vendor.bytes() } : file, options.force);
  const written = decision.write.map((f) => f.path);
  return {
    dir,
    written,
    kept: decision.kept,
    ciOnly: decision.ciOnly,
    heraldSpec,
    ...(vendor && written.includes(vendor.path) ? { vendored: vendor.path } : {}),
  };
}

let packed: Buffer | undefined;

/**
 * The running herald as `npm pack` would ship it. Packed on first use
 * (about 2 MB of gzip), and once per process: the same files give the same bytes.
 */
function vendoredFile(): { path: string; spec: string; bytes: () => Buffer } {
  const { name, version } = packageInfo(PACKAGE_ROOT);
  return { ...vendoredHerald(name, version), bytes: () => (packed ??= tarball(packFiles(PACKAGE_ROOT))) };
}

function write(root: string, absolute: string, file: PlannedFile, force: boolean): void {
  makeParentInside(root, absolute);
  // Without --force, `wx` refuses a file that appeared since the check above.
  writeFileSync(absolute, file.text, { flag: force ? 'w' : 'wx' });
}

/** Plan files and messages already in `dir`: the example would merge into them. */
function existingProjectFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of safeList(path.join(dir, 'plans'))) if (/\.ya?ml$/i.test(name)) found.push(`plans/${name}`);
  for (const name of safeList(path.join(dir, 'content'), true)) if (/\.md$/i.test(name)) found.push(`content/${name}`);
  return found.sort();
}

function safeList(dir: string, recursive = false): string[] {
  try {
    return (readdirSync(dir, { recursive }) as string[]).map((p) => p.split(path.sep).join('/'));
  } catch {
    return [];
  }
}

function isDirectory(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;
}

/** Every file below a template folder, paths relative to it with forward slashes. */
function readTemplates(dir: string): TemplateFile[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const parent = (entry as unknown as { parentPath?: string; path: string }).parentPath ?? (entry as unknown as { path: string }).path;
      const full = path.join(parent, entry.name);
      return { path: path.relative(dir, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
