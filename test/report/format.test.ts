import { describe, it, expect } from 'vitest';
import { FORMATS, formatReport, isFormatName } from '../../src/report/format.js';
import { messageText } from '../../src/report/shared.js';
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

describe('messageText', () => {
  const base = DIAGNOSTICS[3]!;

  it('works the suggestion in before the final period', () => {
    expect(messageText(base)).toBe('Unknown audience "ofice" (did you mean "office"?).');
  });

  it('leaves a message that already quotes the suggestion alone', () => {
    const d = { ...base, message: 'Unknown audience "ofice"; did you mean "office"?' };
    expect(messageText(d)).toBe(d.message);
  });

  it('still adds a suggestion the typo merely contains', () => {
    const d = { ...base, message: 'Unknown audience "stafff"', suggestion: 'staff' };
    expect(messageText(d)).toBe('Unknown audience "stafff" (did you mean "staff"?)');
  });
});
