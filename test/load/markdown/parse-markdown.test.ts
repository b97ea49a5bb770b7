import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's corpus generator is plain JavaScript.
import { writeCorpus } from '../../../bench/corpus.mjs';
import { parseMessage } from '../../../src/load/parse-message.js';
import { ALLOW } from './allowlist.js';
import { compare, type Difference } from './differential.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : p.endsWith('.md') ? [p] : [];
  });
}

const seen = new Set<string>();
function differences(files: string[]): Difference[] {
  const out: Difference[] = [];
  for (const file of files) {
    for (const d of compare(path.relative(ROOT, file), readFileSync(file, 'utf8'), ALLOW)) {
      if (d.allowed) seen.add(d.allowed);
      else out.push(d);
    }
  }
  return out;
}
const report = (ds: Difference[]) => ds.map((d) => `${d.file} ${d.path}: ${d.what}`);

describe('parseMarkdown against remark (mdast-util-from-markdown, GFM, directives)', () => {
  const corpus = mkdtempSync(path.join(tmpdir(), 'herald-md-'));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('agrees on every body of the bundled example', () => {
    expect(report(differences(markdownFiles(path.join(ROOT, 'content'))))).toEqual([]);
  });

  it('agrees on the hard cases of fixtures/, but for the allowlist', () => {
    expect(report(differences(markdownFiles(FIXTURES)))).toEqual([]);
  });

  it('agrees on 300 generated messages', () => {
    writeCorpus(corpus, 300);
    expect(report(differences(markdownFiles(path.join(corpus, 'content'))))).toEqual([]);
  });

  it('needs every entry of the allowlist (an entry nothing needs goes)', () => {
    expect([...seen].sort()).toEqual(ALLOW.map((a) => a.id).sort());
  });
});

/** The tree as one line per node: type and start–end as line:column, for the pinned outlines. */
function outline(tree: Root): string {
  const lines: string[] = [];
  const walk = (node: Nodes, depth: number) => {
    const p = node.position!;
    const extra =
      node.type === 'linkReference' || node.type === 'imageReference'
        ? ` ${node.referenceType} ${JSON.stringify(node.label)}→${node.identifier}`
        : node.type === 'definition'
          ? ` ${JSON.stringify(node.label)}→${node.identifier} ${node.url}${node.title ? ` "${node.title}"` : ''}`
          : 'value' in node && node.type !== 'code' && node.type !== 'html'
            ? ` ${JSON.stringify(node.value)}`
            : '';
    lines.push(`${'  '.repeat(depth)}${node.type} ${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}${extra}`);
    if ('children' in node) for (const c of node.children) walk(c as Nodes, depth + 1);
  };
  walk(tree, 0);
  return `${lines.join('\n')}\n`;
}

describe('parseMarkdown positions, pinned', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))) {
    it(file, async () => {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      await expect(outline(parseMessage({ file, text }).tree)).toMatchFileSnapshot(path.join(FIXTURES, file.replace(/\.md$/, '.positions.txt')));
    });
  }
});

describe('parseMarkdown', () => {
  const FRONT = '---\ntitle: x\n---\n';
  const tree = (body: string) => parseMessage({ file: 'x.md', text: FRONT + body }).tree;
  const first = (node: Nodes, type: string): Nodes | undefined => {
    if (node.type === type) return node;
    for (const c of 'children' in node ? (node.children as Nodes[]) : []) {
      const found = first(c, type);
      if (found) return found;
    }
    return undefined;
  };
  const at = (n: Nodes | undefined) => `${n!.position!.start.line}:${n!.position!.start.column}-${n!.position!.end.line}:${n!.position!.end.column}`;

  it('places inline nodes after escapes and entities exactly', () => {
    const t = tree('\\*niet\\* &amp; `code` na &#x26; *nadruk*\n');
    expect(at(first(t, 'inlineCode'))).toBe('4:16-4:22');
    expect(at(first(t, 'emphasis'))).toBe('4:33-4:41');
  });

  it('keeps reference links and images as references, with their definitions', () => {
    const t = tree('[tekst][Ref] en ![alt][] en [ref]\n\n[ref]: ./a.md "Titel"\n[alt]: ./b.png\n');
    const paragraph = t.children[0]!;
    expect(paragraph.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual([
      'linkReference',
      'text',
      'imageReference',
      'text',
      'linkReference',
    ]);
    expect(first(t, 'linkReference')).toMatchObject({ identifier: 'ref', label: 'Ref', referenceType: 'full' });
    expect(first(t, 'imageReference')).toMatchObject({ identifier: 'alt', label: 'alt', referenceType: 'collapsed', alt: 'alt' });
    expect(t.children.filter((c) => c.type === 'definition')).toMatchObject([
      { identifier: 'ref', label: 'ref', url: './a.md', title: 'Titel' },
      { identifier: 'alt', label: 'alt', url: './b.png', title: null },
    ]);
  });

  it('reads `\\r\\n` line ends', () => {
    const t = parseMessage({ file: 'x.md', text: '---\r\ntitle: x\r\n---\r\nEen &amp;\r\n*twee*\r\n' }).tree;
    expect(at(first(t, 'emphasis'))).toBe('5:1-5:7');
    expect(first(t, 'emphasis')!.position!.start.offset).toBe('---\r\ntitle: x\r\n---\r\nEen &amp;\r\n'.length);
  });
});
