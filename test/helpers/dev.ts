import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));

export interface DevProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

const running: ChildProcess[] = [];
afterEach(() => {
  while (running.length) {
    const child = running.pop()!;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

/** Starts the real CLI, `herald dev --port 0`, and waits for the URL it prints on stdout. */
export async function startDev(root: string, args: string[] = [], env: Record<string, string> = {}): Promise<DevProcess> {
  const child = spawn(process.execPath, [CLI, 'dev', '--root', root, '--port', '0', '--lang', 'en', ...args], {
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await waitFor(
    // "serving http://…", or in Dutch "de site staat op http://…" when a test passes --lang nl.
    () => /(?:serving|staat op) (http:\/\/\S+\/)/.exec(out)?.[1],
    60_000,
    () => `no URL; output so far:\n${out}`,
  );
  return { child, url, output: () => out, exited };
}

/** Polls until `probe` returns something (generous timeouts: the test machine is small and shared). */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeout = 20_000, why = () => 'condition not met'): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out: ${why()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Response {
  status: number;
  type: string;
  body: string;
  location?: string;
}

/** A GET with the path sent exactly as written (fetch would normalise `/../` away). */
export function get(base: string, rawPath: string, host?: string): Promise<Response> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: host ?? url.hostname, port: url.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body,
          ...(res.headers.location ? { location: res.headers.location } : {}),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

export interface ServerEvent {
  event: string;
  data: unknown;
}

/** An open EventSource-like connection to /__herald/events, collecting events. */
export function listen(base: string, page: string): { events: ServerEvent[]; close(): void } {
  const url = new URL(base);
  const events: ServerEvent[] = [];
  let buffer = '';
  const req = request({ host: url.hostname, port: url.port, path: `/__herald/events?page=${encodeURIComponent(page)}` }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event) events.push({ event, data: data === undefined ? undefined : JSON.parse(data) });
      }
    });
  });
  req.on('error', () => undefined);
  req.end();
  return { events, close: () => req.destroy() };
}
