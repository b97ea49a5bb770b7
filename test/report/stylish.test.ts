import { describe, it, expect } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { DIAGNOSTICS, input } from './fixtures.js';

const ANSI = /\u001b\[/;

describe('stylish', () => {
  it('groups per file with aligned columns and a summary', () => {
    expect(formatReport('stylish', input())).toBe(
      [
        'content/2026/a.md',
        '   3:11  error  Unknown segment "ofice": the plan has no such id; did you mean "office"?  unknown-reference',
        '  10:1   error  No call-to-action, e.g. "Read 100% of it"                                 cta-missing',
        '',
        'content/2026/b.md',
        '  12:3  warning  Hype: "exclusive"  hype',
        '',
        'plans/plan.yaml',
        '  4:5  warning  Goal "retention" has no message in its period  goal-uncovered',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('uses singular words for one finding', () => {
    const out = formatReport('stylish', input({ diagnostics: [DIAGNOSTICS[1]!] }));
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (0 errors, 1 warning)');
  });

  it('prints one friendly line when there is nothing to report', () => {
    expect(formatReport('stylish', input({ diagnostics: [] }))).toBe('✔ 31 files checked, no problems\n');
    expect(formatReport('stylish', input({ diagnostics: [], filesChecked: 1 }))).toBe(
      '✔ 1 file checked, no problems\n',
    );
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
