import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH, MAX_MARKDOWN_DEPTH } from '../../src/scope/body-depth.js';
import { checkProject } from '../../src/pipeline/check.js';
import { check, makeProject, message, only } from '../helpers/project.js';
import { messageOf, positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
const body = (...lines: string[]) => ({ [FILE]: message({ body: lines.join('\n') }) });

describe('body-structure', () => {
  it('reports HTML nested thousands of levels deep, at the tag that goes past the limit', async () => {
    const deep = '<div>'.repeat(3000) + 'x' + '</div>'.repeat(3000);
    const files = body('Eerst gewone tekst.', '', deep);
    const findings = only(await check(files), 'body-structure');
    const first = positionOf(files[FILE]!, '<div>');
    // The root and the HTML node count as one level each: the 200th <div> is the first too deep.
    expect(findings).toMatchObject([
      {
        ruleId: 'body-structure',
        messageId: 'nested-too-deeply',
        severity: 'error',
        file: FILE,
        data: { depth: 3001, limit: MAX_BODY_DEPTH },
        line: first.line,
        column: first.column + 5 * (MAX_BODY_DEPTH - 1),
      },
    ]);
  });

  it('follows elements opened in one HTML block into the next, and tags split over lines', async () => {
    const lines = Array.from({ length: 300 }, () => '<section>\n\nTekst\n');
    const files = body('Intro.', '', ...lines);
    const [finding] = only(await check(files), 'body-structure');
    expect(finding).toMatchObject({ messageId: 'nested-too-deeply', data: { depth: 302 } }); // the paragraph inside 300 sections, and its text
    // The first thing past 200 levels: the text (2 levels: paragraph, text) inside the 199th open section, two lines below it.
    expect(finding!.line).toBe(positionOf(files[FILE]!, '<section>', MAX_BODY_DEPTH - 2).line + 2);
  });

  it('accepts a ten-level nested list, quotes, tables and ordinary HTML', async () => {
    const list = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- punt ${i + 1}`);
    const html = '<div><ul><li><p>Een <b>vette</b> <span>tekst</span><br>en een <img src="x.png" alt="x"></p><p>Nog een<p>derde</li><li>twee</li></ul></div>';
    const siblings = '<div>a</div>\n\n'.repeat(500);
    expect(only(await check(body(...list, '', '> > > Citaat', '', html, '', siblings)), 'body-structure')).toEqual([]);
  });

  it('counts as the HTML parser nests: <x/> closes itself only in SVG, an HTML tag ends the SVG, a row gets a <tbody>', async () => {
    const findings = async (html: string) => only(await check(body(html)), 'body-structure').map((f) => f.data['depth']);
    expect(await findings('<svg>' + '<g/>'.repeat(3000) + '</svg>')).toEqual([]);
    expect(await findings('<div/>'.repeat(3000))).toEqual([3001]);
    expect(await findings('<svg>' + '<div/>'.repeat(3000))).toEqual([3002]);
    expect(await findings('<table><tr><td>'.repeat(70))).toEqual([281]);
  });

  it('does not count void elements, closed elements or comments', async () => {
    const flat = '<br>'.repeat(1000) + '<hr/>'.repeat(1000) + '<!-- <div> -->'.repeat(1000) + '<p>a</p>'.repeat(1000) + '<li>x'.repeat(1000);
    expect(only(await check(body(flat)), 'body-structure')).toEqual([]);
  });

  describe("Markdown nested past the parser's limit", () => {
    // markdown-it (maxNesting 100) silently leaves out what nests deeper: the site would show something else.
    it("reports quotes hundreds deep where the parser starts leaving text out, in the writer's words", async () => {
      const files = body('Eerst gewone tekst.', '', `${'> '.repeat(300)}Diepe tekst`, '', 'Daarna weer gewoon.');
      const findings = only(await check(files), 'body-structure');
      expect(findings).toEqual([
        expect.objectContaining({
          messageId: 'markdown-too-deep',
          severity: 'error',
          data: { limit: MAX_MARKDOWN_DEPTH },
          // At the first quote mark past the limit: what follows it is what the parser leaves out.
          line: positionOf(files[FILE]!, 'Diepe tekst').line,
          column: 2 * MAX_MARKDOWN_DEPTH + 1,
          message:
            'Use fewer quote marks (>) or less indentation here. From this line the quotes and lists go more than 100 levels deep, and the site would leave the text out.',
        }),
      ]);
      const { diagnostics } = await checkProject(makeProject(files), { lang: { flag: 'nl' } });
      expect(only(diagnostics, 'body-structure').map((d) => d.message)).toEqual([
        'Gebruik hier minder citaattekens (>) of minder inspringen. Vanaf deze regel zitten citaten en lijsten meer dan 100 lagen diep. De site laat die tekst dan weg.',
      ]);
    });

    it('reports a list nested past the limit at the first item the tree lacks', async () => {
      const items = Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- punt ${i + 1}`);
      const files = body('Intro.', '', ...items);
      const [finding, ...more] = only(await check(files), 'body-structure');
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ messageId: 'markdown-too-deep', line: expect.any(Number) });
      // The item on the reported line is gone from the tree; the one before it is still there.
      const text = textOf(messageOf(files[FILE]!).tree);
      const lines = files[FILE]!.split('\n');
      const reported = lines[finding!.line - 1]!.trim().slice(2);
      const before = lines[finding!.line - 2]!.trim().slice(2);
      expect(reported).toMatch(/^punt \d+$/);
      expect(text).toContain(before);
      expect(text).not.toContain(reported);
      expect(finding!.column).toBe(lines[finding!.line - 1]!.indexOf('punt') + 1);
    });

    it('accepts quotes just inside the limit, whose text the tree keeps', async () => {
      const files = body(`${'> '.repeat(MAX_MARKDOWN_DEPTH - 1)}Diepe tekst`);
      expect(only(await check(files), 'body-structure')).toEqual([]);
      expect(textOf(messageOf(files[FILE]!).tree)).toContain('Diepe tekst');
    });
  });
});

/** The text values of a tree, one per node. */
function textOf(node: Nodes): string[] {
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.value);
    if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return out;
}
