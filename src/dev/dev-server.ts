import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FSWatcher } from 'chokidar';
import { CONTENT_DIR, toPosix } from '../load/read-project.js';
import type { Lang, LangChoice } from '../messages/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { ProjectState } from '../workspace/project-state.js';
import { BackgroundSearch } from './background-search.js';
import { CoalescingQueue } from './coalescing-queue.js';
import { EventHub } from './events.js';
import { allowedHosts, type AllowedHosts } from './host-check.js';
import { diffFindings } from './findings.js';
import { createRequestHandler, listen, type ServedSite } from './http.js';
import { Overlay } from './overlay.js';
import { DevSite } from './site-cache.js';
import { watchProject } from './watcher.js';

export interface DevOptions {
  root: string;
  /** Interface to listen on; 127.0.0.1 unless the user says otherwise. */
  host: string;
  /** More host names to answer to besides the loopback ones and `host` (`--allowed-host`; see host-check.ts). */
  allowedHosts?: readonly string[];
  /** 0 for any free port. */
  port: number;
  baseUrl?: string;
  /** Build the Pagefind index in the background. */
  search: boolean;
  generator: string;
  /** Debounce of file events, ms. */
  delay?: number;
  /** Wait this long after the last rebuild before indexing for search, ms. */
  searchDelay?: number;
  report: DevReport;
  /** `--lang` and `HERALD_LANG`; with the plan they decide the language of the findings and the overlay. */
  lang?: LangChoice;
  /** `--ignore-pattern`s, on top of the plan's `ignore:`. */
  ignorePatterns?: readonly string[];
}

/** What the terminal hears about; the CLI formats it. */
export interface DevReport {
  rebuilt(result: { ms: number; diagnostics: Diagnostic[]; added: Diagnostic[]; fixed: Diagnostic[] }): void;
  failed(error: unknown): void;
  indexed?(pages: number, ms: number): void;
}

export interface DevServer {
  url: string;
  diagnostics(): Diagnostic[];
  /** The language the findings are written in. */
  lang(): Lang;
  close(): Promise<void>;
}

/**
 * `herald dev`: loads the project once, serves the site from memory
 * (pages rendered on demand, see site-cache.ts), watches the project and
 * after each burst of changes updates the state, sends every open page its
 * errors and a reload. Nothing a file contains can stop the server: a
 * failed rebuild is reported and the last good state keeps being served.
 * The parts: the rebuild (here) and the search index (background-search.ts),
 * each behind a CoalescingQueue; the overlay (overlay.ts); the HTTP layer
 * (http.ts); the event streams (events.ts).
 */
export async function startDevServer(options: DevOptions): Promise<DevServer> {
  // A bad --allowed-host is a usage error before anything is loaded (the port is filled in once listening).
  allowedHosts(options.host, options.port, options.allowedHosts);
  const state = await ProjectState.load(options.root, {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.ignorePatterns?.length ? { ignorePatterns: options.ignorePatterns } : {}),
  });
  const root = state.root;
  const site = new DevSite(state.renderProject(), {
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    search: options.search,
    // The writer's own preview: the dashboard is always there.
    planPage: true,
    generator: options.generator,
  });
  const hub = new EventHub();
  let diagnostics = state.diagnostics();
  /** Why the last rebuild failed, shown on every page until one succeeds. */
  let failure: string | undefined;
  const overlay = new Overlay({
    messageAt: (file) => site.messageAt(file),
    diagnostics: () => diagnostics,
    rebuildFailure: () => failure,
    lang: () => state.lang,
  });
  const sendErrors = () => hub.send('errors', (page) => overlay.errorsFor(page));
  const search = options.search
    ? new BackgroundSearch({ records: () => site.search(), language: () => state.plan.site.language }, options.report, options.searchDelay ?? 1000)
    : undefined;

  const rebuild = async (paths: Set<string>) => {
    const started = performance.now();
    let changed: Set<string> = new Set();
    try {
      const relative = [...paths].map((p) => toPosix(path.relative(root, p)));
      const themeChanged = relative.some((p) => p === 'theme' || p.startsWith('theme/'));
      const projectPaths = [...paths].filter((_, i) => !relative[i]!.startsWith('theme'));
      if (projectPaths.length > 0 || failure) {
        // After a failed rebuild the state may be behind: read the whole project again.
        const change = failure ? await state.reload() : await state.update(projectPaths, { emptyIsPending: true });
        // A message caught between the truncate and the write of an in-place save: read it again in a moment.
        if (change.retry) {
          const again = change.retry.map((file) => path.join(root, file));
          setTimeout(() => again.forEach((file) => rebuilds.add(file)), 20);
        }
        // Nothing changed (a second event for the same save): no reload, no lint.
        if (!change.whole && change.files.size === 0 && !themeChanged) return;
        site.update(state.renderProject(), change);
        if (!change.whole) changed = change.files;
      }
      if (themeChanged) site.themeChanged();
      failure = undefined;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      options.report.failed(error);
      sendErrors();
      return;
    }
    overlay.clearTemplateFailures();
    // A writer's save (not a checkout of many files): render the saved message's page now, so that the
    // browser's request after the reload is answered at once.
    const prepared = changed.size <= 3 ? site.prepare(changed) : [];
    // The pages are ready (they render on demand from the state): reload now, then lint. The lint waits for the
    // browser to fetch the saved page (or 100 ms, when no browser shows it): the writer waits for the new text
    // first, the findings follow (the reloaded page gets them when they are ready).
    const fetched = prepared.length ? servedOnce(prepared, 100) : Promise.resolve();
    hub.send('reload', () => null);
    await fetched;
    // Let the event and the page leave: a response is flushed on the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    const before = diagnostics;
    try {
      diagnostics = state.diagnostics();
    } catch (error) {
      failure = (error as Error)?.message ?? String(error);
      options.report.failed(error);
    }
    sendErrors();
    options.report.rebuilt({ ms: performance.now() - started, diagnostics, ...diffFindings(before, diagnostics) });
    search?.schedule();
  };
  // 5 ms: enough to take in the events of one save (a write in parts, a temp file renamed over the message) in one
  // run; a longer burst (a checkout) is coalesced by the queue anyway, events during a run making one more run.
  const rebuilds = new CoalescingQueue<string>(rebuild, { delay: options.delay ?? 5, onError: (error) => options.report.failed(error) });

  /** Pages the lint waits for (see `rebuild`): each resolves once its page was served. */
  const awaited = new Map<string, () => void>();
  const servedOnce = (pages: string[], timeout: number): Promise<void> =>
    new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        for (const page of pages) awaited.delete(page);
        resolve();
      };
      const timer = setTimeout(done, timeout);
      for (const page of pages) awaited.set(page, done);
    });
  const served: ServedSite = {
    page: (file) => {
      const content = site.page(file);
      const done = awaited.get(file);
      // After this turn: the response is written first.
      if (done) setImmediate(done);
      return content;
    },
    has: (file) => site.has(file),
  };

  let server: Server;
  let watcher: FSWatcher;
  // Set once listening, when the port is known (with --port 0); nothing is served before.
  let allowed: AllowedHosts | undefined = undefined;
  try {
    server = await listen(
      createRequestHandler({
        site: served,
        overlay,
        hub,
        contentDir: path.join(root, CONTENT_DIR),
        facts: () => state.facts,
        searchDir: () => search?.dir,
        logo: () => {
          const logo = state.logo;
          return logo ? { root, ...logo } : undefined;
        },
        lang: () => state.lang,
        allowed: () => allowed,
      }),
      options.host,
      options.port,
    );
    try {
      watcher = await watchProject(
        root,
        (file) => rebuilds.add(file),
        (error) => options.report.failed(error),
      );
    } catch (error) {
      server.close();
      throw error;
    }
  } catch (error) {
    hub.close();
    await search?.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  allowed = allowedHosts(options.host, address.port, options.allowedHosts);
  search?.schedule();

  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    diagnostics: () => diagnostics,
    lang: () => state.lang,
    close: async () => {
      // No more indexing from here; Pagefind is stopped now, its folder removed at the end.
      const searchClosed = search?.close();
      // A rebuild under way is not waited for: its result would go nowhere.
      void rebuilds.close();
      await watcher.close();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await searchClosed;
    },
  };
}
