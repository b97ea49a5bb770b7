import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectState } from '../../src/workspace/project-state.js';
import { DevSite } from '../../src/dev/site-cache.js';
import { loadProject } from '../../src/pipeline/check.js';
import { renderSite } from '../../src/render/render-site.js';
import { makeProject, message, PLAN } from '../helpers/project.js';

const PLAN_WITH_URL = PLAN.replace('  timezone: Europe/Amsterdam', '  timezone: Europe/Amsterdam\n  baseUrl: https://intranet.example/nieuws/');
const OPTIONS = { search: true, planPage: true, generator: 'herald test' };

/** Every file a fresh full render gives must be what the dev site serves, after any sequence of changes. */
async function expectSameAsBuild(root: string, site: DevSite): Promise<void> {
  const fresh = renderSite(await loadProject(root), { ...OPTIONS, baseUrl: 'https://intranet.example/nieuws/', drafts: true, future: true, now: Date.now() });
  for (const file of fresh.files) expect(site.page(file.path), file.path).toBe(file.content);
}

describe('herald dev: the site from memory', () => {
  it('serves what a full render gives, after edits, renames, deletes and new files', async () => {
    const root = makeProject(
      {
        'content/2026/a.md': message({ title: 'Eerste bericht', extra: 'tags: [app]\ncampaign: invoering-app' }),
        'content/2026/b.md': message({
          title: 'Tweede bericht',
          date: '2026-02-10T09:00',
          audience: '[chauffeurs]',
          body: 'Lees [het eerste](./a.md). ![De app](./app.png)',
        }),
        'content/2026/app.png': 'PNG',
        'content/2026/c.md': message({ title: 'Concept', date: '2026-03-02T09:00', extra: 'draft: true' }),
      },
      PLAN_WITH_URL,
    );
    const state = await ProjectState.load(root);
    const site = new DevSite(state.renderProject(), OPTIONS);
    await expectSameAsBuild(root, site); // fills the page cache
    const change = async (...files: string[]) => {
      const changed = await state.update(files.map((f) => path.join(root, f)));
      site.update(state.renderProject(), changed);
    };

    // Edits that keep each message's place on the site (title, body): the renderer takes in the new versions
    // (SiteRenderer.replace) instead of listing the site again, and every page is still what a full render gives.
    const renderer = () => (site as unknown as { renderer: unknown }).renderer;
    const listed = renderer();
    expect(listed).toBeDefined();
    writeFileSync(
      path.join(root, 'content/2026/a.md'),
      message({ title: 'Eerste bericht, beter', extra: 'tags: [app]\ncampaign: invoering-app', body: 'Een nieuwe tekst over de app. Je ruilt zelf.' }),
    );
    writeFileSync(
      path.join(root, 'content/2026/b.md'),
      message({
        title: 'Tweede bericht, beter',
        date: '2026-02-10T09:00',
        audience: '[chauffeurs]',
        body: 'Lees eerst [het eerste](./a.md). ![De app](./app.png)',
      }),
    );
    await change('content/2026/a.md', 'content/2026/b.md');
    expect(renderer()).toBe(listed);
    // (The dashboard, /plan/, lists the site again: it reads the facts of the project the renderer was made with.)
    await expectSameAsBuild(root, site);

    // Edit one message: new title, other segment, other tag.
    writeFileSync(path.join(root, 'content/2026/a.md'), message({ title: 'Eerste bericht, herzien', audience: '[kantoor]', extra: 'tags: [rooster]' }));
    await change('content/2026/a.md');
    await expectSameAsBuild(root, site);

    // Rename the message b.md links to: b's body changes although b.md did not.
    renameSync(path.join(root, 'content/2026/a.md'), path.join(root, 'content/2026/a-nieuw.md'));
    await change('content/2026/a.md', 'content/2026/a-nieuw.md');
    await expectSameAsBuild(root, site);

    // Delete the image, add a message far in the future, change the date (and so the URL) of another.
    rmSync(path.join(root, 'content/2026/app.png'));
    writeFileSync(path.join(root, 'content/2026/d.md'), message({ title: 'Later', date: '2030-01-07T09:00', audience: 'all', goal: 'veilig-werken' }));
    writeFileSync(path.join(root, 'content/2026/c.md'), message({ title: 'Concept', date: '2026-03-03T09:00', extra: 'draft: true' }));
    await change('content/2026/app.png', 'content/2026/d.md', 'content/2026/c.md');
    await expectSameAsBuild(root, site);

    // A plan change.
    writeFileSync(path.join(root, 'plans/plan.yaml'), PLAN_WITH_URL.replace('name: Magazijn', 'name: Magazijn en expeditie'));
    await change('plans/plan.yaml');
    await expectSameAsBuild(root, site);
  });

  it('keeps the last good page of a message whose YAML is broken', async () => {
    const root = makeProject({ 'content/2026/a.md': message({ title: 'Goed bericht' }) }, PLAN_WITH_URL);
    const state = await ProjectState.load(root);
    const site = new DevSite(state.renderProject(), OPTIONS);
    const before = site.page('2026/a/index.html');
    expect(before).toContain('Goed bericht');
    writeFileSync(path.join(root, 'content/2026/a.md'), message({ title: 'Goed bericht: nu [kapot' }).replace('audience: [magazijn]', 'audience: [magazijn'));
    const changed = await state.update([path.join(root, 'content/2026/a.md')]);
    site.update(state.renderProject(), changed);
    expect(site.page('2026/a/index.html')).toBe(before);
  });

  it('stops calling a message scheduled once its moment has passed, without a change to any file', async () => {
    const root = makeProject(
      {
        'content/2026/a.md': message({ title: 'Al verschenen', date: '2026-03-02T09:00' }),
        'content/2026/b.md': message({ title: 'Nog gepland', date: '2026-03-09T09:00' }),
      },
      PLAN_WITH_URL,
    );
    const state = await ProjectState.load(root);
    let now = Date.parse('2026-03-05T12:00:00Z');
    const site = new DevSite(state.renderProject(), { ...OPTIONS, clock: () => now });
    const scheduled = /class="badge badge-scheduled"/;
    expect(site.page('2026/b/index.html')).toMatch(scheduled);
    expect(site.page('2026/a/index.html')).not.toMatch(scheduled);
    expect(site.page('index.html')).toMatch(scheduled);

    now = Date.parse('2026-03-09T07:59:00Z'); // 08:59 in Amsterdam: still a minute to go
    expect(site.page('2026/b/index.html')).toMatch(scheduled);
    now = Date.parse('2026-03-09T08:00:00Z');
    expect(site.page('2026/b/index.html')).not.toMatch(scheduled);
    expect(site.page('index.html')).not.toMatch(scheduled);
  });
});
