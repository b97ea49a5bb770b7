import { describe, it, expect } from 'vitest';
import { FORMATS, formatReport, isFormatName } from '../../src/report/format.js';
import { DIAGNOSTICS, input } from './fixtures.js';

describe('formatReport', () => {
  it('dispatches every format and never mutates the input order', () => {
    const before = [...DIAGNOSTICS];
    for (const name of FORMATS) expect(typeof formatReport(name, input())).toBe('string');
    expect(DIAGNOSTICS).toEqual(before);
  });

  it('recognises format names', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
  });
});

describe('the sentence of a finding', () => {
  // The template holds its own "did you mean" clause: no format works one in.
  const d = { ...DIAGNOSTICS[3]!, message: 'Unknown audience "stafff".', expected: ['staff'] };

  it('is shown as it is, in every format', () => {
    for (const name of FORMATS) {
      const out = formatReport(name, input({ diagnostics: [d] }));
      const shown = { stylish: '\n    Unknown audience "stafff".\n', github: '::Unknown audience "stafff".\n' }[name as string] ?? JSON.stringify(d.message);
      expect(out, name).toContain(shown);
      expect(out, name).not.toContain('staff"?');
    }
  });
});
