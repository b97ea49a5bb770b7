import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixProject, writeFixedFile } from '../../src/pipeline/fix.js';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';
import { SARIF_SUBSET } from '../report/sarif-subset.js';

const APP = 'content/2026/app.md';
const read = (root: string, file = APP) => readFileSync(path.join(root, file), 'utf8');
/** The front-matter of a message file, as YAML reads it. */
const frontMatter = (text: string) =>
  parse(
    text
      .replace(/^\ufeff/, '')
      .split(/\r?\n---\r?\n/)[0]!
      .replace(/^---\r?\n/, ''),
  ) as Record<string, unknown>;
const fix = (root: string, ...args: string[]) => herald(['check', '--root', root, '--lang', 'en', '--fix', ...args]);

interface JsonResult {
  filePath: string;
  output?: string;
  messages: { ruleId: string; messageId: string; fix?: { range: [number, number]; text: string } }[];
}

describe('herald check --fix: the fixes findings carry', () => {
  it('puts the one id a typo can mean in place of an unknown id, in the front-matter and in a :::for block', () => {
    const root = makeProject({
      [APP]: message({ audience: 'magazjin', goal: 'rosterapp', body: 'Tekst voor iedereen.\n\n:::for{segment=kantor}\nAlleen voor kantoor.\n:::' }),
      'content/2026/list.md': message({ audience: '[magazjin, chaufeurs]' }),
    });
    const result = fix(root);
    expect(result.stderr).toContain('Fixed 5 problems in 2 files.');
    const app = read(root);
    expect(app).toContain('\naudience: magazijn\ngoal: roosterapp\n');
    expect(app).toContain(':::for{segment=kantoor}\n');
    expect(read(root, 'content/2026/list.md')).toContain('\naudience: [magazijn, chauffeurs]\n');
    expect(result.code).toBe(0);
  });

  it('leaves an unknown id alone when two ids are as close (a fix would be a guess)', () => {
    const plan = PLAN.replace(
      'segments:\n',
      'segments:\n  - id: ploeg-a\n    name: Ploeg A\n    channels: [app]\n  - id: ploeg-b\n    name: Ploeg B\n    channels: [app]\n',
    );
    const text = message({ audience: '[ploeg-c]' });
    const root = makeProject({ [APP]: text }, plan);
    const result = fix(root, '--format', 'json');
    expect(read(root)).toBe(text);
    const [file] = JSON.parse(result.stdout) as JsonResult[];
    // Still reported, with "did you mean", but no fix.
    expect(file!.messages.map((m) => [m.messageId, m.fix])).toEqual([['unknown-segment', undefined]]);
    expect(result.stderr).toContain('Nothing to fix.');
    expect(result.code).toBe(1);
  });

  it('writes a comma list as a list: audience: a, b → [a, b]', () => {
    const root = makeProject({ [APP]: message({ audience: 'magazijn, kantoor', extra: 'tags: roosters,  app' }) });
    expect(fix(root).code).toBe(0);
    expect(read(root)).toContain('\naudience: [magazijn, kantoor]\n');
    expect(read(root)).toContain('\ntags: [roosters, app]\n');
  });

  it('quotes a value with a colon so that it reads back, with the yaml package, as exactly what was written', () => {
    const titles = ['Let op: nieuwe regels', 'Let op: "nieuw" rooster', 'Map: C:\\planning\\rooster', "Vraag: wie doet 't?"];
    // A week apart, so that the segment's budget holds.
    const files = Object.fromEntries(
      titles.map((title, i) => [`content/2026/m${i}.md`, message({ title, date: `2026-02-${String(2 + 7 * i).padStart(2, '0')}T09:00` })]),
    );
    const root = makeProject(files);
    const result = fix(root);
    expect(result.stderr).toContain('Fixed 4 problems in 4 files.');
    expect(result.code).toBe(0);
    const written = titles.map((_, i) => read(root, `content/2026/m${i}.md`).split('\n')[1]);
    expect(written).toEqual([
      'title: "Let op: nieuwe regels"',
      `title: 'Let op: "nieuw" rooster'`,
      "title: 'Map: C:\\planning\\rooster'",
      `title: "Vraag: wie doet 't?"`,
    ]);
    titles.forEach((title, i) => expect(frontMatter(read(root, `content/2026/m${i}.md`)).title).toBe(title));
  });

  it('does not quote a value whose " #" may be a comment, or that goes on over the next line', () => {
    const comment = message({ title: 'Let op: nieuw # rooster' });
    const continued = message({ title: 'Let op: nieuwe\n  regels' });
    const root = makeProject({ 'content/2026/a.md': comment, 'content/2026/b.md': continued });
    const result = fix(root);
    expect(read(root, 'content/2026/a.md')).toBe(comment);
    expect(read(root, 'content/2026/b.md')).toBe(continued);
    expect(result.stdout).toContain('front-matter');
    expect(result.code).toBe(1);
  });

  it('writes an id written as words as the id it spells, and only that one', () => {
    const root = makeProject({
      [APP]: message({ audience: '[Magazijn, Kantoor team]', goal: 'RoosterApp' }),
      'content/2026/near.md': message({ goal: 'Rooster App', date: '2026-02-09T09:00' }),
    });
    const result = fix(root, '--format', 'json');
    expect(read(root)).toContain('\naudience: [magazijn, Kantoor team]\ngoal: roosterapp\n');
    // "Kantoor team" and "Rooster App" spell kantoor-team and rooster-app: no such ids, so no fix
    // (the second is still reported, with "did you mean roosterapp").
    expect(read(root, 'content/2026/near.md')).toContain('\ngoal: Rooster App\n');
    const ids = (JSON.parse(result.stdout) as JsonResult[]).flatMap((f) => f.messages.map((m) => m.messageId));
    expect(ids.filter((id) => id === 'id-form')).toHaveLength(2);
    expect(result.code).toBe(1);
  });

  it('renames a misspelt field when exactly one field is meant and it is not there yet', () => {
    const root = makeProject({
      [APP]: message({ extra: 'kindd: news' }),
      'content/2026/both.md': message({ extra: 'titel: Nog een titel' }),
    });
    fix(root);
    expect(read(root)).toContain('\nkind: news\n');
    // `title` is already there: renaming `titel` would make a second one.
    expect(read(root, 'content/2026/both.md')).toContain('\ntitel: Nog een titel\n');
  });

  it('puts the one word of a fixed list or the one key a misspelling can mean in its place: kind: niews, cta: txt', () => {
    const root = makeProject({
      [APP]: message({ kind: 'niews', cta: 'cta:\n  txt: Installeer de app\n  url: https://intranet.example/app' }),
      // Both `text` and `txt` under cta: renaming would make a second `text`.
      'content/2026/both.md': message({
        date: '2026-02-09T09:00',
        cta: 'cta:\n  text: Installeer de app\n  txt: Nog een tekst\n  url: https://intranet.example/app',
      }),
    });
    const result = fix(root);
    expect(read(root)).toContain('\nkind: news\n');
    expect(read(root)).toContain('\ncta:\n  text: Installeer de app\n');
    expect(read(root, 'content/2026/both.md')).toContain('\n  txt: Nog een tekst\n');
    expect(result.stderr).toBe('Fixed 2 problems in 1 file.\n');
  });

  it('makes !! one !, and shouting sentence case where every word is a plain word; names and unknown words stay', () => {
    const body = [
      'DIT IS ECHT BELANGRIJK!! Lees het goed.',
      '',
      'Kom op tijd!!! Het rooster: LET OP, DIT IS NIEUW VOOR JOU.',
      '',
      'BEZOEK AMSTERDAM NU. Wij ZIJN ER VOOR JOU, maar het woord jou staat hier ook.',
      '',
      'Vragen?!! Bel `HET IS ECHT ZO!!` niet.',
    ].join('\n');
    const root = makeProject({ [APP]: message({ title: 'Nieuwe roosterapp!!', body }) });
    const result = fix(root, '--format', 'json');
    const text = read(root);
    expect(text).toContain('\ntitle: Nieuwe roosterapp!\n');
    expect(text.slice(text.lastIndexOf('---\n') + 4)).toBe(
      [
        'Dit is echt belangrijk! Lees het goed.',
        '',
        'Kom op tijd! Het rooster: LET OP, dit is nieuw voor jou.',
        '',
        'BEZOEK AMSTERDAM NU. Wij zijn er voor jou, maar het woord jou staat hier ook.',
        '',
        'Vragen?! Bel `HET IS ECHT ZO!!` niet.',
        '',
      ].join('\n'),
    );
    // AMSTERDAM might be a name: still reported, not fixed.
    const left = (JSON.parse(result.stdout) as JsonResult[])[0]!.messages;
    expect(left.map((m) => [m.messageId, m.fix])).toEqual([['shouting-capitals', undefined]]);
  });

  it('edits a front-matter value only where the edited YAML reads back as meant: quoted yes, folded over lines no', () => {
    const why = 'why: >-\n  Je ruilt straks zelf diensten met collega’s!!\n  Zonder de planner te bellen.';
    const root = makeProject({ [APP]: message({ title: '"Nieuwe roosterapp!!"', why: null, extra: why }) });
    const result = fix(root, '--format', 'json');
    expect(read(root)).toContain('\ntitle: "Nieuwe roosterapp!"\n');
    expect(read(root)).toContain(`\n${why}\n`);
    const left = (JSON.parse(result.stdout) as JsonResult[])[0]!.messages;
    expect(left.map((m) => [m.messageId, m.fix])).toEqual([['shouting-exclamations', undefined]]);
  });

  it('keeps acronyms from the list as they are', () => {
    const plan = `${PLAN}rules:\n  hype: [warn, {acronyms: [HR]}]\n`;
    const root = makeProject({ [APP]: message({ body: 'DIT IS BELANGRIJK VOOR HR en voor jou.' }) }, plan);
    fix(root);
    expect(read(root)).toContain('\nDit is belangrijk voor HR en voor jou.\n');
  });
});

describe('herald check --fix: the run', () => {
  it('applies fixes that touch over several passes, and a second run finds nothing to fix and changes no byte', () => {
    const text = message({ title: 'Let op: DIT IS ECHT BELANGRIJK!!', audience: 'magazjin, kantoor', body: 'DIT IS NIEUW!!! Lees het.' });
    const root = makeProject({ [APP]: text });
    const first = fix(root);
    // The quotes, the shouting and the !! of the title; the list, then the id in it; the body's shouting and !!!.
    expect(first.stderr).toBe('Fixed 7 problems in 1 file.\n');
    const once = read(root);
    expect(once.split('\n').slice(1, 4)).toEqual(['title: "Let op: dit is echt belangrijk!"', 'date: 2026-02-02T09:00', 'audience: [magazijn, kantoor]']);
    expect(once).toContain('\n---\nDit is nieuw! Lees het.\n');
    const mtime = statSync(path.join(root, APP)).mtimeMs;
    const second = fix(root);
    expect(second.stderr).toBe('Nothing to fix.\n');
    expect(second.code).toBe(0);
    expect(read(root)).toBe(once);
    expect(statSync(path.join(root, APP)).mtimeMs).toBe(mtime);
  });

  it('exits 1 when errors remain after the fixes and 0 when none do, and reports only what remains', () => {
    const root = makeProject({ [APP]: message({ audience: '[magazjin]' }), 'content/2026/b.md': message({ goal: 'onbekend-doel' }) });
    const result = fix(root);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('magazjin');
    expect(result.stdout).toContain('content/2026/b.md');
    expect(result.stdout).toContain('The plan has no goal "onbekend-doel"');
    expect(result.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
    rmSync(path.join(root, 'content/2026/b.md'));
    expect(fix(root).code).toBe(0);
  });

  it('fixes only the files named, as only their findings are reported', () => {
    const other = message({ audience: '[magazjin]' });
    const root = makeProject({ [APP]: message({ audience: '[magazjin]' }), 'content/2026/other.md': other });
    const result = fix(root, path.join(root, APP));
    expect(result.stderr).toBe('Fixed 1 problem in 1 file.\n');
    expect(read(root)).toContain('audience: [magazijn]');
    expect(read(root, 'content/2026/other.md')).toBe(other);
  });

  it('keeps CRLF line endings, a byte order mark and the file mode', () => {
    const text = `\ufeff${message({ audience: 'magazjin, kantoor', title: 'Let op: nieuw' }).replace(/\n/g, '\r\n')}`;
    const root = makeProject({ [APP]: text });
    chmodSync(path.join(root, APP), 0o640);
    expect(fix(root).code).toBe(0);
    const after = read(root);
    expect(after).toBe(text.replace('Let op: nieuw', '"Let op: nieuw"').replace('magazjin, kantoor', '[magazijn, kantoor]'));
    expect(after.startsWith('\ufeff---\r\n')).toBe(true);
    expect(after.match(/(?<!\r)\n/g)).toBeNull();
    expect(statSync(path.join(root, APP)).mode & 0o777).toBe(0o640);
  });

  it('gives JSON ESLint fix on each fixable message and, with --fix, the fixed text as the file output', () => {
    const text = message({ audience: '[magazjin]', extra: 'tags: a, b' });
    const root = makeProject({ [APP]: text });
    const [plain] = JSON.parse(herald(['check', '--root', root, '--format', 'json']).stdout) as JsonResult[];
    const start = text.indexOf('magazjin');
    expect(plain!.messages.find((m) => m.messageId === 'unknown-segment')!.fix).toEqual({ range: [start, start + 8], text: 'magazijn' });
    expect(plain!.output).toBeUndefined();
    const [fixed] = JSON.parse(fix(root, '--format', 'json').stdout) as JsonResult[];
    // Clean now, and still listed, with its output, as ESLint lists a file --fix changed.
    expect(fixed).toMatchObject({ filePath: path.join(root, APP), messages: [], output: read(root) });
    expect(read(root)).toBe(text.replace('[magazjin]', '[magazijn]').replace('tags: a, b', 'tags: [a, b]'));
  });

  it('leaves a file outside the project folder alone (a content/ linked from elsewhere), with a note', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'herald-outside-'));
    cleanup.push(outside);
    const text = message({ audience: '[magazjin]' });
    mkdirSync(path.join(outside, '2026'));
    writeFileSync(path.join(outside, '2026/app.md'), text);
    const root = makeProject({});
    symlinkSync(outside, path.join(root, 'content'));
    const result = fix(root);
    expect(result.stderr).toContain(`herald: ${APP} is outside the project folder, so herald does not change it.`);
    expect(result.stderr).toContain('Nothing to fix.');
    expect(readFileSync(path.join(outside, '2026/app.md'), 'utf8')).toBe(text);
    expect(result.stdout).toContain('magazjin');
    expect(result.code).toBe(1);
  });

  it('refuses --fix together with --fix-dry-run (exit 2)', () => {
    const root = makeProject({ [APP]: message({ audience: '[magazjin]' }) });
    const result = herald(['check', '--root', root, '--fix', '--fix-dry-run']);
    expect(result.code).toBe(2);
    expect(read(root)).toContain('[magazjin]');
  });

  it('leaves a file that changed after it was read, and writes one that did not', async () => {
    const text = message({ audience: '[magazjin]' });
    const root = makeProject({ [APP]: text, 'content/2026/b.md': text });
    const result = await fixProject(root, { lang: { flag: 'en' } });
    expect(result.fixed.map((f) => [f.file, f.fixCount])).toEqual([
      [APP, 1],
      ['content/2026/b.md', 1],
    ]);
    // The writer saves the file in the meantime.
    const edited = text.replace('Nieuwe roosterapp', 'Nieuwe app');
    writeFileSync(path.join(root, APP), edited);
    expect(await writeFixedFile(root, result.fixed[0]!)).toEqual({ written: false, reason: 'changed' });
    expect(read(root)).toBe(edited);
    expect(await writeFixedFile(root, result.fixed[1]!)).toMatchObject({ written: true });
    expect(read(root, 'content/2026/b.md')).toBe(text.replace('magazjin', 'magazijn'));
  });
});

describe('fixes in SARIF', () => {
  it('gives a fixable result its fix, in lines and columns of the file, valid SARIF 2.1.0', () => {
    const root = makeProject({ [APP]: message({ audience: '[magazjin]' }) });
    const result = herald(['check', '--root', root, '--format', 'sarif', '--lang', 'en'], { cwd: root });
    const log = JSON.parse(result.stdout);
    expect(log.runs[0].results[0].fixes).toEqual([
      {
        description: { text: 'Replace "magazjin" with "magazijn".' },
        artifactChanges: [
          {
            artifactLocation: { uri: APP, uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 4, startColumn: 12, endLine: 4, endColumn: 20 }, insertedContent: { text: 'magazijn' } }],
          },
        ],
      },
    ]);
    // Against the parts herald writes, and the whole OASIS schema when SARIF_SCHEMA names a copy (see test/report/sarif.test.ts).
    const schemas = [SARIF_SUBSET, ...(process.env.SARIF_SCHEMA ? [JSON.parse(readFileSync(process.env.SARIF_SCHEMA, 'utf8'))] : [])];
    for (const schema of schemas) {
      const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe('herald check --fix-dry-run', () => {
  it('prints the unified diff of what --fix would do, writes nothing, and exits on what would remain', () => {
    const text = message({ title: 'Let op: nieuw rooster', audience: '[magazjin]' });
    const root = makeProject({ [APP]: text, 'content/2026/b.md': message({ goal: 'onbekend' }) });
    const result = herald(['check', '--root', root, '--lang', 'en', '--fix-dry-run'], { cwd: root });
    expect(result.stdout).toBe(
      [
        '--- a/content/2026/app.md',
        '+++ b/content/2026/app.md',
        '@@ -1,7 +1,7 @@',
        ' ---',
        '-title: Let op: nieuw rooster',
        '+title: "Let op: nieuw rooster"',
        ' date: 2026-02-02T09:00',
        '-audience: [magazjin]',
        '+audience: [magazijn]',
        ' goal: roosterapp',
        ' why: Je ruilt straks zelf diensten met collega’s, zonder de planner te bellen.',
        ' cta:',
        '',
      ].join('\n'),
    );
    expect(read(root)).toBe(text);
    // What would remain is reported on stderr, then the count.
    expect(result.stderr).toContain('The plan has no goal "onbekend"');
    expect(result.stderr).not.toContain('magazjin');
    expect(result.stderr).toMatch(/--fix would fix 2 problems in 1 file\.\n$/);
    expect(result.code).toBe(1);
  });

  it('fixes an editor’s unsaved buffer from --stdin: the JSON report carries the fixed text in `output`, the file stays as it is', () => {
    const onDisk = message();
    const root = makeProject({ [APP]: onDisk });
    const buffer = message({ title: 'Let op: nieuw rooster', audience: 'magazijn, kantoor' });
    const result = herald(['check', '--root', root, '--lang', 'en', '--stdin', '--stdin-filename', APP, '--fix-dry-run', '--format', 'json'], {
      input: buffer,
      cwd: root,
    });
    const [file] = JSON.parse(result.stdout) as JsonResult[];
    expect(file!.filePath).toBe(path.join(root, APP));
    expect(file!.output).toBe(
      buffer.replace('title: Let op: nieuw rooster', 'title: "Let op: nieuw rooster"').replace('audience: magazijn, kantoor', 'audience: [magazijn, kantoor]'),
    );
    expect(file!.messages).toEqual([]);
    // Compared with the buffer, not with the file on disk: no "changed while checking" note.
    expect(result.stderr).toBe('--fix would fix 2 problems in 1 file.\n');
    expect(read(root)).toBe(onDisk);
    expect(result.code).toBe(0);
  });

  it('refuses --fix with --stdin (exit 2), in the writer’s language, and points at --fix-dry-run', () => {
    const root = makeProject({ [APP]: message() });
    const result = herald(['check', '--root', root, '--stdin', '--stdin-filename', APP, '--fix'], {
      input: message({ audience: 'magazijn, kantoor' }),
      cwd: root,
    });
    expect(result.stderr).toContain('--fix werkt niet met --stdin');
    expect(result.stderr).toContain('Gebruik --fix-dry-run');
    expect(read(root)).toBe(message());
    expect(result.code).toBe(2);
  });

  it('prints nothing on stdout when there is nothing to fix, and says so in the writer’s language', () => {
    const root = makeProject({ [APP]: message() });
    const result = herald(['check', '--root', root, '--fix-dry-run']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Er is niets om op te lossen.');
    expect(result.code).toBe(0);
  });
});

const cleanup: string[] = [];
afterEach(() => {
  while (cleanup.length) rmSync(cleanup.pop()!, { recursive: true, force: true });
});
