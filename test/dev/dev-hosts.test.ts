import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startDev, waitFor } from '../helpers/dev.js';
import { makeProject, message } from '../helpers/project.js';

/**
 * `herald dev` against DNS rebinding, as a user runs it: the real CLI, and
 * requests that name another host than the one they reach (what a page on
 * evil.example whose name now points at 127.0.0.1 sends).
 */

const PROJECT = {
  'content/2026/roosterapp.md': message({ title: 'Nieuwe roosterapp' }),
  'content/2026/concept.md': message({ title: 'Nog een concept', date: '2026-03-02T09:00', extra: 'draft: true' }),
};

interface Answer {
  status: number;
  type: string;
  body: string;
}

/** A GET to the server's address with these headers (Host among them), reading the whole answer, or the first chunk of an event stream. */
function ask(base: string, path: string, headers: Record<string, string>): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      const answer = () => ({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body });
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        res.once('data', (d: string) => {
          body += d;
          resolve(answer());
          req.destroy();
        });
        return;
      }
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve(answer()));
    });
    req.on('error', reject);
    req.end();
  });
}

/** An HTTP/1.0 request without a Host header, over a plain socket; the raw answer. */
function askWithoutHost(base: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write('GET /2026/concept/ HTTP/1.0\r\n\r\n'));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (answer += d));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('herald dev answers only its own host names', () => {
  it('refuses a foreign Host with 403 and one line saying how to allow it, and serves the loopback names', async () => {
    const root = makeProject(PROJECT);
    const dev = await startDev(root, ['--no-search']);
    const port = new URL(dev.url).port;

    const foreign = await ask(dev.url, '/2026/concept/', { host: 'evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.type).toBe('text/plain; charset=utf-8');
    expect(foreign.body).toContain('--allowed-host evil.example');
    expect(foreign.body).not.toContain('Nog een concept');
    expect(foreign.body.trimEnd().split('\n')).toHaveLength(1);

    for (const host of [
      `evil.example:${port}`,
      `localhost.evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      `localhost.:${port}`,
      `evil.example:${port}@127.0.0.1`,
      `127.0.0.1:${Number(port) + 1}`,
      'localhost',
    ]) {
      const answer = await ask(dev.url, '/2026/concept/', { host });
      expect(answer.status, host).toBe(403);
      expect(answer.body, host).not.toContain('Nog een concept');
    }

    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      const answer = await ask(dev.url, '/2026/concept/', { host });
      expect(answer.status, host).toBe(200);
      expect(answer.body, host).toContain('Nog een concept');
    }

    const http10 = await askWithoutHost(dev.url);
    expect(http10).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(http10).not.toContain('Nog een concept');
  });

  it('serves the names given with --allowed-host, and refuses a bad one as a usage error', async () => {
    const root = makeProject(PROJECT);
    const dev = await startDev(root, ['--no-search', '--allowed-host', 'Preview.Example', '--allowed-host', 'second.example']);
    const port = new URL(dev.url).port;
    expect((await ask(dev.url, '/2026/concept/', { host: `preview.example:${port}` })).status).toBe(200);
    expect((await ask(dev.url, '/2026/concept/', { host: `second.example:${port}` })).status).toBe(200);
    expect((await ask(dev.url, '/2026/concept/', { host: `third.example:${port}` })).status).toBe(403);
    // A known name on another port is refused without suggesting the name again.
    const wrongPort = await ask(dev.url, '/', { host: `preview.example:${Number(port) + 1}` });
    expect(wrongPort.status).toBe(403);
    expect(wrongPort.body).not.toContain('--allowed-host');

    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const cli = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));
    const bad = spawnSync(process.execPath, [cli, 'dev', '--root', root, '--port', '0', '--no-search', '--allowed-host', 'evil.example:80'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--allowed-host "evil.example:80" is not a host name');
  });

  it('refuses an event stream from a foreign Origin, allows one without Origin, and bounds the open streams', async () => {
    const root = makeProject(PROJECT);
    const dev = await startDev(root, ['--no-search']);
    const port = new URL(dev.url).port;
    const host = `127.0.0.1:${port}`;
    const events = '/__herald/events?page=%2F';

    for (const origin of ['http://evil.example', `http://evil.example:${port}`, `http://localhost.evil.example:${port}`, 'null', `https://localhost:${port}`]) {
      const answer = await ask(dev.url, events, { host, origin });
      expect(answer.status, origin).toBe(403);
      expect(answer.type).toBe('text/plain; charset=utf-8');
    }
    expect((await ask(dev.url, events, { host, origin: `http://evil.example:${port}` })).body).toContain('--allowed-host evil.example');
    expect((await ask(dev.url, events, { host, origin: `http://localhost:${port}` })).status).toBe(200);
    expect((await ask(dev.url, events, { host })).status).toBe(200);

    // 64 open streams; the 65th is refused with 503 (the others stay open).
    const open: ReturnType<typeof request>[] = [];
    const url = new URL(dev.url);
    try {
      const opened = await Promise.all(
        Array.from(
          { length: 64 },
          () =>
            new Promise<number>((resolve, reject) => {
              const req = request({ host: url.hostname, port: url.port, path: events, agent: false }, (res) => resolve(res.statusCode ?? 0));
              req.on('error', reject);
              req.end();
              open.push(req);
            }),
        ),
      );
      expect(opened.every((s) => s === 200)).toBe(true);
      const over = await ask(dev.url, events, { host });
      expect(over.status).toBe(503);
      expect(over.body).toContain('64');
    } finally {
      for (const req of open) req.destroy();
    }
    // Closed streams free their places.
    await waitFor(async () => ((await ask(dev.url, events, { host })).status === 200 ? true : undefined), 10_000);
  });
});
