import type { Nodes } from 'mdast';
import type { Allow } from './differential.js';

/** A link written as a bare URL (not `<…>` or `[…]`), by its source. */
const literalLinks = (parent: Nodes, source: string): string[] =>
  ('children' in parent ? (parent.children as Nodes[]) : [])
    .filter((c) => c.type === 'link' && !'<['.includes(source[c.position!.start.offset!]!))
    .map((c) => `${c.position!.start.offset}-${c.position!.end.offset}`);

/**
 * The known differences between herald's tree and remark's, each with why it
 * differs and why that does not matter to herald's rules and rendering. The
 * differential test fails on any difference not listed here.
 */
export const ALLOW: Allow[] = [
  {
    id: 'linkify',
    why:
      'Bare URLs are found by linkify-it (markdown-it) in herald and by GFM autolink literals in remark: linkify-it also links a host name without `www.` ' +
      '(`intranet.nl`), GFM also `www.` alone. Where they disagree, the paragraph holds other links and text runs. Harmless: the site shows ' +
      "markdown-it's links, prose leaves a bare URL out either way, and broken-link ignores web addresses.",
    test: (_h, _r, source, parents) => literalLinks(parents.h, source).join() !== literalLinks(parents.r, source).join(),
  },
  {
    id: 'table-cells',
    why:
      'markdown-it pads a row shorter than the header with empty cells and drops cells beyond it (as GFM renders tables); remark keeps the row as written. ' +
      "Harmless: the site renders markdown-it's table, and rules read only the text of cells, which the padding has none of and the reader never sees in dropped ones.",
    test: (h, r, _source, parents) => parents.h.type === 'tableRow' && (h === undefined || r === undefined) && (h ?? r)?.type === 'tableCell',
  },
  {
    id: 'list-end-in-quote',
    why:
      'In a blockquote, remark lets a list run on to a following line that holds only `>`; herald ends it with its last item, as outside quotes. ' +
      'Harmless: no rule reports at the end of a list, and rendering does not use positions.',
    test: (h, r, source) =>
      h?.type === 'list' &&
      r?.type === 'list' &&
      h.position!.start.offset === r.position!.start.offset &&
      /^[\s>]*$/.test(source.slice(h.position!.end.offset!, r.position!.end.offset!)),
  },
  {
    id: 'not-herald-markdown',
    why:
      "GFM footnotes (`[^1]`, `[^1]: …`) and strikethrough with one tilde (`~x~`) are in remark's GFM but not in herald's Markdown (markdown-it " +
      'without a footnote plugin; its strikethrough takes `~~` only): herald reads them as text, and renders them as text. Harmless: the site shows what ' +
      'herald parsed, and prose reads the same words (plus the `[^1]` marker) either way.',
    test: (_h, _r, source, parents) =>
      ('children' in parents.r ? (parents.r.children as Nodes[]) : []).some(
        (c) => c.type === 'footnoteReference' || c.type === 'footnoteDefinition' || (c.type === 'delete' && source[c.position!.start.offset! + 1] !== '~'),
      ),
  },
];
