import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/check.js';
import { createRenderCache, createSiteRenderer, renderSite, type RenderOptions } from '../../src/render/render-site.js';
import { makeProject, message, PLAN } from '../helpers/project.js';

const OPTIONS: RenderOptions = {
  baseUrl: 'https://intranet.example/nieuws/',
  drafts: false,
  future: true,
  now: Date.parse('2026-06-01T00:00:00Z'),
  search: false,
  planPage: true,
  generator: 'herald test',
};

/**
 * 45 messages: more than the home page and each segment's feed show (20), so
 * most bodies are rendered once for their page and let go, and some are shown
 * again (home page, feeds). Segment blocks, links between messages, an asset, tags.
 */
function project(): string {
  const files: Record<string, string> = { 'content/2026/plan.png': 'PNG' };
  const audiences = ['[magazijn]', '[chauffeurs, kantoor]', 'all', '[directie]'];
  for (let i = 0; i < 45; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    files[`content/2026/m${i}.md`] = message({
      title: `Bericht nummer ${i}`,
      date: `2026-${month}-${day}T09:${String(i % 60).padStart(2, '0')}`,
      audience: audiences[i % audiences.length]!,
      extra: `tags: [app, t${i % 3}]`,
      body: [
        `Tekst van bericht ${i}. Lees [het vorige](./m${Math.max(0, i - 1)}.md). ![Plan](./plan.png)`,
        i % 2 === 0 ? ':::for{segment=magazijn}\nAlleen voor het magazijn.\n:::\n\n:::for{segment=kantoor}\nAlleen voor kantoor.\n:::' : '',
        '| a | b |\n| - | - |\n| 1 | 2 |',
      ].join('\n\n'),
    });
  }
  return makeProject(files, PLAN);
}

/** Every page, rendered in the build's order (each once), by a renderer with this cache. */
function renderInOrder(renderer: ReturnType<typeof createSiteRenderer>): Map<string, string> {
  return new Map(renderer.pages.map((p) => [p.path, p.render()]));
}

describe('a streaming build render (herald build)', () => {
  it('gives every page, feed and asset that a render keeping every body and tree gives', async () => {
    const root = project();
    const whole = renderSite(await loadProject(root), OPTIONS);
    const streaming = createSiteRenderer(await loadProject(root), OPTIONS, createRenderCache(undefined, { streaming: true, freshTrees: true }));
    const pages = renderInOrder(streaming);
    expect([...pages.keys()].sort()).toEqual(whole.files.map((f) => f.path));
    for (const file of whole.files) expect(pages.get(file.path), file.path).toBe(file.content);
    expect(streaming.assets()).toEqual(whole.assets);
    // The feeds show segment blocks of bodies rendered long before them.
    expect(pages.get('segments/magazijn/feed.xml')).toContain('Alleen voor het magazijn.');
    expect(pages.get('segments/magazijn/feed.xml')).not.toContain('Alleen voor kantoor.');
  });

  it("renders a body's HTML again when a theme's card shows it on a listing", async () => {
    const root = project();
    mkdirSync(path.join(root, 'theme', 'partials'), { recursive: true });
    // A theme whose cards show the whole body: the HTML a streaming render let go is rendered again.
    writeFileSync(path.join(root, 'theme', 'partials', 'card.eta'), '<article><%~ it.message.html %></article>\n');
    const options = { ...OPTIONS, themeDir: path.join(root, 'theme') };
    const whole = renderSite(await loadProject(root), options);
    const streaming = renderInOrder(
      createSiteRenderer(await loadProject(root), options, createRenderCache(options.themeDir, { streaming: true, freshTrees: true })),
    );
    for (const file of whole.files) expect(streaming.get(file.path), file.path).toBe(file.content);
    expect(streaming.get('archive/index.html')).toContain('<p>Tekst van bericht 3. Lees <a href="../2026/m2/">het vorige</a>.');
  });
});
