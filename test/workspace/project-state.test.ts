import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectState } from '../../src/workspace/project-state.js';
import { checkProject } from '../../src/pipeline/check.js';
import { makeProject, message, PLAN } from '../helpers/project.js';

/** The incremental state must report exactly what a full `herald check` reports (in the same language). */
async function expectSameAsCheck(state: ProjectState): Promise<void> {
  const { diagnostics } = await checkProject(state.root, { lang: { flag: state.lang } });
  expect(state.diagnostics()).toEqual(diagnostics);
}

const at = (day: number, extra: Partial<Parameters<typeof message>[0]> = {}) =>
  message({ title: `Bericht op dag ${day}`, date: `2026-02-${String(day).padStart(2, '0')}T09:00`, ...extra });

describe('workspace: unsaved buffers over the disk', () => {
  it('reads an open buffer instead of the file, and again after each update of its path', async () => {
    const file = 'content/2026/a.md';
    const root = makeProject({ [file]: at(2), 'content/2026/b.md': at(3) });
    const buffers = new Map<string, string>();
    const state = await ProjectState.load(root, { overlay: (f) => buffers.get(f) });
    expect(state.diagnostics()).toEqual([]);

    // The writer types a third message of the week into b.md's buffer (not saved): the disk still has the old text.
    buffers.set('content/2026/b.md', at(3, { audience: '[magazjin]' }));
    await state.update(['content/2026/b.md']);
    expect(state.diagnostics()).toMatchObject([
      { ruleId: 'unknown-reference', messageId: 'unknown-segment', file: 'content/2026/b.md', data: { id: 'magazjin' } },
    ]);

    // Closing the buffer without saving: the disk's text counts again.
    buffers.delete('content/2026/b.md');
    await state.update(['content/2026/b.md']);
    expect(state.diagnostics()).toEqual([]);
  });

  it('lays buffers over the plan too, when the project is read', async () => {
    const root = makeProject({ 'content/2026/a.md': at(2, { audience: '[stagiairs]' }) });
    const plan = PLAN.replace('segments:\n', 'segments:\n  - id: stagiairs\n    name: Stagiairs\n    channels: [app]\n');
    expect(plan).not.toBe(PLAN);
    const onDisk = await ProjectState.load(root);
    expect(onDisk.diagnostics().map((d) => d.messageId)).toContain('unknown-segment');
    const typed = await ProjectState.load(root, { overlay: (f) => (f === 'plans/plan.yaml' ? plan : undefined) });
    expect(typed.diagnostics().map((d) => d.messageId)).not.toContain('unknown-segment');
  });
});

describe('herald dev: incremental project state', () => {
  it('recomputes cross-message rules after each change, as a full check would', async () => {
    const root = makeProject({
      'content/2026/a.md': at(2),
      'content/2026/b.md': at(3),
      'content/2026/c.md': at(16, { body: 'Lees [het eerste bericht](./a.md) eerst. Dan weet je alles over de app en je rooster.' }),
    });
    const state = await ProjectState.load(root);
    await expectSameAsCheck(state);
    const write = async (file: string, text: string) => {
      writeFileSync(path.join(root, file), text);
      await state.update([path.join(root, file)]);
    };

    // A third message in the same week for magazijn (maxPerWeek 2): frequency-cap.
    await write('content/2026/d.md', at(4));
    expect(state.diagnostics().map((d) => d.ruleId)).toContain('frequency-cap');
    await expectSameAsCheck(state);

    // Edits that leave the front-matter data as it was (the fast path): a comment line moves the findings down.
    await write('content/2026/d.md', at(4).replace('---\n', '---\n# een opmerking\n'));
    expect(state.diagnostics().find((d) => d.ruleId === 'frequency-cap')!.line).toBe(4);
    await expectSameAsCheck(state);
    await write('content/2026/d.md', at(4, { body: 'Een andere tekst. Die is kort. Maar wel helder voor iedereen in het magazijn.' }));
    await expectSameAsCheck(state);

    // Same URL as a.md: duplicate-slug on both.
    await write('content/2026/e.md', at(20, { extra: 'slug: a' }));
    expect(
      state
        .diagnostics()
        .filter((d) => d.ruleId === 'duplicate-slug')
        .map((d) => d.file),
    ).toEqual(['content/2026/a.md', 'content/2026/e.md']);
    await expectSameAsCheck(state);

    // Moving d.md out of the busy week fixes frequency-cap without touching a.md or b.md.
    await write('content/2026/d.md', at(12));
    expect(state.diagnostics().map((d) => d.ruleId)).not.toContain('frequency-cap');
    await expectSameAsCheck(state);

    // Renaming a.md breaks c.md's link (a rule on a file that did not change) and ends the duplicate.
    renameSync(path.join(root, 'content/2026/a.md'), path.join(root, 'content/2026/a2.md'));
    await state.update([path.join(root, 'content/2026/a.md'), path.join(root, 'content/2026/a2.md')]);
    expect(
      state
        .diagnostics()
        .filter((d) => d.ruleId === 'broken-link')
        .map((d) => d.file),
    ).toEqual(['content/2026/c.md']);
    await expectSameAsCheck(state);
  });

  it('judges an SVG again when it changes, for the messages that show it', async () => {
    const root = makeProject({
      'content/2026/a.md': at(2, { body: 'De kaart: ![Plattegrond van de hal](./kaart.svg)' }),
      'content/2026/kaart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    });
    const state = await ProjectState.load(root, { lang: { flag: 'en' } });
    expect(state.diagnostics()).toEqual([]);
    writeFileSync(path.join(root, 'content/2026/kaart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await state.update([path.join(root, 'content/2026/kaart.svg')]);
    expect(state.diagnostics()).toMatchObject([
      { ruleId: 'broken-link', file: 'content/2026/a.md', message: expect.stringContaining('has a <script> element') },
    ]);
    await expectSameAsCheck(state);
    expect(state.renderProject().facts.unsafeFiles.has('content/2026/kaart.svg')).toBe(true);
    writeFileSync(path.join(root, 'content/2026/kaart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>');
    await state.update([path.join(root, 'content/2026/kaart.svg')]);
    expect(state.diagnostics()).toEqual([]);
    await expectSameAsCheck(state);
  });

  it('handles deleted and new folders, and plan changes', async () => {
    const root = makeProject({ 'content/2026/a.md': at(2), 'content/2026/b.md': at(3) });
    const state = await ProjectState.load(root);
    rmSync(path.join(root, 'content/2026'), { recursive: true });
    await state.update([path.join(root, 'content/2026')]);
    expect(state.messageCount()).toBe(0);
    await expectSameAsCheck(state);

    const dir = path.join(root, 'content/2027/nieuw');
    makeFolder(dir, { 'x.md': message({ title: 'Nieuw bericht', date: '2027-02-02T09:00', goal: 'veilig-werken' }) });
    await state.update([path.join(root, 'content/2027')]);
    expect(state.messageCount()).toBe(1);
    await expectSameAsCheck(state);

    writeFileSync(path.join(root, 'plans/plan.yaml'), PLAN.replace('maxPerWeek: 2', 'maxPerWeek: 0'));
    const change = await state.update([path.join(root, 'plans/plan.yaml')]);
    expect(change.whole).toBe(true);
    await expectSameAsCheck(state);
  });

  it('never reads an ignored file, from the plan or --ignore-pattern, when it changes or appears', async () => {
    const root = makeProject({ 'content/2026/a.md': at(2), 'content/2026/b.md': at(3) }, `${PLAN}ignore: [content/**/README.md]\n`);
    const state = await ProjectState.load(root, { ignorePatterns: ['content/templates/**'] });
    writeFileSync(path.join(root, 'content/2026/README.md'), 'Notities zonder front-matter.\n');
    makeFolder(path.join(root, 'content/templates'), { 'sjabloon.md': at(4) }); // a third message for magazijn in that week
    const change = await state.update([path.join(root, 'content/2026/README.md'), path.join(root, 'content/templates')]);
    expect([...change.files]).toEqual([]);
    expect(state.messageCount()).toBe(2);
    const { diagnostics } = await checkProject(root, { lang: { flag: state.lang }, ignorePatterns: ['content/templates/**'] });
    expect(state.diagnostics()).toEqual(diagnostics);
    expect(diagnostics).toEqual([]);
  });

  it('takes a message found empty in the middle of an in-place save as not saved yet, once', async () => {
    const root = makeProject({ 'content/2026/a.md': at(2) });
    const state = await ProjectState.load(root);
    const file = path.join(root, 'content/2026/a.md');
    writeFileSync(file, ''); // the truncate, before the write
    const caught = await state.update([file], { emptyIsPending: true });
    expect(caught).toMatchObject({ retry: ['content/2026/a.md'] });
    expect([...caught.files]).toEqual([]);
    expect(state.message('content/2026/a.md')!.fields.title).toBe('Bericht op dag 2');
    // Read again and still empty: the writer emptied it.
    const again = await state.update([file], { emptyIsPending: true });
    expect(again.retry).toBeUndefined();
    expect([...again.files]).toEqual(['content/2026/a.md']);
    await expectSameAsCheck(state);
  });

  it('keeps the last good version of a message whose YAML breaks, for its page', async () => {
    const root = makeProject({ 'content/2026/a.md': at(2) });
    const state = await ProjectState.load(root);
    writeFileSync(path.join(root, 'content/2026/a.md'), at(2).replace('audience: [magazijn]', 'audience: [magazijn'));
    await state.update([path.join(root, 'content/2026/a.md')]);
    expect(state.diagnostics().map((d) => `${d.file} ${d.ruleId}`)).toContain('content/2026/a.md front-matter');
    await expectSameAsCheck(state);
    const shown = state.renderProject().messages[0]!;
    expect(shown.frontMatterReadable).toBe(true);
    expect(shown.fields.title).toBe('Bericht op dag 2');
  });
});

function makeFolder(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

describe('workspace: the language of the findings', () => {
  it('writes in the plan’s language unless told otherwise, and chooses again when the plan changes', async () => {
    const root = makeProject({ 'content/2026/a.md': at(2, { audience: '[magazjin]' }) });
    const dutch = await ProjectState.load(root);
    expect(dutch.lang).toBe('nl');
    expect(dutch.diagnostics().map((d) => d.message)).toEqual(['Bedoel je "magazijn"? Het segment "magazjin" staat niet in het plan.']);
    await expectSameAsCheck(dutch);

    const english = await ProjectState.load(root, { lang: { env: 'en' } });
    expect(english.lang).toBe('en');
    expect(english.diagnostics().map((d) => d.message)).toEqual(['Did you mean "magazijn"? The plan has no segment "magazjin".']);
    expect(english.diagnostics().map((d) => d.messageId)).toEqual(dutch.diagnostics().map((d) => d.messageId));

    writeFileSync(path.join(root, 'plans/plan.yaml'), PLAN.replace('language: nl', 'language: en'));
    await dutch.update([path.join(root, 'plans/plan.yaml')]);
    expect(dutch.lang).toBe('en');
    expect(dutch.diagnostics()).toEqual(english.diagnostics());
  });
});

describe('workspace: random edits end where a fresh check does', () => {
  /** mulberry32: a small seeded generator, so a failure replays exactly. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  interface Spec {
    day: number;
    month: number;
    audience: string;
    goal: string;
    kind?: string;
    slug?: string;
    draft?: boolean;
    comment?: boolean;
    broken?: boolean;
    title: string;
    links: string[];
    sentences: number;
  }

  const text = (s: Spec): string => {
    const body = [
      'Vanaf maart regel je je rooster in de app. Je ziet je diensten. Je ruilt een dienst met een collega.',
      ...s.links.map((l) => `Lees ook [dit bericht](${l}) over de app.`),
      ...Array.from({ length: s.sentences }, (_, i) => `Zin ${i} erbij voor de lezer in het magazijn.`),
    ].join('\n\n');
    const extra = [s.slug ? `slug: ${s.slug}` : '', s.draft ? 'draft: true' : ''].filter(Boolean).join('\n');
    let out = message({
      title: s.title,
      date: `2026-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}T09:00`,
      audience: s.audience,
      goal: s.goal,
      ...(s.kind ? { kind: s.kind } : {}),
      ...(extra ? { extra } : {}),
      body,
    });
    if (s.comment) out = out.replace('---\n', '---\n# een opmerking van de schrijver\n');
    if (s.broken) out = out.replace(/audience: \[(.*)\]/, 'audience: [$1');
    return out;
  };

  // A plan with tight budgets, a mix, and a campaign that asks for dialogue: every cross-message and plan rule can fire.
  const plan = PLAN.replace('requireFeedback: false', 'requireFeedback: true') + 'mix: {dialogue: 0.2, success: 0.1}\n';

  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: front-matter and body edits, creates, deletes and renames`, async () => {
      const next = random(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
      const audiences = ['[magazijn]', '[chauffeurs]', '[magazijn, kantoor]', '[kantoor]', 'all', '[directie]', '[magazjin]'];
      const fresh = (i: number): Spec => ({
        day: 1 + Math.floor(next() * 10),
        month: pick([2, 2, 3, 7]),
        ...(next() < 0.3 ? { slug: 'zelfde' } : {}),
        audience: pick(audiences),
        goal: pick(['roosterapp', 'veilig-werken']),
        title: `Bericht nummer ${i}`,
        links: [],
        sentences: 0,
        ...(next() < 0.2 ? { kind: pick(['dialogue', 'success', 'change']) } : {}),
      });
      const specs = new Map<string, Spec>();
      let counter = 0;
      const name = () => `content/2026/${pick(['', 'map/'])}bericht-${counter++}.md`;
      for (let i = 0; i < 10; i++) specs.set(name(), fresh(i));
      const files = Object.fromEntries([...specs].map(([f, s]) => [f, text(s)]));
      const root = makeProject(files, plan);
      const state = await ProjectState.load(root);
      await expectSameAsCheck(state);
      const write = (file: string, spec: Spec) => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text(spec));
      };

      let fired = new Set<string>();
      for (let step = 0; step < 50; step++) {
        const changed: string[] = [];
        // Sometimes two changes before the findings are asked for (herald dev and lsp coalesce bursts).
        const burst = next() < 0.25 ? 2 : 1;
        for (let b = 0; b < burst; b++) {
          const existing = [...specs.keys()];
          const file = pick(existing);
          const spec = { ...specs.get(file)! };
          const op = next();
          if (op < 0.45) {
            // A front-matter edit.
            const what = pick(['day', 'audience', 'title', 'slug', 'draft', 'goal', 'kind', 'comment', 'broken', 'month'] as const);
            if (what === 'day') spec.day = 1 + Math.floor(next() * 10);
            if (what === 'month') spec.month = pick([2, 3, 7]);
            if (what === 'audience') spec.audience = pick(audiences);
            if (what === 'title') spec.title = `${spec.title.split(' (')[0]} (${step})`;
            if (what === 'goal') spec.goal = pick(['roosterapp', 'veilig-werken', 'onbekend-doel']);
            if (what === 'kind') spec.kind = pick(['dialogue', 'success', 'news', 'change']);
            if (what === 'draft') spec.draft = !spec.draft;
            if (what === 'comment') spec.comment = !spec.comment;
            if (what === 'broken') spec.broken = !spec.broken;
            if (what === 'slug') {
              if (spec.slug) delete spec.slug;
              else spec.slug = pick(['zelfde', 'ander', 'zelfde']);
            }
            specs.set(file, spec);
            write(file, spec);
            changed.push(file);
          } else if (op < 0.65) {
            // A body edit: a sentence, or a link to another message (or to one that is not there).
            if (next() < 0.5) spec.sentences++;
            else spec.links = [...spec.links, `/${path.posix.relative(path.posix.dirname(file), pick([...existing, 'content/2026/weg.md']))}`.slice(1)];
            specs.set(file, spec);
            write(file, spec);
            changed.push(file);
          } else if (op < 0.77) {
            const created = name();
            specs.set(created, fresh(counter));
            write(created, specs.get(created)!);
            changed.push(created);
          } else if (op < 0.88 && existing.length > 3) {
            rmSync(path.join(root, file));
            specs.delete(file);
            changed.push(file);
          } else {
            const renamed = name();
            mkdirSync(path.dirname(path.join(root, renamed)), { recursive: true });
            renameSync(path.join(root, file), path.join(root, renamed));
            specs.delete(file);
            specs.set(renamed, spec);
            changed.push(file, renamed);
          }
        }
        await state.update(changed.map((f) => path.join(root, f)));
        fired = new Set([...fired, ...state.diagnostics().map((d) => d.ruleId)]);
        await expectSameAsCheck(state);
      }
      // The sequence exercised the rules whose findings depend on other messages.
      expect([...fired]).toEqual(expect.arrayContaining(['frequency-cap', 'duplicate-slug', 'broken-link', 'front-matter']));
    });
  }
});
