import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import { contentFileOf, notFoundPath, outputPathOf, SEARCH_FOLDER } from '../model/routes.js';
import { unpublishable, type PublishFacts } from '../model/site-paths.js';
import { compose, type Lang } from '../messages/index.js';
import { svgHazard } from '../validate/svg-safety.js';
import { EVENTS_PATH, injectClient } from './client.js';
import type { EventHub } from './events.js';
import { isAllowedHost, isAllowedOrigin, suggestedName, type AllowedHosts } from './host-check.js';
import type { Overlay } from './overlay.js';
import { contentType, insideRoot, resolveRequestPath } from './paths.js';

/** What the HTTP layer serves from. */
export interface ServedSite {
  /** A rendered page or feed by site path (rendered now if not cached); undefined when the site has none. Throws when its template fails. */
  page(file: string): string | undefined;
  /** Whether the site has the file at this site path. */
  has(file: string): boolean;
}

export interface HttpSources {
  site: ServedSite;
  overlay: Overlay;
  hub: EventHub;
  /** The project's `content/`, absolute: its assets are served from disk. */
  contentDir: string;
  /** Which content files the site publishes, as the last update left them. */
  facts(): PublishFacts & { contentFiles: ReadonlySet<string> };
  /** The folder of the current search index, if there is one. */
  searchDir(): string | undefined;
  /** The project root and its header logo as the last plan read judged it (`Project.logo`; only a publishable one). */
  logo?(): { root: string; file: string; path: string } | undefined;
  /** The language of the writer's error pages. */
  lang(): Lang;
  /** The host names the server answers to (host-check.ts); undefined until it listens, and then nothing is served. */
  allowed(): AllowedHosts | undefined;
}

/**
 * Request → response for `herald dev`: GET and HEAD only (405); the event
 * stream; pages from memory with the live-reload client injected into HTML;
 * the search index and the assets beside the messages from disk; the site's
 * 404 page; a 500 page with the overlay when a template fails. Nothing a
 * request or a file contains crashes the server.
 *
 * First of all, a request must name the server in its `Host` header, and an
 * event stream's `Origin` must be one of its pages (host-check.ts, against
 * DNS rebinding): else 403 with one line that says how to allow the name.
 * Event streams beyond the hub's bound get 503.
 *
 * Files on disk are served by hand, not with sirv: in its `dev` mode sirv
 * checks that the path stays inside its folder as a string only (after
 * `normalize`), so a symlink in `content/` that points outside is served; it
 * also decodes with `decodeURI` and carries on after a bad escape, answers
 * `/x` with `/x.html` or `/x/index.html`, and sends its own content types and
 * ranges. Here the request path is decoded and checked once (`paths.ts`
 * `resolveRequestPath`: 400/403 for bad escapes, `..`, `.`, backslashes and
 * NUL, plainly or percent-encoded) and the file is opened by the real path
 * `insideRoot` checked, so nothing is resolved twice.
 */
export function createRequestHandler(sources: HttpSources): (req: IncomingMessage, res: ServerResponse) => void {
  const { site, overlay, hub } = sources;
  const sendPage = (res: ServerResponse, head: boolean, status: number, file: string, content: string) =>
    send(res, head, status, contentType(file), file.endsWith('.html') ? injectClient(content, sources.lang()) : content);
  const renderPage = (file: string): string | undefined => {
    try {
      return site.page(file);
    } catch (error) {
      overlay.templateFailed(file, error);
      throw error;
    }
  };
  const notFound = (res: ServerResponse, head: boolean) => {
    const page = renderPage(notFoundPath);
    if (page !== undefined) sendPage(res, head, 404, notFoundPath, page);
    else send(res, head, 404, 'text/plain; charset=utf-8', 'Not found\n');
  };

  const refuse = (res: ServerResponse, head: boolean, status: number, messageId: string, data: Record<string, string | number | undefined>) => {
    const given = Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
    send(res, head, status, 'text/plain; charset=utf-8', `${compose(sources.lang(), 'terminal', messageId, given)}\n`);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    const allowed = sources.allowed();
    const host = req.headers.host;
    if (!allowed || !isAllowedHost(host, allowed)) {
      if (host === undefined || host === '') return refuse(res, head, 403, 'dev-host-missing', {});
      return refuse(res, head, 403, 'dev-host-refused', { host: shorten(host), name: newName(host, allowed) });
    }
    if (req.method !== 'GET' && !head) return send(res, false, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { allow: 'GET, HEAD' });
    const url = req.url ?? '/';
    if (url.split('?')[0] === EVENTS_PATH) {
      const origin = req.headers.origin;
      if (!isAllowedOrigin(origin, allowed)) {
        const name = origin?.toLowerCase().startsWith('http://') ? newName(origin.slice('http://'.length), allowed) : undefined;
        return refuse(res, head, 403, 'dev-origin-refused', { origin: shorten(origin ?? ''), name });
      }
      if (hub.full) return refuse(res, head, 503, 'dev-too-many-streams', { max: hub.max });
      const page = new URL(url, 'http://localhost').searchParams.get('page') ?? '/';
      return hub.connect(req, res, page, (event) => event('errors', overlay.errorsFor(page)));
    }
    const requested = resolveRequestPath(url);
    if (requested.kind === 'refused') {
      return send(res, head, requested.status, 'text/plain; charset=utf-8', requested.status === 400 ? 'Bad request\n' : 'Forbidden\n');
    }
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
      const text = compose(sources.lang(), 'template', 'page-failed', { reason: (error as Error)?.message ?? String(error) });
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>herald: error</title></head><body><h1>herald could not render this page</h1><pre>${escapeHtml(text)}</pre></body></html>`;
      return send(res, head, 500, 'text/html; charset=utf-8', injectClient(html, sources.lang()));
    }
    const searchDir = sources.searchDir();
    if (file.startsWith(`${SEARCH_FOLDER}/`) && searchDir) {
      const real = insideRoot(searchDir, file);
      if (real) return send(res, head, 200, contentType(real), readFileSync(real));
    }
    // The header logo (site.brand.logo), from disk, as a build copies it. It was judged when the plan was read;
    // an SVG is judged again here, since the watcher may not see its folder change.
    const logo = sources.logo?.();
    if (logo && file === logo.path) {
      const real = insideRoot(logo.root, logo.file);
      const bytes = real ? readFileSync(real) : undefined;
      if (bytes && !(real!.toLowerCase().endsWith('.svg') && svgHazard(bytes.toString('utf8')))) return send(res, head, 200, contentType(real!), bytes);
    }
    // Assets beside the messages, from disk; never the messages' Markdown.
    const asset = contentFileOf(file);
    const facts = sources.facts();
    // The same files a build publishes: never an HTML page or script written beside a message.
    if (!file.toLowerCase().endsWith('.md') && facts.contentFiles.has(asset) && !unpublishable(file, facts)) {
      const real = insideRoot(sources.contentDir, file);
      if (real) return send(res, head, 200, contentType(real), readFileSync(real));
    }
    return notFound(res, head);
  };

  return (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A file vanishing mid-read and the like: answer, never crash.
      if (!res.headersSent) send(res, false, 500, 'text/plain; charset=utf-8', `herald: ${(error as Error)?.message ?? String(error)}\n`);
      else res.end();
    }
  };
}

/** An HTTP server for `handler`, listening; a port in use or a host that cannot be bound is a UsageError. */
export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, host: string, port: number): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new UsageError(`Port ${port} on ${host} is in use.`, 'Choose another with --port, or --port 0 for any free port.'));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new UsageError(`Cannot listen on ${host}: ${error.message}`, 'Use --host 127.0.0.1.'));
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolve());
  });
  return server;
}

function send(res: ServerResponse, head: boolean, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'content-type': type, 'content-length': bytes.length, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
  res.end(head ? undefined : bytes);
}

/** A header's value cut short for a one-line answer. */
function shorten(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}…` : value;
}

/** The name a refusal suggests for --allowed-host: none when it is not a plain name, or already allowed (a wrong port, say). */
function newName(host: string, allowed: AllowedHosts | undefined): string | undefined {
  const name = suggestedName(host);
  if (name === undefined || !allowed) return undefined;
  return allowed.names.has(name) || allowed.names.has(`[${name}]`) ? undefined : name;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
