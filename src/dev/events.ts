import type { IncomingMessage, ServerResponse } from 'node:http';

interface Client {
  res: ServerResponse;
  /** The page the browser shows, e.g. /2026/x/ (what its errors are for). */
  page: string;
}

/** How many event streams `herald dev` keeps open at once by default. */
export const MAX_STREAMS = 64;

/**
 * Server-Sent Events to the open pages: plain HTTP, no dependency. Each
 * browser tab holds one response open; `send` writes an event to those a
 * filter picks. At most `max` streams are open at once: each holds a socket
 * for as long as its page is open, so a script opening them in a loop would
 * otherwise run the process out of file descriptors. A stream over the bound
 * is refused (`full`; http.ts answers 503), not made room for by closing the
 * oldest: a closed EventSource reconnects after 500 ms, so two pages over the
 * bound would push each other out forever, while a refused one (an answer
 * other than 200) gives up, and only that page lacks live reload.
 */
export class EventHub {
  private clients = new Set<Client>();
  private heartbeat: NodeJS.Timeout;
  readonly max: number;

  constructor(max = MAX_STREAMS) {
    this.max = max;
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.res.write(':\n\n');
    }, 30_000);
    this.heartbeat.unref();
  }

  /** Takes over a request to the events path; `hello` sends the first events (the page's errors). */
  connect(req: IncomingMessage, res: ServerResponse, page: string, hello: (send: (event: string, data: unknown) => void) => void): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    // Reconnect quickly after a restart of herald dev.
    res.write('retry: 500\n\n');
    const client: Client = { res, page };
    this.clients.add(client);
    req.on('close', () => this.clients.delete(client));
    hello((event, data) => write(res, event, data));
  }

  /** Sends an event to every client, with data per client's page. */
  send(event: string, data: (page: string) => unknown): void {
    for (const c of this.clients) write(c.res, event, data(c.page));
  }

  /** Whether `max` streams are open: `connect` must not be called then. */
  get full(): boolean {
    return this.clients.size >= this.max;
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const c of this.clients) c.res.end();
    this.clients.clear();
  }
}

function write(res: ServerResponse, event: string, data: unknown): void {
  // JSON has no raw line breaks, so one data line carries it.
  res.write(`event: ${event}\ndata: ${JSON.stringify(data ?? null)}\n\n`);
}
