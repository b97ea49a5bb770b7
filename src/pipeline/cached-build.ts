import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import { assetPathOf, outputPathOf } from '../model/routes.js';
import { unpublishable } from '../model/site-paths.js';
import { createBodies, type Bodies } from '../render/bodies.js';
import { createRenderCache, type RenderCache, type RenderedBody, type RenderOptions, type SiteRenderer } from '../render/render-site.js';
import { TEMPLATES_DIR } from '../render/themed-eta.js';
import { bodyTooDeep } from '../scope/body-depth.js';
import type { SiteDraft } from '../write/draft.js';
import { buildStatePath, folderId, readBuildState, reusableFiles, writeBuildState, type BodyRecord, type BuildState } from '../write/manifest.js';
import type { SpareContents } from '../write/spare.js';
import type { CachedCheckResult } from './cached-check.js';

/**
 * `herald build --cache`: the check from the check's cache, and a rebuild
 * that renders only the pages whose inputs changed since the build that
 * wrote the spare (write/manifest.ts says how a file is kept).
 *
 * A page's key is a hash of everything its bytes depend on, computed without
 * rendering any Markdown:
 * - what every page shares (`siteKey`): herald's version and code, the plan
 *   (and rule configuration and language, through the check's key), the
 *   built-in templates, the project's `theme/`, the logo, and the options
 *   (base URL, drafts, future, search, plan page, generator);
 * - what the page shows, as the layout hands it to its template
 *   (`SiteRenderer.keyParts`): its URL, template, titles, pagination, and
 *   each message it shows as that message's key, in order;
 * - a message's key: its file, URL, language, the hash of its text, whether
 *   it counts as future at the build moment, and how each content/ path its
 *   links resolved against resolves now (the page of a linked message, a
 *   file that can or cannot be published): the route table as far as the
 *   message uses it.
 * A body the last build rendered under the same message key is not rendered
 * again to lay out a card or a listing: its summary, assets and link targets
 * are kept (`BodyRecord`), and its HTML renders only if a page shows it. A
 * value the key cannot be sure of (anything but plain data in a page's data)
 * makes that page render every time.
 */

export interface IncrementalBuild {
  /** The project with the messages the site can render (a body too deep to render is left out, as `body-structure` says). */
  renderable: Project;
  /** For `createSiteRenderer`: bodies of unchanged messages as the last build rendered them. */
  renderCache: RenderCache;
  /**
   * Renders and writes every page whose key is not the spare's, keeps the
   * rest from the spare; the number of HTML pages. Call once the draft is
   * open, before its commit.
   */
  writePages(renderer: SiteRenderer, draft: SiteDraft, spare: Promise<SpareContents>): Promise<number>;
  /** The files `writePages` rendered (the rest it kept from the spare). */
  rendered: string[];
  /** After the commit: records the new site's manifest and the bodies; the reason when the file could not be written. */
  save(): Promise<string | undefined>;
}

export interface IncrementalOptions extends Omit<RenderOptions, 'themeDir'> {
  themeDir?: string | undefined;
  /** The output folder, absolute. */
  out: string;
}

/**
 * What `build --no-check` still runs: the rules that say which files are left
 * out and why (`front-matter`, `body-structure`).
 */
export const NO_CHECK_RULES: ReadonlySet<string> = new Set(['front-matter', 'body-structure']);

/** The diagnostics of a build from the cached check: all of them, or with `--no-check` those a build without the check reports (front-matter, body-structure, the plan's own). */
export function buildDiagnostics(cached: CachedCheckResult, check: boolean): Diagnostic[] {
  if (check) return cached.diagnostics;
  const own = new Set<Diagnostic>([...cached.project.planDiagnostics, ...cached.project.rules.diagnostics]);
  return cached.diagnostics.filter((d) => own.has(d) || NO_CHECK_RULES.has(d.ruleId));
}

export async function startIncrementalBuild(cached: CachedCheckResult, options: IncrementalOptions): Promise<IncrementalBuild> {
  const { project, hashes } = cached;
  const stateFile = buildStatePath(cached.file);
  const site = await siteKey(cached, options);
  const state = await readBuildState(stateFile, site);

  // Whether each body is too deep to render, from the last build while its text is the same (measuring needs its tree).
  const deep = new Map<Message, boolean>();
  for (const m of project.messages) {
    const record = state.bodies[m.file];
    deep.set(m, record && record.hash === hashes.get(m.file) ? record.deep : bodyTooDeep(m) !== undefined);
  }
  const renderable = [...deep.values()].some(Boolean) ? { ...project, messages: project.messages.filter((m) => !deep.get(m)) } : project;
  /** The included messages by file (as the renderer's collections have them), once the renderer is made. */
  let byFile = new Map<string, Message>();

  /** How a link target resolves now: the page of a message, or whether (and why not) a file is published. */
  const resolution = (target: string): unknown => {
    if (target.toLowerCase().endsWith('.md')) return byFile.get(target)?.url ?? null;
    if (!project.facts.contentFiles.has(target)) return 0;
    return unpublishable(assetPathOf(target), project.facts)?.reason ?? 1;
  };
  // Everything every page shares is in the state file's key: a body's key is what is its own.
  const bodyKey = (m: Message, targets: readonly string[]) =>
    hash(
      `${m.file}\0${m.url ?? ''}\0${m.lang}\0${hashes.get(m.file) ?? randomUUID()}\0${targets.length ? JSON.stringify(targets.map((t) => [t, resolution(t)])) : ''}`,
    );

  const renderCache = createRenderCache(options.themeDir);
  const bodyKeys = new Map<Message, string>();
  /**
   * Bodies the last build rendered from the same text, whose links resolve as
   * they did then, go into the render cache before anything renders.
   */
  const seed = (renderer: SiteRenderer) => {
    byFile = new Map(renderer.included.map((m) => [m.file, m]));
    let fallback: Bodies | undefined;
    const renderNow = (m: Message) => (fallback ??= createBodies(renderable, byFile, new Map(), false)).of(m);
    for (const m of renderable.messages) {
      const known = state.bodies[m.file];
      if (!known?.targets || known.hash !== hashes.get(m.file)) continue;
      // The same text has the same links: its key now, whether or not they resolve as they did.
      const key = bodyKey(m, known.targets);
      bodyKeys.set(m, key);
      if (known.key === key && known.summary !== undefined && known.assets && !renderCache.bodies.has(m))
        renderCache.bodies.set(
          m,
          recordedBody(known, () => renderNow(m)),
        );
    }
  };

  const messageKey = (keys: ReadonlyMap<Message, string>) => (m: Message) =>
    `${keys.get(m) ?? UNKNOWN}${m.fields.date && m.fields.date.epochMs > options.now ? 'f' : 'p'}`;
  const pageKeys = (renderer: SiteRenderer, keys: ReadonlyMap<Message, string>): Map<string, string> => {
    const keyed = new Map<string, string>();
    for (const [file, parts] of renderer.keyParts(messageKey(keys))) {
      const material = plainData(parts);
      // A page that shows a message whose key is not known renders, and is not recorded.
      if (material !== undefined && !material.includes(UNKNOWN)) keyed.set(file, hash([site, file, material]));
    }
    return keyed;
  };

  const sizes = new Map<string, number>();
  const rendered: string[] = [];
  let keys = new Map<string, string>();
  let keyed: SiteRenderer | undefined;
  let rekey = false;
  let ids: { site?: string | undefined; previous?: string | undefined } = {};

  return {
    renderable,
    renderCache,
    rendered,
    async writePages(renderer, draft, spare) {
      seed(renderer);
      ids = { site: await folderId(draft.dir), previous: await folderId(options.out) };
      const contents = await spare;
      keyed = renderer;
      // The pages of messages whose body is not known (a new or changed text) render first: that renders their bodies
      // and makes their views, and so tells which link targets their keys depend on. Those pages are written below.
      // When there are many (a first build), they render in turn instead, not held all at once, and the keys are worked
      // out again once every body is known (`save`).
      const unknown = renderer.included.filter((m) => !bodyKeys.has(m));
      const early = new Map<string, string>();
      if (unknown.length <= EARLY_PAGES) {
        for (const m of unknown) {
          const page = m.url === undefined ? undefined : renderer.byPath.get(outputPathOf(m.url));
          if (page && !renderCache.bodies.has(m)) early.set(page.path, page.render());
          const body = renderCache.bodies.get(m);
          if (body) bodyKeys.set(m, bodyKey(m, [...body.targets].sort()));
        }
      }
      keys = pageKeys(renderer, bodyKeys);
      rekey = renderer.included.some((m) => !bodyKeys.has(m));
      const reusable = reusableFiles(ids.site ? state.sites[ids.site] : undefined, contents, keys);
      let html = 0;
      for (let i = 0; i < renderer.pages.length; i++) {
        const page = renderer.pages[i]!;
        if (reusable.has(page.path)) {
          await draft.keep(page.path);
          sizes.set(page.path, contents.stats.get(page.path)![0]);
        } else {
          const content = early.get(page.path) ?? page.render();
          early.delete(page.path);
          rendered.push(page.path);
          sizes.set(page.path, Buffer.byteLength(content));
          await draft.put({ path: page.path, content });
        }
        if (page.path.endsWith('.html')) html++;
        if (i % 100 === 99) await nextTurn();
      }
      return html;
    },
    async save() {
      const written = Date.now();
      const bodies: Record<string, BodyRecord> = {};
      for (const m of project.messages) {
        const h = hashes.get(m.file);
        if (h === undefined) continue;
        if (deep.get(m)) {
          bodies[m.file] = { hash: h, deep: true };
          continue;
        }
        const body = renderCache.bodies.get(m);
        if (!body) {
          // Not on the site (a draft, a message dated later, one without a title): kept for when it is.
          const before = state.bodies[m.file];
          if (before) bodies[m.file] = before;
          continue;
        }
        const targets = [...body.targets].sort();
        // Known before the pages were keyed, or (a body only a page of the old site showed, or not on the site) now.
        let key = bodyKeys.get(m);
        if (key === undefined) bodyKeys.set(m, (key = bodyKey(m, targets)));
        bodies[m.file] = { hash: h, deep: false, key, summary: body.summary, assets: body.assets, targets };
      }
      if (rekey && keyed) {
        for (const m of keyed.included) {
          const body = renderCache.bodies.get(m);
          if (!bodyKeys.has(m) && body) bodyKeys.set(m, bodyKey(m, [...body.targets].sort()));
        }
        keys = pageKeys(keyed, bodyKeys);
      }
      const files: Record<string, [string, number]> = {};
      for (const [file, key] of keys) {
        const size = sizes.get(file);
        if (size !== undefined) files[file] = [key, size];
      }
      const sites: BuildState['sites'] = {};
      if (ids.previous && ids.previous !== ids.site && state.sites[ids.previous]) sites[ids.previous] = state.sites[ids.previous]!;
      if (ids.site) sites[ids.site] = { written, files };
      return writeBuildState(stateFile, site, { sites, bodies });
    },
  };
}

/** Up to this many pages of new or changed messages are rendered ahead of the others (and held until written). */
const EARLY_PAGES = 200;

/** Stands for a message whose key is not known: a page that shows one has no key. */
const UNKNOWN = '\u0001unknown';

/** A body as a build recorded it: its HTML (and per segment) renders only when a page asks for it. */
function recordedBody(record: BodyRecord, render: () => RenderedBody): RenderedBody {
  let full: RenderedBody | undefined;
  const body = { summary: record.summary!, targets: new Set(record.targets), assets: record.assets! } as RenderedBody;
  Object.defineProperty(body, 'html', { get: () => (full ??= render()).html, enumerable: true });
  Object.defineProperty(body, 'perSegment', { get: () => (full ??= render()).perSegment, enumerable: true });
  return body;
}

/**
 * What every page shares. herald's code is named by the files beside this
 * module (in the bundle, every chunk, whose names carry a hash of their
 * content), so a rebuilt herald of the same version starts afresh.
 */
async function siteKey(cached: CachedCheckResult, options: IncrementalOptions): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const code = await Promise.all(
    (await readdir(here)).sort().map(async (name) => {
      const info = await stat(path.join(here, name)).catch(() => undefined);
      return [name, info?.size ?? null, info?.mtimeMs ?? null];
    }),
  );
  const logo = cached.project.logo ? await fileHash(path.join(cached.project.root, cached.project.logo.file)) : null;
  return hash([
    'site',
    cached.key,
    code,
    await folderHash(TEMPLATES_DIR),
    options.themeDir ? await folderHash(options.themeDir) : null,
    cached.project.logo ?? null,
    logo,
    {
      baseUrl: options.baseUrl ?? null,
      drafts: options.drafts,
      future: options.future,
      search: options.search,
      planPage: options.planPage,
      generator: options.generator,
      lang: cached.project.lang,
    },
  ]);
}

/** Every file under `dir` with the hash of its bytes, sorted. */
async function folderHash(dir: string): Promise<[string, string][]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return Promise.all(files.map(async (file): Promise<[string, string]> => [path.relative(dir, file), (await fileHash(file)) ?? '']));
}

async function fileHash(file: string): Promise<string | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes ? createHash('sha1').update(bytes).digest('base64') : undefined;
}

function hash(value: unknown): string {
  return createHash('sha1')
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('base64');
}

/**
 * `value` as text when it is plain data (objects, arrays, strings, numbers,
 * booleans, null, Maps and Sets of them); undefined when it holds anything
 * else (a function, a class instance, a cycle), which a key cannot be sure
 * to capture.
 */
export function plainData(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (v === undefined) return '\u0000undefined';
      if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new Error('not plain data');
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
      if (v instanceof Map) return ['\u0000Map', [...v]];
      if (v instanceof Set) return ['\u0000Set', [...v]];
      const prototype = Object.getPrototypeOf(v) as unknown;
      if (prototype !== Object.prototype && prototype !== null) throw new Error('not plain data');
      return v;
    });
  } catch {
    return undefined;
  }
}
