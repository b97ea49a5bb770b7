import { lstat, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssetCopy } from '../model/site-output.js';
import type { SpareContents } from './spare.js';

/**
 * What `herald build --cache` keeps between builds (beside the check's cache,
 * `.herald-cache-build`): a manifest per site folder, and what it needs of
 * each message body to lay out a page without rendering that body.
 *
 * A manifest says, per file a build wrote or kept, the key of its inputs (a
 * hash of everything its bytes depend on, pipeline/cached-build.ts) and its
 * size. A build writes into the spare (write/spare.ts), which holds the site
 * of two builds ago, not the last one: so manifests are kept per folder,
 * named by the folder's device and inode (a rename keeps them; the output
 * folder and the spare swap places on every build), and the spare's own
 * manifest is the one that counts. A file is kept from the spare only when
 * its key is the one the new page would have, and it is still the file the
 * manifest describes: the same size, and not changed since that build ended
 * (a file someone edited in the site, or that a killed or uncached build
 * wrote over, is newer). Anything else is rendered and written as usual.
 */

/** Bumped whenever the layout of the file (or what goes into a key) changes: an older file is then ignored. */
const FORMAT = 1;
const MAGIC = 'herald-build-cache';

/** One site folder as the build that wrote it left it. */
export interface SiteManifest {
  /** When that build had written every file (ms since the epoch): a file changed after it is not the one described. */
  written: number;
  /** Per file (relative, forward slashes): the key of its inputs and its size in bytes. */
  files: Record<string, [key: string, size: number]>;
}

/** What a build needs of a message body it does not render: from the last build that rendered it. */
export interface BodyRecord {
  /** The hash of the message file's text it was rendered from. */
  hash: string;
  /** Whether the body nests too deeply to render (`body-structure`): such a message is left out. */
  deep: boolean;
  /** The body's key (text, and how each of its `targets` resolved): it is reused only under the same key. */
  key?: string;
  summary?: string;
  assets?: AssetCopy[];
  /** content/ paths its links (body and front-matter) resolved against. */
  targets?: string[];
}

export interface BuildState {
  /** Per folder id (`folderId`). */
  sites: Record<string, SiteManifest>;
  /** Per message file. */
  bodies: Record<string, BodyRecord>;
}

interface StateFile extends BuildState {
  magic: typeof MAGIC;
  format: typeof FORMAT;
  /** Everything every page shares (version, plan, theme, options): under another, nothing here is valid. */
  key: string;
}

/** The build's file beside the check's cache file. */
export function buildStatePath(checkCacheFile: string): string {
  return `${checkCacheFile}-build`;
}

/** A folder's identity across renames: its device and inode. */
export async function folderId(dir: string): Promise<string | undefined> {
  const info = await lstat(dir, { bigint: true }).catch(() => undefined);
  return info?.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
}

/** The state a build under `key` left; empty for a missing, older, foreign or damaged file, or one written under another key. */
export async function readBuildState(file: string, key: string): Promise<BuildState> {
  const empty: BuildState = { sites: {}, bodies: {} };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return empty;
  }
  try {
    const data = JSON.parse(text) as Partial<StateFile> | null;
    if (data?.magic !== MAGIC || data.format !== FORMAT || data.key !== key) return empty;
    if (!isRecordOf(data.sites, isManifest) || !isRecordOf(data.bodies, isBody)) return empty;
    return { sites: data.sites, bodies: data.bodies };
  } catch {
    return empty;
  }
}

/** Written to a temporary file and renamed over the old one; the reason (and nothing left behind) when it cannot be written. */
export async function writeBuildState(file: string, key: string, state: BuildState): Promise<string | undefined> {
  const temporary = `${file}.${process.pid}.tmp`;
  const data: StateFile = { magic: MAGIC, format: FORMAT, key, ...state };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, file);
    return undefined;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return (error as Error).message;
  }
}

/**
 * The files of the spare that a build may keep as they are: those whose key
 * in the spare's manifest is `keys`' and that are still the files the
 * manifest describes (listed in the spare with the same size, and not changed
 * after that build ended).
 */
export function reusableFiles(manifest: SiteManifest | undefined, contents: SpareContents, keys: ReadonlyMap<string, string>): Set<string> {
  const reusable = new Set<string>();
  if (!manifest) return reusable;
  for (const [file, key] of keys) {
    const recorded = manifest.files[file];
    const stat = contents.stats.get(file);
    if (!recorded || !stat || recorded[0] !== key) continue;
    if (stat[0] !== recorded[1] || stat[1] > manifest.written) continue;
    reusable.add(file);
  }
  return reusable;
}

function isRecordOf<T>(value: unknown, test: (v: unknown) => v is T): value is Record<string, T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(test);
}

function isManifest(value: unknown): value is SiteManifest {
  const m = value as SiteManifest | null;
  return typeof m === 'object' && m !== null && typeof m.written === 'number' && typeof m.files === 'object' && m.files !== null;
}

function isBody(value: unknown): value is BodyRecord {
  const b = value as BodyRecord | null;
  return typeof b === 'object' && b !== null && typeof b.hash === 'string' && typeof b.deep === 'boolean';
}
