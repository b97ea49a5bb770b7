import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/pipeline/check.js';
import { check, herald, makeProject, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';

describe('front-matter', () => {
  it('accepts a complete, well-formed message', async () => {
    expect(await check({ [FILE]: message() })).toEqual([]);
  });

  describe('---js front-matter', () => {
    const dirs: string[] = [];
    afterEach(() => {
      while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
    });

    it('is refused and never executed', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'herald-js-'));
      dirs.push(dir);
      const marker = path.join(dir, 'pwned.txt');
      const text = [
        '---js',
        '{',
        `  title: ((typeof require === 'function' ? require('fs') : process.getBuiltinModule('fs')).writeFileSync(${JSON.stringify(marker)}, 'ran'), 'Nieuwe roosterapp'),`,
        "  date: '2026-02-02T09:00',",
        "  audience: ['magazijn'],",
        "  goal: 'roosterapp'",
        '}',
        '---',
        'Vanaf maart staat je rooster in de app.',
        '',
      ].join('\n');

      const diagnostics = await check({ [FILE]: text });

      expect(existsSync(marker)).toBe(false);
      // One finding, on the fence: not also "why missing", "cta missing" for a block nobody read.
      expect(diagnostics).toMatchObject([
        { ruleId: 'front-matter', severity: 'error', file: FILE, line: 1, column: 4, messageId: 'not-yaml', data: { language: 'js' } },
      ]);
    });
  });

  it('reports an impossible date at the date value', async () => {
    const diagnostics = await check({ [FILE]: message({ date: '2026-02-30' }) });
    expect(diagnostics).toMatchObject([
      { ruleId: 'front-matter', severity: 'error', line: 3, column: 7, messageId: 'real-date-time', data: { field: 'date' } },
    ]);
  });

  it('takes at most 20 tags, each in plain words (a tag becomes a page and a link)', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `tag${i}`);
    expect(only(await check({ [FILE]: message({ extra: `tags: [${twenty.join(', ')}]` }) }), 'front-matter')).toEqual([]);
    const text = message({ extra: `tags: [${[...twenty, 'een-te-veel'].join(', ')}]` });
    expect(only(await check({ [FILE]: text }), 'front-matter')).toMatchObject([
      { messageId: 'too-big-array', data: { field: 'tags', maximum: 20 }, ...positionOf(text, '[tag0') },
    ]);
    const hostile = message({ extra: 'tags: [veiligheid, "<img src=x onerror=alert(1)>"]' });
    const found = only(await check({ [FILE]: hostile }), 'front-matter');
    expect(found).toMatchObject([{ messageId: 'tag-markup', data: { field: 'tags' }, ...positionOf(hostile, '"<img') }]);
    expect(found[0]!.message).toBe('Write "tags" in plain words, without <, > or ": a tag becomes a page title and a link.');
  });

  it('reports an impossible time and a date in the wrong format', async () => {
    const late = await check({ [FILE]: message({ date: '2026-02-02T25:00' }) });
    expect(only(late, 'front-matter')).toMatchObject([{ line: 3, column: 7, messageId: 'real-date-time' }]);
    const dutch = await check({ [FILE]: message({ date: '02-02-2026' }) });
    expect(only(dutch, 'front-matter')).toMatchObject([{ line: 3, column: 7, messageId: 'date-time-format' }]);
  });

  it('accepts the last day of February, a date without time, and a time with an offset', async () => {
    for (const date of ['2026-02-27', '2026-02-27T16:30', '2026-02-27T16:30:00+01:00', '2028-02-29T09:00']) {
      expect(only(await check({ [FILE]: message({ date }) }), 'front-matter')).toEqual([]);
    }
  });

  it('reports an unknown key at the key, with the nearest known key', async () => {
    const text = [
      '---',
      'title: Nieuwe roosterapp vanaf maart',
      'date: 2026-02-02T09:00',
      'audiance: [magazijn]',
      'goal: roosterapp',
      "why: Je ruilt straks zelf diensten met collega's, zonder de planner te bellen.",
      'cta:',
      '  text: Installeer de app en log één keer in',
      '  url: https://intranet.example/app',
      '---',
      'Vanaf maart staat je rooster in de app.',
      '',
    ].join('\n');
    const findings = only(await check({ [FILE]: text }), 'front-matter');
    expect(findings).toMatchObject([
      { line: 1, column: 1, severity: 'error', messageId: 'required-field', data: { key: 'audience' } },
      { ...positionOf(text, 'audiance'), severity: 'error', messageId: 'unknown-field', data: { key: 'audiance' }, expected: ['audience'] },
    ]);
    // The sentence a writer reads, with its "did you mean".
    expect(findings[1]!.message).toBe('Did you mean "audience"? herald does not know the field "audiance".');
  });

  it('suggests the right key inside cta and the right kind', async () => {
    const typo = await check({ [FILE]: message({ cta: 'cta:\n  txt: Installeer de app\n  url: https://intranet.example/app' }) });
    expect(only(typo, 'front-matter')).toMatchObject([
      { line: 8, column: 3, messageId: 'unknown-key', data: { key: 'txt', field: 'cta' }, expected: ['text'] },
    ]);
    expect(only(typo, 'front-matter')[0]!.message).toBe('Unknown key "txt" in "cta"; did you mean "text"?');

    const kind = await check({ [FILE]: message({ kind: 'nieuws' }) });
    expect(only(kind, 'front-matter')).toMatchObject([
      { line: 6, column: 7, messageId: 'invalid-value', data: { field: 'kind', value: 'nieuws' }, expected: ['news'] },
    ]);
  });

  it('rejects a javascript: URL in cta.url, without calling the call-to-action missing', async () => {
    const diagnostics = await check({ [FILE]: message({ cta: 'cta:\n  text: Lees het plan\n  url: javascript:alert(1)' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', severity: 'error', line: 9, column: 8, messageId: 'url', data: { field: 'cta.url' } }]);
  });

  it('rejects javascript: and data: URLs in feedback, and accepts https, mailto and relative ones', async () => {
    const js = await check({ [FILE]: message({ kind: 'dialogue', extra: 'feedback: "JavaScript:alert(1)"' }) });
    expect(only(js, 'front-matter')).toMatchObject([{ line: 11, column: 11, messageId: 'url', data: { field: 'feedback' } }]);
    const data = await check({ [FILE]: message({ kind: 'dialogue', extra: 'feedback: "data:text/html,<b>hoi</b>"' }) });
    expect(only(data, 'front-matter')).toMatchObject([{ line: 11, column: 11 }]);

    for (const feedback of ['https://intranet.example/vragen', 'mailto:comms@example.nl', '../2026/roosterapp.md']) {
      expect(only(await check({ [FILE]: message({ kind: 'dialogue', extra: `feedback: ${feedback}` }) }), 'front-matter')).toEqual([]);
    }
  });

  it('accepts only http(s) and relative image sources, in the short and the long form', async () => {
    for (const image of [
      'image: {src: "javascript:alert(1)", alt: Een foto}',
      'image: "data:image/svg+xml,<svg onload=alert(1)>"',
      'image: {src: "mailto:x@example.nl", alt: Een foto}',
    ]) {
      const found = only(await check({ [FILE]: message({ extra: image }) }), 'front-matter');
      expect(found, image).toMatchObject([{ line: 10, messageId: 'image-url' }]);
    }
    for (const image of ['image: {src: "https://intranet.example/foto.jpg", alt: Een foto}', 'image: {src: ../2026/foto.jpg, alt: Een foto}']) {
      expect(only(await check({ [FILE]: message({ extra: image }) }), 'front-matter'), image).toEqual([]);
    }
  });

  it('reports a missing title at the top of the file', async () => {
    const text = message().replace(/^title: .*\n/m, '');
    const diagnostics = await check({ [FILE]: text });
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', severity: 'error', line: 1, column: 1, messageId: 'required-field', data: { key: 'title' } }]);
    expect(diagnostics[0]!.message).toBe('Add "title" to the front-matter: it is required.');
  });

  it('reports an empty title at its value', async () => {
    const diagnostics = await check({ [FILE]: message({ title: '""' }) });
    expect(only(diagnostics, 'front-matter')).toMatchObject([{ line: 2, column: 8, messageId: 'empty', data: { field: 'title' } }]);
  });

  it('reports invalid YAML where it goes wrong, and nothing else about the message', async () => {
    // A colon in an unquoted title is the classic mistake.
    const diagnostics = await check({ [FILE]: message({ title: 'Roosterapp: nu ook voor chauffeurs' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', severity: 'error', line: 2, column: 8, messageId: 'colon-in-value' }]);
  });

  it('reports a key given twice at the second one', async () => {
    const diagnostics = await check({ [FILE]: message({ extra: 'title: Nog een titel' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', line: 10, column: 1, messageId: 'duplicate-key', data: { key: 'title' } }]);
    expect(diagnostics[0]!.message).toBe('Remove one of the two "title" lines: each field may appear only once.');
  });

  it('points at the opening quote of a quoted value that is never closed', async () => {
    const text = [
      '---',
      'title: "Nieuwe roosterapp vanaf maart',
      'date: 2026-02-02T09:00',
      'audience: [magazijn]',
      'goal: roosterapp',
      '---',
      'Vanaf maart staat je rooster in de app.',
      '',
    ].join('\n');
    const diagnostics = only(await check({ [FILE]: text }), 'front-matter');
    expect(diagnostics.length).toBeGreaterThan(0);
    // The problem is the quote on line 2, not the end of the block where the parser gave up.
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 8 });
  });

  it('points at the opening bracket of a list that is never closed', async () => {
    const text = [
      '---',
      'title: Nieuwe roosterapp vanaf maart',
      'date: 2026-02-02T09:00',
      'audience: [magazijn, chauffeurs',
      'goal: roosterapp',
      '---',
      'Vanaf maart staat je rooster in de app.',
      '',
    ].join('\n');
    const diagnostics = only(await check({ [FILE]: text }), 'front-matter');
    expect(diagnostics.length).toBeGreaterThan(0);
    // The list opens on line 4; line 5 is only where the parser noticed.
    expect(diagnostics[0]).toMatchObject({ line: 4, column: 11 });
  });

  it('reports front-matter nested too deeply to read, and still checks the other files', async () => {
    // 3,000 levels of block lists: enough to exhaust the YAML parsers' stack.
    const deep = '---\nx:\n' + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i + 2)}- \n`).join('') + 'title: Diep\n---\nTekst.\n';
    const diagnostics = await check({ [FILE]: deep, 'content/2026/ander.md': message({ goal: 'bestaat-niet' }) });
    expect(diagnostics.filter((d) => d.file === FILE)).toMatchObject([
      { ruleId: 'front-matter', severity: 'error', line: 2, column: 1, messageId: 'too-deep', data: {} },
    ]);
    expect(diagnostics.filter((d) => d.file === 'content/2026/ander.md').map((d) => d.ruleId)).toEqual(['unknown-reference']);
  });

  it('keeps reporting the other files when one file is broken', async () => {
    const diagnostics = await check({
      'content/2026/a-kapot.md': message({ title: 'Roosterapp: nu ook voor chauffeurs' }),
      'content/2026/b-typo.md': message({ date: '2026-02-03T09:00', audience: '[kantor]' }),
    });
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.line])).toEqual([
      ['content/2026/a-kapot.md', 'front-matter', 2],
      ['content/2026/b-typo.md', 'unknown-reference', 4],
    ]);
  });

  it('reports wrong types in plain words', async () => {
    const diagnostics = await check({ [FILE]: message({ extra: 'draft: ja\ntags: roosterapp' }) });
    expect(only(diagnostics, 'front-matter')).toMatchObject([
      { line: 10, column: 8, messageId: 'invalid-type', data: { field: 'draft', type: 'boolean', actual: 'text', value: 'ja' } },
      { line: 11, column: 7, messageId: 'invalid-type', data: { field: 'tags', type: 'list', actual: 'text', value: 'roosterapp' } },
    ]);
    // Plain words: the kinds of value are the catalogue's.
    expect(only(diagnostics, 'front-matter').map((d) => d.message)).toEqual([
      '"draft" should be true or false, not "ja".',
      '"tags" should be a list, not "roosterapp".',
    ]);
  });

  it('reports a file without front-matter', async () => {
    const diagnostics = await check({ [FILE]: 'Vanaf maart staat je rooster in de app.\n' });
    expect(only(diagnostics, 'front-matter')).toMatchObject([{ line: 1, column: 1, severity: 'error', messageId: 'no-front-matter' }]);
  });

  it('can be silenced for one line with a YAML comment', async () => {
    const diagnostics = await check({ [FILE]: message({ extra: '# herald-disable-next-line front-matter\nintern-nummer: 1234' }) });
    expect(diagnostics).toEqual([]);
  });

  it('declares every message it reports, each with a sentence in the catalogue', async () => {
    const { default: rule } = await import('../../src/rules/front-matter.js');
    const { templateOf } = await import('../../src/messages/index.js');
    for (const id of Object.keys(rule.messages!)) expect(templateOf('en', 'front-matter', id), id).toBeDefined();
  });

  it('follows the severity set in the plan', async () => {
    const diagnostics = await check({ [FILE]: message({ extra: 'intern-nummer: 1234' }) }, `${PLAN}rules:\n  front-matter: warn\n`);
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', severity: 'warning', line: 10, column: 1 }]);
  });

  describe('plain advice for the mistakes writers make', () => {
    /** The front-matter findings in both languages: [nl, en], each with its sentence. */
    const both = async (text: string, plan = PLAN) => {
      const root = makeProject({ [FILE]: text }, plan);
      const [nl, en] = await Promise.all(
        (['nl', 'en'] as const).map(async (flag) => only((await checkProject(root, { lang: { flag } })).diagnostics, 'front-matter')),
      );
      return { nl: nl!, en: en! };
    };

    it('a colon in an unquoted value: quote it, showing the value quoted', async () => {
      const { nl, en } = await both(message({ title: 'Let op: nieuwe regels' }));
      expect(en).toMatchObject([
        { line: 2, column: 8, messageId: 'colon-in-value', data: { key: 'title', value: 'Let op: nieuwe regels', quoted: '"Let op: nieuwe regels"' } },
      ]);
      expect(en[0]!.message).toBe(
        'Put the text after "title:" in quotes: title: "Let op: nieuwe regels". Without quotes, the colon in it breaks the front-matter.',
      );
      expect(nl[0]!.message).toBe(
        'Zet de tekst na "title:" tussen aanhalingstekens: title: "Let op: nieuwe regels". Zonder aanhalingstekens breekt de dubbele punt de front-matter.',
      );
    });

    it('a key indented one space too many or too few: that line, and the key to line up with', async () => {
      const more = await both(message({ cta: 'cta:\n  text: Installeer de app\n   url: https://intranet.example/app' }));
      expect(more.en).toMatchObject([{ line: 9, column: 4, messageId: 'bad-indent', data: { key: 'url', sibling: 'text' } }]);
      expect(more.en[0]!.message).toBe('Line "url" up with "text" above it: start it with exactly as many spaces.');
      expect(more.nl[0]!.message).toBe('Laat "url" precies onder "text" beginnen: zet er evenveel spaties voor.');

      const less = await both(message({ cta: 'cta:\n  text: Installeer de app\n url: https://intranet.example/app' }));
      expect(less.en).toMatchObject([{ line: 9, column: 2, messageId: 'bad-indent', data: { key: 'url', sibling: 'text' } }]);

      // At the top level: the parser only notices on the line above, as part of its value.
      const top = await both(message().replace('\ngoal:', '\n goal:'));
      expect(top.en).toMatchObject([{ line: 5, column: 2, messageId: 'bad-indent', data: { key: 'goal', sibling: 'audience' } }]);
    });

    it('a tab used for indentation: use spaces', async () => {
      const { nl, en } = await both(message({ cta: 'cta:\n\ttext: Installeer de app' }));
      expect(en).toMatchObject([{ line: 8, column: 1, messageId: 'tab-indent', data: { key: 'text' } }]);
      expect(en[0]!.message).toBe('Indent with spaces, not with a tab (before "text").');
      expect(nl[0]!.message).toBe('Spring in met spaties, niet met een tab (voor "text").');
    });

    it('a list written without brackets: the list, with the writer’s own ids', async () => {
      const { nl, en } = await both(message({ audience: 'magazijn, kantoor' }));
      expect(en).toMatchObject([{ line: 4, column: 11, messageId: 'comma-list', data: { key: 'audience', items: ['magazijn', 'kantoor'] } }]);
      expect(en[0]!.message).toBe('Write "audience" as a list, in square brackets: audience: [magazijn, kantoor].');
      expect(nl[0]!.message).toBe('Schrijf "audience" als lijst, tussen blokhaken: audience: [magazijn, kantoor].');
    });

    it('an id written as words: the plan’s id it most likely means, or the plan’s ids', async () => {
      const plan = PLAN.replace(
        '  - id: veilig-werken',
        '  - id: gezond-werken\n    title: Gezond werken\n    from: 2026-01-01\n    until: 2026-12-31\n    measure: Verzuim\n  - id: veilig-werken',
      );
      const { nl, en } = await both(message({ goal: 'Gezond werken' }), plan);
      expect(en).toMatchObject([{ line: 5, column: 7, messageId: 'id-form', data: { field: 'goal', value: 'Gezond werken' }, expected: ['gezond-werken'] }]);
      expect(en[0]!.message).toBe('Write "gezond-werken" instead of "Gezond werken": an id has lower-case letters and hyphens, no spaces.');
      expect(nl[0]!.message).toBe('Schrijf "gezond-werken" in plaats van "Gezond werken": een id heeft kleine letters en streepjes, geen spaties.');
      // Never a made-up example ("office-staff"): with nothing close, the plan's own ids.
      const none = await both(message({ goal: 'Iets heel anders' }));
      expect(none.en[0]!.message).toBe(
        'Write "Iets heel anders" as an id: lower-case letters and hyphens, no spaces. The plan has: roosterapp, veilig-werken.',
      );
      expect(none.nl[0]!.message).toBe(
        'Schrijf "Iets heel anders" als id: kleine letters en streepjes, geen spaties. Het plan kent: roosterapp, veilig-werken.',
      );
    });

    it('an image without alt text shows the long form; a top-level alt moves under image', async () => {
      const root = makeProject({ [FILE]: message({ extra: 'image: foto.jpg' }), 'content/2026/foto.jpg': 'x' });
      for (const [flag, sentence] of [
        ['en', 'Give the image alt text that says what it shows: image: {src: foto.jpg, alt: …}.'],
        ['nl', 'Zeg bij de afbeelding wat erop staat: image: {src: foto.jpg, alt: …}.'],
      ] as const) {
        const found = only((await checkProject(root, { lang: { flag } })).diagnostics, 'image-alt');
        expect(found).toMatchObject([{ line: 10, column: 8, messageId: 'front-matter-image-without-alt', message: sentence }]);
      }
      const { nl, en } = await both(message({ extra: 'image: {src: foto.jpg}\nalt: Een chauffeur met de app' }));
      expect(en).toMatchObject([{ line: 11, column: 1, messageId: 'alt-outside-image', data: { src: 'foto.jpg', alt: 'Een chauffeur met de app' } }]);
      expect(en[0]!.message).toBe('Move "alt" under "image": image: {src: foto.jpg, alt: Een chauffeur met de app}.');
      expect(nl[0]!.message).toBe('Zet "alt" onder "image": image: {src: foto.jpg, alt: Een chauffeur met de app}.');
    });

    it('a block that is never closed: one finding at the opening line, no parser error after it', async () => {
      const { nl, en } = await both(message().replace(/\n---\n/, '\n'));
      expect(en).toMatchObject([{ line: 1, column: 1, messageId: 'unclosed' }]);
      expect(nl).toHaveLength(1);
      expect(nl[0]!.message).toBe('Sluit de front-matter af: zet een regel met alleen "---" na het laatste veld.');
    });

    it('an id in words that contain one of the plan’s ids suggests that id, and names the value, not its path', async () => {
      const { nl, en } = await both(message({ audience: '[Nieuwe Magazijn]' }));
      expect(en).toMatchObject([{ line: 4, column: 12, messageId: 'id-form', data: { value: 'Nieuwe Magazijn' }, expected: ['magazijn'] }]);
      expect(en[0]!.message).toBe('Write "magazijn" instead of "Nieuwe Magazijn": an id has lower-case letters and hyphens, no spaces.');
      expect(nl[0]!.message).toBe('Schrijf "magazijn" in plaats van "Nieuwe Magazijn": een id heeft kleine letters en streepjes, geen spaties.');
      // No id inside, none near: the value itself, never "audience[0]".
      const none = await both(message({ audience: '[Heel Iets Anders]' }));
      expect(none.nl[0]!.message).toBe(
        'Schrijf "Heel Iets Anders" als id: kleine letters en streepjes, geen spaties. Het plan kent: magazijn, chauffeurs, kantoor, directie.',
      );
      expect(none.en[0]!.message).not.toContain('audience[0]');
    });

    it('an unknown id with no close match lists the plan’s ids', async () => {
      const root = makeProject({ [FILE]: message({ audience: '[productie]' }) });
      const en = only((await checkProject(root, { lang: { flag: 'en' } })).diagnostics, 'unknown-reference');
      expect(en).toMatchObject([
        { line: 4, column: 12, messageId: 'unknown-segment', data: { id: 'productie', ids: ['magazijn', 'chauffeurs', 'kantoor', 'directie'] } },
      ]);
      expect(en[0]!.message).toBe('The plan has no segment "productie". It has: magazijn, chauffeurs, kantoor, directie.');
      const nl = only((await checkProject(root, { lang: { flag: 'nl' } })).diagnostics, 'unknown-reference');
      expect(nl[0]!.message).toBe('Het segment "productie" staat niet in het plan. Het plan kent: magazijn, chauffeurs, kantoor, directie.');
    });

    it('the rarer mistakes: a line without a colon, a value starting with YAML markup, a general check', async () => {
      const { en } = await both(message({ extra: 'Dit is geen veld' }));
      expect(en).toMatchObject([{ line: 10, column: 1, messageId: 'missing-colon', data: { text: 'Dit is geen veld' } }]);
      const star = await both(message({ title: '*Belangrijk* nieuws' }));
      expect(star.en).toMatchObject([{ line: 2, column: 8, messageId: 'quote-value', data: { quoted: '"*Belangrijk* nieuws"' } }]);
      expect(star.nl[0]!.message).toMatch(/^Zet de tekst na "title:" tussen aanhalingstekens: title: "\*Belangrijk\* nieuws"\./);
    });

    it('never shows the parser’s words, except with HERALD_DEBUG', async () => {
      const root = makeProject({ [FILE]: message({ title: 'Let op: nieuwe regels' }) });
      const plain = herald(['check', '--format', 'json', '--lang', 'nl'], { cwd: root });
      expect(plain.stdout).toContain('Zet de tekst na \\"title:\\" tussen aanhalingstekens');
      expect(plain.stdout).not.toMatch(/Nested mappings/);
      const debug = herald(['check', '--format', 'json', '--lang', 'nl'], { cwd: root, env: { HERALD_DEBUG: '1' } });
      const [finding] = (JSON.parse(debug.stdout) as { messages: { message: string }[] }[])[0]!.messages;
      expect(finding!.message).toBe(
        'Zet de tekst na "title:" tussen aanhalingstekens: title: "Let op: nieuwe regels". Zonder aanhalingstekens breekt de dubbele punt de front-matter. [Nested mappings are not allowed in compact mappings.]',
      );
    });
  });
});
