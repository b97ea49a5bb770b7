import { describe, expect, it } from 'vitest';
import { cursorAt, frontMatterKeys } from '../../src/lsp/cursor.js';

/** The cursor at the `|` in `text` (the bar is removed first). */
function cursor(text: string, kind: 'message' | 'plan' = 'message') {
  const index = text.indexOf('|');
  const clean = text.slice(0, index) + text.slice(index + 1);
  const before = clean.slice(0, index);
  const line = before.split('\n').length - 1;
  return cursorAt(clean, line, index - before.lastIndexOf('\n') - 1, kind);
}

describe('what is under the cursor, while the writer types', () => {
  it('reads the key of a value in front-matter, in flow lists and in block lists', () => {
    expect(cursor('---\naudience: [magazijn, kan|\n---\n')).toMatchObject({ kind: 'value', region: 'front-matter', path: ['audience'], word: { text: 'kan' } });
    expect(cursor('---\naudience:\n  - magazijn\n  - |\n---\n')).toMatchObject({ kind: 'value', path: ['audience'] });
    expect(cursor('---\ncta:\n  text: Doe het\n  url: |\n---\n')).toMatchObject({ kind: 'value', path: ['cta', 'url'] });
    expect(cursor('---\nlint: {disable: [hy|]}\n---\n')).toMatchObject({ kind: 'value', path: ['lint'], word: { text: 'hy' } });
  });

  it('knows a key being typed, and the keys a broken front-matter already has', () => {
    expect(cursor('---\ntitle: Hallo\nca|\n---\n')).toMatchObject({ kind: 'key', path: [], word: { text: 'ca' } });
    expect(cursor('---\ntitle: "Let op: x\nca|\n')).toMatchObject({ kind: 'key' });
    expect([...frontMatterKeys('---\ntitle: "Let op: x\ngoal: a\n  nested: b\n---\nbody: no\n')]).toEqual(['title', 'goal']);
  });

  it('reads plan paths with list items collapsed', () => {
    const plan = 'segments:\n  - id: magazijn\n    channels: [ap|]\ncampaigns:\n  - id: x\n    goal: y\n';
    expect(cursor(plan, 'plan')).toMatchObject({ kind: 'value', region: 'plan', path: ['segments', 'channels'], word: { text: 'ap' } });
    expect(cursor('campaigns:\n  - id: x\n    title: T\n    goal: |\n', 'plan')).toMatchObject({ path: ['campaigns', 'goal'] });
    expect(cursor('segments:\n  - id: ma|gazijn\n', 'plan')).toMatchObject({ path: ['segments', 'id'], word: { text: 'magazijn' } });
    expect(cursor('rules:\n  hy|\n', 'plan')).toMatchObject({ kind: 'key', path: ['rules'] });
  });

  it('finds segment blocks, disable comments and link targets in the body, and nothing in comments or plain prose', () => {
    expect(cursor('---\na: b\n---\n:::for{segment=ma|}\n')).toMatchObject({ kind: 'for-segment', word: { text: 'ma' } });
    expect(cursor('---\na: b\n---\n<!-- herald-disable-next-line hype, rea| -->\n')).toMatchObject({ kind: 'disable-comment', word: { text: 'rea' } });
    expect(cursor('---\n# herald-disable-next-line hy|\ntitle: x\n---\n')).toMatchObject({ kind: 'disable-comment' });
    expect(cursor('---\na: b\n---\nZie [dit](../2025/ki|ck-off.md).\n')).toMatchObject({ kind: 'link', word: { text: '../2025/kick-off.md' } });
    expect(cursor('---\na: b\n---\nGewone tekst met een wo|ord.\n')).toEqual({ kind: 'none' });
    expect(cursor('---\ntitle: x # een opmerking over a|udience\n---\n')).toEqual({ kind: 'none' });
  });
});
