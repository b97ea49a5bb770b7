import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FSWatcher } from 'chokidar';
import { UsageError } from '../model/errors.js';
import { CONTENT_DIR, toPosix } from '../load/read-project.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { contentFileOf, notFoundPath, outputPathOf, SEARCH_FOLDER } from '../model/routes.js';
import { compose, type Lang } from '../messages/index.js';
import { unpublishable } from '../model/site-paths.js';
import { EVENTS_PATH, injectClient, type OverlayError } from './client.js';
import { EventHub } from './events.js';
import { diffFindings } from './findings.js';
import { ProjectState } from '../workspace/project-state.js';
import { contentType, insideRoot, resolveRequestPath } from './paths.js';
import { DevSite } from './site-cache.js';
import { RebuildQueue, watchProject } from './watcher.js';

// From dist/dev/ or a chunk of the bundle in dist/bundle/, the worker is the tsc output in dist/dev/.
const SEARCH_WORKER = fileURLToPath(new URL('../dev/search-worker.js', import.meta.url));

export interface DevOptions {
  root: string;
  /** Interface to listen on; 127.0.0.1 unless the user says otherwise. */
  host: string;
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
  close(): Promise<void>;
}

/**
 * `herald dev`: loads the project once, serves the site from memory
 * (pages rendered on demand, see site-cache.ts), watches the project and
 * after each burst of changes updates the state, sends every open page its
 * errors and a reload. Nothing a file contains can stop the server: a
 * failed rebuild is reported and the last good state keeps being served.
 */
export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const state = await ProjectState.load(options.root);
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
  /** Pages whose template failed, with the error. */
  const renderFailures = new Map<string, string>();

  const errorsFor = (page: string): OverlayError[] => {
    const out: OverlayError[] = [];
    if (failure) out.push(failureError('herald', 'rebuild', failure));
    const requested = resolveRequestPath(page);
    const file = requested.kind === 'file' ? requested.file : undefined;
    const renderFailure = file ? renderFailures.get(file) : undefined;
    if (renderFailure) out.push(failureError('theme', 'template', renderFailure));
    let messageFile: string | undefined;
    try {
      messageFile = file ? site.messageAt(file)?.file : undefined;
    } catch {
      // the same template failure is reported above
    }
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      if (d.file === messageFile || d.file.startsWith('plans/')) {
        out.push({
          file: d.file,
          line: d.line,
          column: d.column,
          ruleId: d.ruleId,
          messageId: d.messageId,
          data: d.data,
          message: d.message,
        });
      }
    }
    return out;
  };

  // ── Search: Pagefind in the background, into a temp folder ───────────────
  const searchRoot = options.search ? mkdtempSync(path.join(tmpdir(), 'herald-dev-')) : undefined;
  let searchDir: string | undefined;
  let searchTimer: NodeJS.Timeout | undefined;
  let indexing: Promise<void> | undefined;
  let indexAgain = false;
  let generation = 0;
  let closed = false;
  const scheduleSearch = () => {
    if (!searchRoot || closed) return;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      searchTimer = undefined;
      if (indexing) {
        indexAgain = true;
        return;
      }
      indexing = indexSearch().finally(() => {
        indexing = undefined;
        if (indexAgain && !closed) {
          indexAgain = false;
          scheduleSearch();
        }
      });
    }, options.searchDelay ?? 1000);
  };
  let worker: ChildProcess | undefined;
  const indexSearch = async () => {
    const started = performance.now();
    const dir = path.join(searchRoot!, String(++generation));
    try {
      mkdirSync(dir, { recursive: true });
      const recordsFile = path.join(dir, 'records.json');
      writeFileSync(recordsFile, JSON.stringify(site.search()));
      const pages = await new Promise<number>((resolve, reject) => {
        // Its own process group (detached), so close() can stop Pagefind's binary with it.
        const child = spawn(process.execPath, [SEARCH_WORKER, dir, state.plan.site.language, recordsFile], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        worker = child;
        let out = '';
        let err = '';
        child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
        child.on('error', reject);
        child.on('exit', (code) => {
          worker = undefined;
          if (code === 0) resolve(Number(out.trim()));
          else reject(new Error(`the search index failed: ${err.trim().split('\n')[0] ?? `exit code ${code}`}`));
        });
      });
      if (closed) return;
      rmSync(recordsFile, { force: true });
      const old = searchDir;
      searchDir = dir;
      if (old) rmSync(old, { recursive: true, force: true });
      options.report.indexed?.(pages, performance.now() - started);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      if (!closed) options.report.failed(error);
    }
  };

  // ── Rebuilds ─────────────────────────────────────────────────────────────
  const rebuild = async (paths: Set<string>) => {
    const started = performance.now();
    try {
      const relative = [...paths].map((p) => toPosix(path.relative(root, p)));
      const themeChanged = relative.some((p) => p === 'theme' || p.startsWith('theme/'));
      const projectPaths = [...paths].filter((_, i) => !relative[i]!.startsWith('theme'));
      if (projectPaths.length > 0 || failure) {
        // After a failed rebuild the state may be behind: read the whole project again.
        const change = failure ? await state.reload() : await state.update(projectPaths);
        site.update(state.renderProject(), change);
      }
      if (themeChanged) site.themeChanged();
      failure = undefined;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      options.report.failed(error);
      hub.send('errors', errorsFor);
      return;
    }
    renderFailures.clear();
    // The pages are ready (they render on demand from the state): reload now, then lint.
    hub.send('reload', () => null);
    // Let the event leave: a response is flushed on the next turn of the event loop, and linting 10,000 messages takes a while.
    await new Promise((resolve) => setImmediate(resolve));
    const before = diagnostics;
    try {
      diagnostics = state.diagnostics();
    } catch (error) {
      failure = (error as Error)?.message ?? String(error);
      options.report.failed(error);
    }
    hub.send('errors', errorsFor);
    options.report.rebuilt({ ms: performance.now() - started, diagnostics, ...diffFindings(before, diagnostics) });
    scheduleSearch();
  };
  const queue = new RebuildQueue(rebuild, (error) => options.report.failed(error), options.delay ?? 30);

  // ── HTTP ─────────────────────────────────────────────────────────────────
  const send = (res: ServerResponse, head: boolean, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { 'content-type': type, 'content-length': bytes.length, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
    res.end(head ? undefined : bytes);
  };
  const sendPage = (res: ServerResponse, head: boolean, status: number, file: string, content: string) =>
    send(res, head, status, contentType(file), file.endsWith('.html') ? injectClient(content) : content);
  const renderPage = (file: string): string | undefined => {
    try {
      return site.page(file);
    } catch (error) {
      renderFailures.set(file, (error as Error)?.message ?? String(error));
      throw error;
    }
  };
  const notFound = (res: ServerResponse, head: boolean) => {
    const page = renderPage(notFoundPath);
    if (page !== undefined) sendPage(res, head, 404, notFoundPath, page);
    else send(res, head, 404, 'text/plain; charset=utf-8', 'Not found\n');
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return send(res, false, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { allow: 'GET, HEAD' });
    const url = req.url ?? '/';
    if (url.split('?')[0] === EVENTS_PATH) {
      const page = new URL(url, 'http://localhost').searchParams.get('page') ?? '/';
      return hub.connect(req, res, page, (event) => event('errors', errorsFor(page)));
    }
    const requested = resolveRequestPath(url);
    if (requested.kind === 'refused') return send(res, head, requested.status, 'text/plain; charset=utf-8', requested.status === 400 ? 'Bad request\n' : 'Forbidden\n');
    const { file } = requested;
    const pathname = url.split(/[?#]/)[0]!;
    try {
      const page = renderPage(file);
      if (page !== undefined) return sendPage(res, head, 200, file, page);
      // A folder without its trailing slash: relative links in its page need the slash.
      if (!path.posix.basename(file).includes('.') && site.has(outputPathOf(`/${file}/`))) {
        res.writeHead(301, { location: `${pathname}/` });
        return res.end();
      }
    } catch (error) {
      const text = compose('en', 'template', 'page-failed', { reason: (error as Error)?.message ?? String(error) });
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>herald: error</title></head><body><h1>herald could not render this page</h1><pre>${escapeHtml(text)}</pre></body></html>`;
      return send(res, head, 500, 'text/html; charset=utf-8', injectClient(html));
    }
    if (file.startsWith(`${SEARCH_FOLDER}/`) && searchDir) {
      const real = insideRoot(searchDir, file);
      if (real) return send(res, head, 200, contentType(real), readFileSync(real));
    }
    // Assets beside the messages, from disk; never the messages' Markdown.
    const asset = contentFileOf(file);
    // The same files a build publishes: never an HTML page or script written beside a message.
    if (!file.toLowerCase().endsWith('.md') && state.facts.contentFiles.has(asset) && !unpublishable(file, state.facts)) {
      const real = insideRoot(path.join(root, CONTENT_DIR), file);
      if (real) return send(res, head, 200, contentType(real), readFileSync(real));
    }
    return notFound(res, head);
  };

  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A file vanishing mid-read and the like: answer, never crash.
      if (!res.headersSent) send(res, false, 500, 'text/plain; charset=utf-8', `herald: ${(error as Error)?.message ?? String(error)}\n`);
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new UsageError(`Port ${options.port} on ${options.host} is in use.`, 'Choose another with --port, or --port 0 for any free port.'));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new UsageError(`Cannot listen on ${options.host}: ${error.message}`, 'Use --host 127.0.0.1.'));
      else reject(error);
    });
    server.listen(options.port, options.host, () => resolve());
  });

  let watcher: FSWatcher;
  try {
    watcher = await watchProject(root, (file) => queue.add(file), (error) => options.report.failed(error));
  } catch (error) {
    server.close();
    throw error;
  }
  scheduleSearch();

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    diagnostics: () => diagnostics,
    close: async () => {
      closed = true;
      clearTimeout(searchTimer);
      queue.close();
      await watcher.close();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (worker?.pid !== undefined) {
        // Stop the indexer and Pagefind's binary (one process group) rather than wait for a whole index.
        try {
          process.kill(-worker.pid, 'SIGKILL');
        } catch {
          worker.kill('SIGKILL'); // no process groups (Windows)
        }
      }
      await indexing?.catch(() => undefined);
      if (searchRoot) rmSync(searchRoot, { recursive: true, force: true });
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Why a rebuild (`rebuild`) or a page's template (`template`) failed, for the overlay: the error's own words as data. */
function failureError(file: string, namespace: 'rebuild' | 'template', reason: string, lang: Lang = 'en'): OverlayError {
  const data = { reason };
  return { file, line: 1, column: 1, ruleId: namespace, messageId: 'failed', data, message: compose(lang, namespace, 'failed', data) };
}
