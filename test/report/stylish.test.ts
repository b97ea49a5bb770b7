import { describe, it, expect } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { A_MD, DIAGNOSTICS, input } from './fixtures.js';

const ANSI = /\u001b\[/;

describe('stylish', () => {
  it('groups per file: location, severity and rule id, the message under it, and a summary', () => {
    expect(formatReport('stylish', input())).toBe(
      [
        'content/2026/a.md',
        '  3:11  error  unknown-reference',
        '    Did you mean "office"? The plan has no segment "ofice".',
        '  10:1  error  cta-missing',
        '    No call-to-action, e.g. "Read 100% of it".',
        '',
        'content/2026/b.md',
        '  12:3  warning  hype',
        '    Hype: "exclusive".',
        '',
        'plans/plan.yaml',
        '  4:5  warning  goal-uncovered',
        '    Goal "retention" has no message in its period.',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('shows the line at fault with a caret under the column, when it has the file', () => {
    const out = formatReport('stylish', input({ sourceOf: (file) => (file === 'content/2026/a.md' ? A_MD : undefined) }));
    expect(out.split('\n').slice(0, 9)).toEqual([
      'content/2026/a.md',
      '  3:11  error  unknown-reference',
      '    Did you mean "office"? The plan has no segment "ofice".',
      '    3 | audience: ofice',
      '      |           ^^^^^',
      '  10:1  error  cta-missing',
      '    No call-to-action, e.g. "Read 100% of it".',
      '    10 | No call to action.',
      '       | ^',
    ]);
    // No file text, no excerpt (b.md), and never a crash on a line past the end.
    expect(out).toContain('  12:3  warning  hype\n    Hype: "exclusive".\n\n');
    const past = { ...DIAGNOSTICS[3]!, line: 99 };
    expect(formatReport('stylish', input({ diagnostics: [past], sourceOf: () => A_MD }))).not.toContain(' | ');
  });

  it('keeps the caret under the column in a line cut to the width', () => {
    const long = `---\ntitle: ${'Heel lang '.repeat(12)}Let op: nieuwe regels\n---\n`;
    const column = long.split('\n')[1]!.indexOf('Let op') + 1;
    const d = { ...DIAGNOSTICS[3]!, line: 2, column, endLine: 2, endColumn: column + 6 };
    const lines = formatReport('stylish', input({ diagnostics: [d], width: 60, sourceOf: () => long })).split('\n');
    const source = lines.find((l) => l.includes(' | ') && !l.trim().startsWith('|'))!;
    const caret = lines.find((l) => l.includes('^'))!;
    expect(source.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('Let op');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);
  });

  it.each([40, 80, 120])('fits a terminal of %i columns', (width) => {
    const long = {
      ...DIAGNOSTICS[1]!,
      message:
        'Hype: "exclusive" is a word from advertising; write what the colleague gets, in plain words, and leave the superlatives out of an internal message.',
    };
    const unbreakable = { ...DIAGNOSTICS[0]!, message: `See ${'x'.repeat(130)} for more.` };
    const out = formatReport('stylish', input({ diagnostics: [long, unbreakable, ...DIAGNOSTICS], width, sourceOf: () => A_MD }));
    for (const line of out.split('\n')) {
      // Nothing is longer than the width, except a word that is longer by itself.
      if (line.length > width) expect(line.trim()).toBe('x'.repeat(130));
    }
    const message = out
      .split('\n')
      .filter((l) => l.startsWith('    ') && !l.includes(' | '))
      .map((l) => l.trim());
    // The long message wraps (at 40 and 80), and nothing of it is lost.
    expect(message.join(' ')).toContain(long.message);
    if (width < 120) expect(out).not.toContain(long.message);
    // Never padded past the width, nor with trailing spaces.
    for (const line of out.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('wraps at 80 columns when the caller gives no width', () => {
    const long = { ...DIAGNOSTICS[1]!, message: 'word '.repeat(40).trim() };
    const lines = formatReport('stylish', input({ diagnostics: [long] })).split('\n');
    expect(lines.filter((l) => l.startsWith('    word'))).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('uses singular words for one finding', () => {
    const out = formatReport('stylish', input({ diagnostics: [DIAGNOSTICS[1]!] }));
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (0 errors, 1 warning)');
  });

  it('prints one friendly line when there is nothing to report', () => {
    expect(formatReport('stylish', input({ diagnostics: [] }))).toBe('✔ 31 files checked, no problems\n');
    expect(formatReport('stylish', input({ diagnostics: [], filesChecked: 1 }))).toBe('✔ 1 file checked, no problems\n');
  });

  it('writes the summary in the report’s language', () => {
    const last = (lang: 'nl' | 'en', diagnostics = DIAGNOSTICS) => formatReport('stylish', input({ lang, diagnostics })).trimEnd().split('\n').at(-1);
    expect(last('nl')).toBe('✖ 4 problemen (2 fouten, 2 waarschuwingen)');
    expect(last('nl', [DIAGNOSTICS[1]!])).toBe('✖ 1 probleem (0 fouten, 1 waarschuwing)');
    expect(last('nl', [])).toBe('✔ 31 bestanden gecontroleerd, geen problemen');
    expect(formatReport('stylish', input({ lang: 'nl', diagnostics: [], filesChecked: 1 }))).toBe('✔ 1 bestand gecontroleerd, geen problemen\n');
    expect(last('en', [])).toBe('✔ 31 files checked, no problems');
  });

  it('colours only when asked', () => {
    expect(formatReport('stylish', input())).not.toMatch(ANSI);
    expect(formatReport('stylish', input({ diagnostics: [] }))).not.toMatch(ANSI);
    const coloured = formatReport('stylish', input({ color: true }));
    expect(coloured).toMatch(ANSI);
    // Colour must not change the text itself.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(formatReport('stylish', input()));
  });

  it('keeps terminal escapes from quoted text out of the output', () => {
    const d = { ...DIAGNOSTICS[1]!, message: 'Hype: "\u001b[31mexclusive"' };
    expect(formatReport('stylish', input({ diagnostics: [d] }))).not.toMatch(ANSI);
  });
});
