import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { lintMessages, lintPlan } from '../lint/lint-project.js';
import { releaseMessageTree } from '../validate/validate-message.js';
import { usageError } from '../messages/terminal.js';
import { CONTENT_DIR, PLANS_DIR } from '../load/read-project.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { isInside } from '../model/paths.js';
import { SEARCH_FOLDER } from '../model/routes.js';
import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import type { Lang, LangChoice } from '../messages/index.js';
import { eachThen, loadProject } from './check.js';
import { createRenderCache, createSiteRenderer, type RenderOptions, type SitePage, type SiteRenderer } from '../render/render-site.js';
import { buildDiagnostics, NO_CHECK_RULES, startIncrementalBuild } from './cached-build.js';
import { checkProjectCached, type CacheNote, type CacheOptions, type CachedCheckResult } from './cached-check.js';
import { buildStatePath } from '../write/manifest.js';
import { RULES } from '../rules/index.js';
import { bodyTooDeep } from '../scope/body-depth.js';
import { startSearchIndex, type SearchIndexSession } from '../write/search-index.js';
import { startSiteDraft, type SiteDraft } from '../write/draft.js';
import { SITE_MARKER } from '../write/folders.js';
import { recoverInterrupted } from '../write/lock.js';
import { claimSpare, releaseSpare } from '../write/spare.js';
import { explainWriteError } from './write-errors.js';
import { capHeapGrowth, LARGE_PROJECT } from './heap.js';

/** A stage of a build, as the `progress` catalogue block names it. */
export type BuildStage = 'build-checking' | 'build-rendering' | 'build-search-index' | 'build-finishing';

export interface BuildOptions {
  root: string;
  /** Output folder, relative to the root or absolute. */
  out: string;
  drafts: boolean;
  future: boolean;
  baseUrl?: string;
  search: boolean;
  /** Render the /plan/ dashboard (`--plan-page`, `--no-plan-page`); unset: the plan's `site.planPage` (default false). */
  planPage?: boolean | undefined;
  /** Run the check first and stop on errors. */
  check: boolean;
  /** The build moment (ms): decides what is "future". */
  now: number;
  generator: string;
  /**
   * Progress for long builds (a TTY): called with a stage's message id in the
   * `progress` catalogue block (`build-checking`, …) and the project's
   * language, for the caller to say in it.
   */
  progress?: (stage: BuildStage, lang: Lang) => void;
  /** `--lang` and `HERALD_LANG`, for the language of the check's findings (see `loadProject`). */
  lang?: LangChoice;
  /** `--ignore-pattern`s, on top of the plan's `ignore:`. */
  ignorePatterns?: readonly string[];
  /**
   * Aborted when the build must stop now (SIGINT, SIGTERM): Pagefind's
   * process is stopped at once, so it does not outlive the build. The caller
   * then exits; the draft left behind is recovered by the next build.
   */
  signal?: AbortSignal;
  /** `--cache`: the check from the check's cache, and only the pages whose inputs changed rendered (pipeline/cached-build.ts). */
  cache?: CacheOptions;
}

export interface BuildResult {
  /** False when the check found errors and nothing was written. */
  built: boolean;
  diagnostics: Diagnostic[];
  project: Project;
  out: string;
  pages: number;
  messages: number;
  skipped: string[];
  /** Publish moments (ms, earliest first) of the scheduled messages left out: dated after the build moment. */
  scheduled: number[];
  searchPages?: number;
  /** With `cache`: the files rendered (the others were kept from the previous site but one, as they were). */
  rendered?: string[];
  /** With `cache`: why the cache could not be used or kept (the build itself succeeded). */
  cacheNotes?: CacheNote[];
}

/**
 * plans/ + content/ → load → validate → lint → render → write site/. A write
 * error that the writer can do something about (a full disk, a folder they
 * may not write to) becomes a UsageError saying what (write-errors.ts); the
 * previous site stays as it was either way.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const out = path.resolve(options.root, options.out);
  const load = {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.ignorePatterns?.length ? { ignorePatterns: options.ignorePatterns } : {}),
  };
  const cached = options.cache ? await checkProjectCached(options.root, options.cache, load) : undefined;
  const project = cached?.project ?? (await loadProject(options.root, load));
  try {
    return await checkAndWrite(project, out, options, cached);
  } catch (error) {
    throw explainWriteError(error, out, project.lang) ?? error;
  }
}

async function checkAndWrite(project: Project, out: string, options: BuildOptions, cached?: CachedCheckResult): Promise<BuildResult> {
  assertSafeOutput(project.root, out);
  await recoverInterrupted(out);
  // The previous site kept beside the output folder is taken now and listed while the check runs and the first bodies render.
  // (Not earlier: its thousands of small reads would queue ahead of the project's own.)
  const others = options.search ? [SEARCH_FOLDER] : [];
  const spare = claimSpare(out, others);
  let draft: SiteDraft | undefined;
  let search: SearchIndexSession | undefined;
  let stopListening: (() => void) | undefined;
  let uncap: (() => void) | undefined;
  try {
    options.progress?.('build-checking', project.lang);
    // --no-check runs only the rules that say which files are left out and why; the other rules are what
    // --no-check asks to skip (in CI, `herald check` has usually run just before).
    const configuration = options.check
      ? project.rules
      : { rules: project.rules.rules.filter((r) => NO_CHECK_RULES.has(r.rule.id)), diagnostics: project.rules.diagnostics };
    const reuseTrees = project.messages.length < REUSE_TREES_FROM;
    // As `herald check` does for a large project: the heap kept close to what is live, from the lint to the last page.
    uncap = !cached && !reuseTrees ? capHeapGrowth() : undefined;
    // With --cache the findings come from the cached check (its messages were linted there, or are known unchanged).
    const { diagnostics, tooDeep } = cached
      ? // Which bodies are too deep is known to the incremental build from its state (startIncrementalBuild): measuring here would parse every body.
        { diagnostics: buildDiagnostics(cached, options.check), tooDeep: new Set<Message>() }
      : lintForBuild(project, configuration, reuseTrees);
    const base = {
      diagnostics,
      project,
      out,
      pages: 0,
      messages: 0,
      skipped: [] as string[],
      scheduled: [] as number[],
      ...(cached ? { cacheNotes: cached.notes } : {}),
    };
    if (options.check && diagnostics.some((d) => d.severity === 'error')) return { built: false, ...base };

    options.progress?.('build-rendering', project.lang);
    const baseUrl = normaliseBaseUrl(options.baseUrl ?? project.plan.site.baseUrl);
    // A body the renderer cannot take (`body-structure` says why) is left out; the rest is published.
    const themeDir = existsSync(path.join(project.root, 'theme')) ? path.join(project.root, 'theme') : undefined;
    const renderOptions: RenderOptions = {
      ...(baseUrl ? { baseUrl } : {}),
      drafts: options.drafts,
      future: options.future,
      now: options.now,
      search: options.search,
      planPage: options.planPage ?? project.plan.site.planPage,
      ...(themeDir ? { themeDir } : {}),
      generator: options.generator,
    };
    const incremental = cached ? await startIncrementalBuild(cached, { ...renderOptions, out }) : undefined;
    const renderable = incremental?.renderable ?? (tooDeep.size > 0 ? { ...project, messages: project.messages.filter((m) => !tooDeep.has(m)) } : project);
    const renderer = createSiteRenderer(
      renderable,
      renderOptions,
      // Each page is rendered once and written at once (renderPages): what it rendered can go. (--cache keeps the bodies it remembers.)
      incremental?.renderCache ?? createRenderCache(themeDir, { streaming: true, freshTrees: !reuseTrees }),
    );

    // Pagefind indexes in its own process, alongside this one: it gets the
    // search records as the bodies render, and writes the index into the new
    // site's folder while this process renders and writes the pages.
    search = options.search ? await startSearchIndex(project.plan.site.language) : undefined;
    if (search) {
      const session = search;
      const stop = () => void session.close();
      if (options.signal?.aborted) stop();
      options.signal?.addEventListener('abort', stop, { once: true });
      stopListening = () => options.signal?.removeEventListener('abort', stop);
    }
    draft = await startSiteDraft(project.root, out, { others, claim: spare });
    let searchPages: number | undefined;
    if (search) {
      await feedSearchIndex(search, renderer);
      const index = search;
      draft.alongside((dir) => index.write(dir).then((n) => (searchPages = n)));
    }
    const pages = incremental ? await incremental.writePages(renderer, draft, spare.contents) : await renderPages(renderer.pages, draft);
    options.progress?.(search ? 'build-search-index' : 'build-finishing', project.lang);
    await draft.commit(incremental ? renderer.allAssets() : renderer.assets());
    const unsaved = await incremental?.save();
    if (unsaved !== undefined && cached)
      base.cacheNotes = [...cached.notes, { messageId: 'cache-unwritable', data: { file: buildStatePath(cached.file), reason: unsaved } }];
    return {
      built: true,
      ...base,
      pages,
      messages: renderer.included.length,
      skipped: renderer.skipped,
      scheduled: renderer.scheduled,
      ...(incremental ? { rendered: incremental.rendered } : {}),
      ...(searchPages !== undefined ? { searchPages } : {}),
    };
  } catch (error) {
    await draft?.discard();
    throw error;
  } finally {
    uncap?.();
    stopListening?.();
    await search?.close();
    // Stopped before it had a draft (lint errors, a bad project): the spare goes back as it was.
    if (!draft) await releaseSpare(out, spare);
  }
}

/**
 * Below this many messages, the build parses each body once: the check's
 * tree is kept on the message and the renderer uses it. From there on, each is
 * parsed for the check and again for its page, and neither tree is kept.
 * Measured on the bench corpus: a tree takes about 6.3 KiB of heap (63 MiB at
 * 10,000 messages, 630 MiB at 100,000, a third of the 2 GiB a build may
 * take), and a second parse about 0.1–0.15 ms a body (0.6 s of CPU at 4,000
 * messages, a tenth of the build). So: keep them while that is cheap.
 */
const REUSE_TREES_FROM = LARGE_PROJECT;

/**
 * The check of a build, as `lintProject` gives it, and the messages whose
 * bodies nest deeper than the renderer takes. Without `reuseTrees`, as in
 * `herald check`, each message lets go of its tree once linted (it is parsed
 * again for its page), instead of every tree staying to the end of the build.
 */
function lintForBuild(project: Project, configuration: Project['rules'], reuseTrees: boolean): { diagnostics: Diagnostic[]; tooDeep: Set<Message> } {
  const { plan, facts, lang } = project;
  const diagnostics = [...project.planDiagnostics, ...configuration.diagnostics];
  const tooDeep = new Set<Message>();
  const linted = eachThen(project.messages, (message) => {
    // Measured on the tree the `body-structure` rule measured (kept per tree), whether that rule is on or not.
    if (bodyTooDeep(message)) tooDeep.add(message);
    if (!reuseTrees) releaseMessageTree(message);
  });
  diagnostics.push(...lintMessages(plan, linted, facts, configuration.rules, RULES, lang));
  diagnostics.push(...lintPlan(plan, facts, configuration.rules, lang));
  return { diagnostics: diagnostics.sort(compareDiagnostics), tooDeep };
}

/**
 * One search record per message, handed over in small batches with a step
 * out to the event loop after each, so Pagefind takes in the first records
 * while the later bodies still render (rather than after all of them: ~0.4 s
 * of 1,000 messages).
 */
async function feedSearchIndex(search: SearchIndexSession, renderer: SiteRenderer): Promise<void> {
  const messages = renderer.included;
  for (let i = 0; i < messages.length; i += SEARCH_BATCH) {
    search.add(messages.slice(i, i + SEARCH_BATCH).map(renderer.searchRecord));
    await nextTurn();
  }
}

const SEARCH_BATCH = 50;

/**
 * Renders every page into the draft; the number of HTML pages. Each page is
 * written as soon as it is rendered, so no page is held in memory longer than
 * its write (peak memory at 10,000 messages: 772 → 467 MiB; the time stayed
 * the same). Rendering is synchronous: stepping out to the event loop now and
 * then also lets the search records flow to Pagefind.
 */
async function renderPages(pages: SitePage[], draft: SiteDraft): Promise<number> {
  let html = 0;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    await draft.put({ path: page.path, content: page.render() });
    if (page.path.endsWith('.html')) html++;
    if (i % 100 === 99) await nextTurn();
  }
  return html;
}

/**
 * The output folder is replaced whole, so it must never be the project, a
 * folder that holds it, or a folder of the user's own files.
 */
function assertSafeOutput(root: string, given: string): void {
  // Compared as the file system resolves them: through a symlink (`c -> content`), `c/site` is content/site.
  root = realPathOf(root);
  const out = realPathOf(given);
  if (isInside(out, root, true)) {
    throw usageError('usage-build-out-contains-project', { dir: out });
  }
  for (const own of [PLANS_DIR, CONTENT_DIR, 'theme']) {
    if (isInside(realPathOf(path.join(root, own)), out, true)) throw usageError('usage-build-out-inside-own', { dir: out, own });
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw usageError('usage-build-out-is-file', { dir: out });
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(SITE_MARKER)) {
      throw usageError('usage-build-out-not-herald', { dir: out });
    }
  }
}

/** The real path of `p` (absolute): its nearest existing ancestor resolved through symlinks, plus the rest. */
function realPathOf(p: string): string {
  let existing = p;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return p;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

export function normaliseBaseUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError('usage-build-base-url-relative', { url });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw usageError('usage-build-base-url-protocol', { url });
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}
