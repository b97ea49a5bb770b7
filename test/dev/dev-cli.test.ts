import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { get, listen, startDev, waitFor, type DevProcess } from '../helpers/dev.js';
import { makeProject, message } from '../helpers/project.js';

/**
 * `herald dev` as a user runs it: the real CLI as a child process on a temp
 * project, files changed on disk, pages fetched over HTTP and reload events
 * read from /__herald/events.
 */

const CLI = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));

const PROJECT = {
  'content/2026/roosterapp.md': message({ title: 'Nieuwe roosterapp', extra: 'tags: [app]' }),
  'content/2026/kick-off.md': message({
    title: 'Kick-off van de app',
    date: '2026-02-09T09:00',
    audience: '[kantoor]',
    body: 'Lees ook [het bericht over de app](./roosterapp.md). ![De app](./app.png)',
  }),
  'content/2026/app.png': 'PNG',
  'content/2026/concept.md': message({ title: 'Nog een concept', date: '2026-03-02T09:00', extra: 'draft: true' }),
};

const write = (root: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

/** Waits until `page` has `text` (or, with `absent`, no longer has it). */
const pageHas = (dev: DevProcess, page: string, text: string, absent = false) =>
  waitFor(
    async () => {
      const r = await get(dev.url, page);
      return r.body.includes(text) !== absent ? r : undefined;
    },
    30_000,
    () => `${page} ${absent ? 'still has' : 'never had'} "${text}"\n${dev.output()}`,
  );

const reloads = (stream: ReturnType<typeof listen>) => stream.events.filter((e) => e.event === 'reload').length;

const scratch: string[] = [];
afterEach(() => {
  while (scratch.length) rmSync(scratch.pop()!, { recursive: true, force: true });
});

describe('herald dev', () => {
  it('serves the site on 127.0.0.1, and reloads open pages as messages are edited, added, renamed and deleted', async () => {
    const root = makeProject(PROJECT);
    const dev = await startDev(root, ['--no-search']);
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const home = await get(dev.url, '/');
    expect(home.status).toBe(200);
    expect(home.type).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('new EventSource(eventsPath');
    // Drafts are included, and marked.
    expect(home.body).toContain('Nog een concept');
    expect((await get(dev.url, '/2026/concept/')).body).toContain('<span class="badge badge-draft">Concept</span>');

    const stream = listen(dev.url, '/2026/roosterapp/');
    await waitFor(() => stream.events.find((e) => e.event === 'errors'));
    expect(stream.events[0]).toEqual({ event: 'errors', data: [] });

    // Edit.
    write(root, 'content/2026/roosterapp.md', message({ title: 'Roosterapp, de datum staat vast', extra: 'tags: [app]' }));
    await waitFor(
      () => reloads(stream) >= 1 || undefined,
      30_000,
      () => dev.output(),
    );
    await pageHas(dev, '/2026/roosterapp/', 'Roosterapp, de datum staat vast');
    await pageHas(dev, '/', 'Roosterapp, de datum staat vast');
    await pageHas(dev, '/tags/app/', 'Roosterapp, de datum staat vast');

    // An atomic save: a temp file renamed over the message, as many editors do.
    write(root, 'content/2026/.roosterapp.md.tmp', message({ title: 'Atomisch opgeslagen', extra: 'tags: [app]' }));
    renameSync(path.join(root, 'content/2026/.roosterapp.md.tmp'), path.join(root, 'content/2026/roosterapp.md'));
    await pageHas(dev, '/2026/roosterapp/', 'Atomisch opgeslagen');

    // A new message in a new folder.
    write(root, 'content/2027/nieuw/vooruit.md', message({ title: 'Een blik vooruit', date: '2027-02-01T09:00', goal: 'veilig-werken' }));
    await pageHas(dev, '/2027/vooruit/', 'Een blik vooruit');
    await pageHas(dev, '/segments/magazijn/', 'Een blik vooruit');

    // Rename: the old URL is gone, the new one is there, and the link to it follows.
    renameSync(path.join(root, 'content/2026/roosterapp.md'), path.join(root, 'content/2026/roosterapp-app.md'));
    await pageHas(dev, '/2026/roosterapp-app/', 'Atomisch opgeslagen');
    const gone = (page: string) =>
      waitFor(
        async () => ((await get(dev.url, page)).status === 404 ? true : undefined),
        30_000,
        () => `${page} still served\n${dev.output()}`,
      );
    await gone('/2026/roosterapp/');

    // Delete.
    rmSync(path.join(root, 'content/2027'), { recursive: true });
    await gone('/2027/vooruit/');
    expect((await get(dev.url, '/')).body).not.toContain('Een blik vooruit');

    // The terminal shows what changed after each rebuild, with a summary line.
    expect(dev.output()).toMatch(/rebuilt in \d+ ms · \d+ errors?, \d+ warnings?/);
    expect(dev.output()).toMatch(/\+ error\s+content\/2026\/kick-off\.md:\d+:\d+ .*broken-link/);
    stream.close();
  }, 180_000);

  it('shows an overlay with the errors of the page on bad YAML, keeps the last good page, and clears it when fixed', async () => {
    const root = makeProject(PROJECT);
    const dev = await startDev(root, ['--no-search']);
    const stream = listen(dev.url, '/2026/roosterapp/');
    await waitFor(() => stream.events.find((e) => e.event === 'errors'));

    write(root, 'content/2026/roosterapp.md', message({ title: 'Kapotte versie', extra: 'tags: [app' }));
    const overlay = await waitFor(
      () => {
        const last = stream.events.filter((e) => e.event === 'errors').at(-1)?.data as { file: string; ruleId: string; line: number }[] | undefined;
        return last && last.length > 0 ? last : undefined;
      },
      30_000,
      () => dev.output(),
    );
    expect(overlay).toEqual([expect.objectContaining({ file: 'content/2026/roosterapp.md', ruleId: 'front-matter', messageId: 'unclosed-list' })]);
    expect(overlay[0]!.line).toBeGreaterThan(1);
    // The page stays as it last was.
    const page = await get(dev.url, '/2026/roosterapp/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Nieuwe roosterapp');
    // A page that reconnects (after the reload) gets the same errors; another page none of them.
    const again = listen(dev.url, '/2026/roosterapp/');
    const other = listen(dev.url, '/2026/kick-off/');
    await waitFor(() => again.events[0] && other.events[0]);
    expect(again.events[0]!.data).toEqual(overlay);
    expect(other.events[0]!.data).toEqual([]);

    write(root, 'content/2026/roosterapp.md', message({ title: 'Weer heel', extra: 'tags: [app]' }));
    await waitFor(
      () => (again.events.filter((e) => e.event === 'errors').at(-1)?.data as unknown[]).length === 0 || undefined,
      30_000,
      () => dev.output(),
    );
    await pageHas(dev, '/2026/roosterapp/', 'Weer heel');
    for (const s of [stream, again, other]) s.close();
  });

  it('survives a template with a syntax error and a broken plan, and recovers when they are fixed', async () => {
    const root = makeProject(PROJECT);
    const dev = await startDev(root, ['--no-search']);
    write(root, 'theme/message.eta', '<h1><%= it.message.title %></h1>\n<% if ( { %>');
    const broken = await waitFor(
      async () => {
        const r = await get(dev.url, '/2026/roosterapp/');
        return r.status === 500 ? r : undefined;
      },
      30_000,
      () => dev.output(),
    );
    expect(broken.body).toContain('herald could not render this page');
    expect(broken.body).toContain('new EventSource(eventsPath');
    const stream = listen(dev.url, '/2026/roosterapp/');
    const errors = await waitFor(
      () => stream.events[0]?.data as { ruleId: string; messageId?: string; data?: { reason?: string }; message: string }[] | undefined,
    );
    const template = errors.find((e) => e.ruleId === 'template');
    expect(template).toMatchObject({ messageId: 'failed', data: { reason: expect.any(String) } });
    // The template engine's own words, as data and as the sentence shown.
    expect(template!.message).toBe(template!.data!.reason);
    // Other pages still work.
    expect((await get(dev.url, '/archive/')).status).toBe(200);

    write(root, 'theme/message.eta', '<h1 class="themed"><%= it.message.title %></h1>');
    await pageHas(dev, '/2026/roosterapp/', '<h1 class="themed">Nieuwe roosterapp</h1>');

    write(root, 'plans/plan.yaml', 'segments: [\n');
    const planErrors = await waitFor(
      () => {
        const last = stream.events.filter((e) => e.event === 'errors').at(-1)?.data as { file: string; ruleId: string; messageId?: string }[];
        return last.some((e) => e.file === 'plans/plan.yaml') ? last : undefined;
      },
      30_000,
      () => dev.output(),
    );
    expect(planErrors.find((e) => e.file === 'plans/plan.yaml')).toMatchObject({ ruleId: 'plan-schema', messageId: 'unclosed-list' });
    expect((await get(dev.url, '/')).status).toBe(200);
    expect(dev.child.exitCode).toBeNull();
    stream.close();
  });

  it('serves only files under its root, with content types and a 404 page', async () => {
    const root = makeProject(PROJECT);
    const outside = mkdtempSync(path.join(tmpdir(), 'herald-secret-'));
    scratch.push(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'top secret');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'content/2026/leak.txt'));
    const dev = await startDev(root, ['--no-search']);

    for (const raw of [
      '/../plans/plan.yaml',
      '/2026/../../plans/plan.yaml',
      '/%2e%2e/plans/plan.yaml',
      '/%2E%2E%2Fplans%2Fplan.yaml',
      '/..%5Cplans%5Cplan.yaml',
      '/x%00.html',
    ]) {
      const r = await get(dev.url, raw);
      expect(r.status, raw).toBe(403);
      expect(r.body).not.toContain('segments');
    }
    const leak = await get(dev.url, '/2026/leak.txt');
    expect(leak.status).toBe(404);
    expect(leak.body).not.toContain('top secret');
    // The Markdown sources are not part of the site.
    expect((await get(dev.url, '/2026/roosterapp.md')).status).toBe(404);

    const missing = await get(dev.url, '/nergens/');
    expect(missing.status).toBe(404);
    expect(missing.type).toBe('text/html; charset=utf-8');
    expect(missing.body).toContain('Pagina niet gevonden');
    expect((await get(dev.url, '/style.css')).type).toBe('text/css; charset=utf-8');
    const image = await get(dev.url, '/2026/app.png');
    expect([image.status, image.type, image.body]).toEqual([200, 'image/png', 'PNG']);
    expect(await get(dev.url, '/archive')).toMatchObject({ status: 301, location: '/archive/' });
  });

  it('listens on the loopback interface only', async () => {
    const root = makeProject(PROJECT);
    const dev = await startDev(root, ['--no-search']);
    expect((await get(dev.url, '/', '127.0.0.1')).status).toBe(200);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of external) {
      await expect(get(dev.url, '/', address)).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('serves the pages herald build --drafts --future writes, plus the live-reload script', async () => {
    const root = makeProject(PROJECT);
    const built = spawnSync(process.execPath, [CLI, 'build', '--root', root, '--drafts', '--future', '--no-search', '--no-check'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const dev = await startDev(root, ['--no-search']);
    for (const [page, file] of [
      ['/2026/kick-off/', '2026/kick-off/index.html'],
      ['/2026/concept/', '2026/concept/index.html'],
      ['/segments/magazijn/', 'segments/magazijn/index.html'],
      ['/', 'index.html'],
    ] as const) {
      const served = (await get(dev.url, page)).body.replace(/<script>\(function \(eventsPath[\s\S]*?<\/script>\n/, '');
      expect(served, page).toBe(readFileSync(path.join(root, 'site', file), 'utf8'));
    }
  });

  it('exits with 0 on Ctrl-C (SIGINT), leaving no temp folder behind', async () => {
    const root = makeProject(PROJECT);
    const tmp = mkdtempSync(path.join(tmpdir(), 'herald-devtmp-'));
    scratch.push(tmp);
    // With search on, the index lives in a temp folder: the one thing to clean up.
    const dev = await startDev(root, [], { TMPDIR: tmp });
    await waitFor(
      () => /search index: \d+ pages/.test(dev.output()) || undefined,
      60_000,
      () => dev.output(),
    );
    expect(readdirSync(tmp).length).toBeGreaterThan(0);
    expect((await get(dev.url, '/pagefind/pagefind-ui.js')).type).toBe('text/javascript; charset=utf-8');
    const stream = listen(dev.url, '/');
    await waitFor(() => stream.events[0]);
    // Twice, as an impatient user (or npx forwarding the terminal's signal) does.
    dev.child.kill('SIGINT');
    dev.child.kill('SIGINT');
    expect(await dev.exited).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
    expect(dev.output()).not.toMatch(/Error|at .*\.js:\d+/);
    stream.close();
  });

  it('exits with 2 and one line when there is no plan', async () => {
    const root = makeProject({ 'content/2026/a.md': message() }, false);
    const result = spawnSync(process.execPath, [CLI, 'dev', '--root', root, '--port', '0'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^herald: No plan found/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
