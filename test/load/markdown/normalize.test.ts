import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import { md } from '../../../src/load/markdown/parser.js';

// herald's parser replaces markdown-it's `normalize` core rule with one that does nothing to text
// without \r or NUL; what markdown-it makes of the text must not change.
const shape = (tokens: Token[]): unknown[] =>
  tokens.map((t) => ({ type: t.type, tag: t.tag, content: t.content, map: t.map, children: t.children ? shape(t.children) : null }));

describe('the normalize rule', () => {
  it.each([
    ['line feeds', '# Kop\n\nEen zin.\nNog een zin.\n\n- een\n- twee\n'],
    ['CR LF', '# Kop\r\n\r\nEen zin.\r\nNog een zin.\r\n\r\n- een\r\n- twee\r\n'],
    ['lone CR', 'Een zin.\rNog een.\r\rNieuwe alinea.'],
    ['mixed, with NUL', 'Een\u0000zin.\r\nTwee\rdrie\n\n`co\u0000de`\r\n'],
  ])('reads %s as markdown-it does', (_, text) => {
    // The token list, less the tokens herald's own core rules add or take away (text_join is off).
    const ours = shape(md.parse(text, {}));
    const theirs = shape(new MarkdownIt({ html: true, linkify: true }).disable('text_join').parse(text, {}));
    expect(ours).toEqual(theirs);
  });
});
