import type { IncomingMessage, ServerResponse } from 'node:http';

interface Client {
  res: ServerResponse;
  /** The page the browser shows, e.g. /2026/x/ (what its errors are for). */
  page: string;
}

/**
 * Server-Sent Events to the open pages: plain HTTP, no dependency. Each
 * browser tab holds one response open; `send` writes an event to those a
 * filter picks.
 */
export class EventHub {
  private clients = new Set<Client>();
  private heartbeat: NodeJS.Timeout;

  constructor() {
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
