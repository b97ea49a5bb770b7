import { describe, expect, it } from 'vitest';
import { tagSlug } from '../../src/model/slug.js';

describe('tagSlug', () => {
  it('keeps every part of a tag, so "hr/ict" and "ict" get pages of their own', () => {
    expect(tagSlug('hr/ict')).toBe('hr-ict');
    expect(tagSlug('ict')).toBe('ict');
    expect(tagSlug('Één team')).toBe('een-team');
    expect(tagSlug("collega's")).toBe('collegas');
  });

  it('keeps letters of other scripts rather than dropping them', () => {
    expect(tagSlug('日本')).toBe('日本');
    expect(tagSlug('Ελλάδα 2026')).toBe('ελλάδα-2026');
  });

  it('keeps a tag short enough for a folder name in any script', () => {
    expect(tagSlug('a'.repeat(200))).toHaveLength(80);
    expect(Buffer.byteLength(tagSlug('日本'.repeat(100)))).toBeLessThanOrEqual(240);
    expect(Buffer.byteLength(tagSlug('𝔸'.repeat(100)))).toBeLessThanOrEqual(240);
  });

  it('gives a tag of punctuation alone a name that is still a folder', () => {
    expect(tagSlug('!!!')).toBe('tag');
    expect(tagSlug('../..')).toBe('tag');
  });
});
