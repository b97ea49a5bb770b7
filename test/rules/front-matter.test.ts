import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
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
      expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', severity: 'error', file: FILE, line: 1, column: 4, messageId: 'not-yaml', data: { language: 'js' } }]);
    });
  });

  it('reports an impossible date at the date value', async () => {
    const diagnostics = await check({ [FILE]: message({ date: '2026-02-30' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', severity: 'error', line: 3, column: 7, messageId: 'real-date-time', data: { field: 'date' } }]);
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
    expect(findings[1]!.message).toBe('Unknown front-matter field "audiance"; did you mean "audience"?');
  });

  it('suggests the right key inside cta and the right kind', async () => {
    const typo = await check({ [FILE]: message({ cta: 'cta:\n  txt: Installeer de app\n  url: https://intranet.example/app' }) });
    expect(only(typo, 'front-matter')).toMatchObject([{ line: 8, column: 3, messageId: 'unknown-key', data: { key: 'txt', field: 'cta' }, expected: ['text'] }]);
    expect(only(typo, 'front-matter')[0]!.message).toBe('Unknown key "txt" in "cta"; did you mean "text"?');

    const kind = await check({ [FILE]: message({ kind: 'nieuws' }) });
    expect(only(kind, 'front-matter')).toMatchObject([{ line: 6, column: 7, messageId: 'invalid-value', data: { field: 'kind', value: 'nieuws' }, expected: ['news'] }]);
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
    for (const image of ['image: {src: "javascript:alert(1)", alt: Een foto}', 'image: "data:image/svg+xml,<svg onload=alert(1)>"', 'image: {src: "mailto:x@example.nl", alt: Een foto}']) {
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
    expect(diagnostics[0]!.message).toBe('The front-matter has no "title"; it is required.');
  });

  it('reports an empty title at its value', async () => {
    const diagnostics = await check({ [FILE]: message({ title: '""' }) });
    expect(only(diagnostics, 'front-matter')).toMatchObject([{ line: 2, column: 8, messageId: 'empty', data: { field: 'title' } }]);
  });

  it('reports invalid YAML where it goes wrong, and nothing else about the message', async () => {
    // A colon in an unquoted title is the classic mistake.
    const diagnostics = await check({ [FILE]: message({ title: 'Roosterapp: nu ook voor chauffeurs' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', severity: 'error', line: 2, column: 8, messageId: 'yaml-error' }]);
    expect(diagnostics[0]!.message).toMatch(/^The front-matter is not valid YAML: /);
  });

  it('reports a key given twice at the second one', async () => {
    const diagnostics = await check({ [FILE]: message({ extra: 'title: Nog een titel' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'front-matter', line: 10, column: 1, messageId: 'yaml-error', data: { code: 'DUPLICATE_KEY' } }]);
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
    expect(only(diagnostics, 'front-matter').map((d) => d.message)).toEqual(['"draft" should be true or false, not "ja".', '"tags" should be a list, not "roosterapp".']);
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
});
