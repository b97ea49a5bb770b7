import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/apply-fixes.js';
import type { Fix } from '../../src/model/diagnostic.js';

const fix = (start: number, end: number, text: string): Fix => ({ range: [start, end], text });

describe('applyFixes', () => {
  it('applies fixes in any order given, each at the offsets of the text as read', () => {
    const text = 'aaa bbb ccc';
    const { output, applied, skipped } = applyFixes(text, [fix(8, 11, 'CCCC'), fix(0, 3, 'A'), fix(4, 7, '')]);
    expect(output).toBe('A  CCCC');
    expect(applied.map((f) => f.text)).toEqual(['A', '', 'CCCC']);
    expect(skipped).toEqual([]);
  });

  it('leaves a fix that overlaps or touches one taken before it for the next pass', () => {
    const text = 'abcdef';
    const { output, applied, skipped } = applyFixes(text, [fix(0, 3, 'X'), fix(2, 4, 'Y'), fix(3, 5, 'Z'), fix(5, 6, 'W')]);
    // [0,3) is taken; [2,4) overlaps it and [3,5) touches it; [5,6) is free.
    expect(output).toBe('XdeW');
    expect(applied).toEqual([fix(0, 3, 'X'), fix(5, 6, 'W')]);
    expect(skipped).toEqual([fix(2, 4, 'Y'), fix(3, 5, 'Z')]);
  });

  it('takes the first of two fixes at the same place', () => {
    expect(applyFixes('ab', [fix(0, 1, 'X'), fix(0, 1, 'Y')]).output).toBe('Xb');
  });

  it('skips a fix outside the text and one that changes nothing', () => {
    const { output, applied, skipped } = applyFixes('abc', [fix(2, 9, 'x'), fix(-1, 1, 'x'), fix(0, 1, 'a')]);
    expect(output).toBe('abc');
    expect(applied).toEqual([]);
    expect(skipped).toEqual([fix(2, 9, 'x'), fix(-1, 1, 'x')]);
  });

  it('inserts at a point (an empty range) and keeps every other character, line endings included', () => {
    expect(applyFixes('a\r\nb\r\n', [fix(3, 3, 'x')]).output).toBe('a\r\nxb\r\n');
  });
});
