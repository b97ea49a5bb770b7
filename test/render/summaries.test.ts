import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/load/parse-markdown.js';
import { SourceText } from '../../src/model/source-text.js';
import { markdownToHast } from '../../src/render/markdown-to-html.js';
import { bodyTexts } from '../../src/render/summaries.js';

const summaryOf = (tree: HastRoot) => bodyTexts(tree, false).summary;
const textOf = (tree: HastRoot) => bodyTexts(tree, true).text;

function body(markdown: string): HastRoot {
  return markdownToHast(parseMarkdown(new SourceText(markdown), 0), {
    label: (id) => `Voor ${id}`,
    scrollLabels: { table: 'Tabel', code: 'Code' },
    hasRawHtml: true,
  });
}

/** The definition: the text of the whole body without headings and segment blocks, cut after a word. */
function reference(tree: HastRoot): string {
  const aside = (n: RootContent) =>
    n.type === 'element' && (/^h[1-6]$/.test(n.tagName) || (n.tagName === 'section' && String(n.properties.className) === 'segment-variant'));
  const prune = <T extends { children: RootContent[] }>(node: T): T => ({
    ...node,
    children: node.children.map((c) => (aside(c) ? { type: 'text', value: ' ' } : 'children' in c ? prune(c as Element) : c)),
  });
  const text = toText(prune(tree)).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text;
}

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `woord${from + i}`).join(' ');

describe('summaries', () => {
  it('adds no space where inline markup meets punctuation', () => {
    expect(summaryOf(body('Welkom aan de **klanttafel**. Lees [het bericht](./a.md), en `code`!'))).toBe(
      'Welkom aan de klanttafel. Lees het bericht, en code!',
    );
  });

  it('leaves out headings and segment blocks, which the search text keeps', () => {
    const tree = body('## De cijfers\n\nPickfouten: 4 per dag.\n\n:::for{segment=magazijn}\nAlleen voor het magazijn.\n:::\n\nDaarna meer.');
    expect(summaryOf(tree)).toBe('Pickfouten: 4 per dag. Daarna meer.');
    expect(textOf(tree)).toBe('De cijfers Pickfouten: 4 per dag. Voor magazijn Alleen voor het magazijn. Daarna meer.');
  });

  it('decodes what the HTML escapes, since templates and feeds escape it again', () => {
    expect(summaryOf(body('Q&A over `<scanner>` & "rooster"'))).toBe('Q&A over <scanner> & "rooster"');
  });

  it('cuts after a whole word, at most 200 characters with the ellipsis', () => {
    const summary = summaryOf(body(`${words(30)}\n\n${words(30, 30)}`));
    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary).toMatch(/ woord\d+…$/);
    expect(`${words(60)}`.startsWith(summary.slice(0, -1))).toBe(true);
  });

  it('reads only the first blocks, and gives what the whole body gives, with or without the search text', () => {
    const bodies = [
      `${words(5)}\n\n## Kop\n\n${words(3)}\n\n> ### Kop in een citaat\n> ${words(4)}\n\n- ${words(50)}\n- **vet**.\n\n${words(100)}`,
      `Kort.\n\n---\n\n:::for{segment=a}\n${words(80)}\n:::\n\n| a | b |\n| - | - |\n| ${words(3)} | x |\n\nEinde.`,
      '<span>aan</span><span>elkaar</span> geschreven\n\nen meer',
      '<details><summary>Meer</summary>\n\nBinnen.\n\n</details>\n\nBuiten.',
      `${words(20)} <b>vet</b>.\n\n<div>\n\n${words(40)}\n\n</div>`,
      '',
      '## Alleen een kop',
    ];
    for (const markdown of bodies) {
      const tree = body(markdown);
      expect(summaryOf(tree), markdown).toBe(reference(tree));
      expect(bodyTexts(tree, true), markdown).toEqual({ summary: reference(tree), text: toText(tree).replace(/\s+/g, ' ').trim() });
    }
  });
});
