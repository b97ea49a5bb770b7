import type { Nodes, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { parseMessage } from '../../../src/load/parse-message.js';

/**
 * herald's tree (markdown-it, `load/parse-markdown.ts`) against remark's
 * (mdast-util-from-markdown with GFM and directives) for one message file:
 * node types in document order and every start and end (line, column,
 * offset in the file). remark parses the body alone; its positions are moved
 * to where the body starts in the file, as herald parses it.
 */
export interface Difference {
  file: string;
  /** Path of node types from the root, e.g. `root>paragraph[1]>text[0]`. */
  path: string;
  what: string;
  herald?: Nodes;
  remark?: Nodes;
  /** The allowlist entry that explains it, if any. */
  allowed?: string;
}

export function remarkTree(text: string): { herald: Root; remark: Root; source: string } {
  const parsed = parseMessage({ file: 'x.md', text });
  const bodyStart = parsed.source.text.length - bodyLength(parsed.source.text, parsed);
  const body = text.slice(bodyStart);
  const remark = fromMarkdown(body, {
    extensions: [gfm(), directive()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
  const line = parsed.bodyLine - 1;
  const shift = (node: Nodes) => {
    if (node.position) {
      for (const p of [node.position.start, node.position.end]) {
        if (p.line === 1) p.column += bodyStart - (text.lastIndexOf('\n', bodyStart - 1) + 1);
        p.line += line;
        p.offset! += bodyStart;
      }
    }
    if ('children' in node) for (const c of node.children) shift(c as Nodes);
  };
  shift(remark);
  return { herald: parsed.tree, remark, source: text };
}

/** Where the body starts: herald's root starts there. */
function bodyLength(text: string, parsed: ReturnType<typeof parseMessage>): number {
  return text.length - (parsed.tree.position?.start.offset ?? 0);
}

export type Allow = { id: string; why: string; test(h: Nodes | undefined, r: Nodes | undefined, source: string, parents: { h: Nodes; r: Nodes }): boolean };

export function compare(file: string, text: string, allow: Allow[]): Difference[] {
  const { herald, remark } = remarkTree(text);
  const out: Difference[] = [];
  const pos = (n: Nodes | undefined) =>
    n?.position
      ? `${n.position.start.line}:${n.position.start.column}(${n.position.start.offset})-${n.position.end.line}:${n.position.end.column}(${n.position.end.offset})`
      : '-';
  const walk = (h: Nodes, r: Nodes, path: string) => {
    const hc = ('children' in h ? h.children : []) as Nodes[];
    const rc = ('children' in r ? r.children : []) as Nodes[];
    const n = Math.max(hc.length, rc.length);
    for (let i = 0; i < n; i++) {
      const a = hc[i];
      const b = rc[i];
      const here = `${path}>${a?.type ?? b?.type}[${i}]`;
      const allowed = allow.find((x) => x.test(a, b, text, { h, r }));
      if (a?.type !== b?.type) {
        out.push({
          file,
          path: here,
          what: `type ${a?.type ?? '-'} ${pos(a)} vs ${b?.type ?? '-'} ${pos(b)}`,
          herald: a,
          remark: b,
          ...(allowed ? { allowed: allowed.id } : {}),
        });
        // Children of a node remark reads differently are not compared.
        continue;
      }
      if (pos(a) !== pos(b))
        out.push({ file, path: here, what: `position ${pos(a)} vs ${pos(b)}`, herald: a, remark: b, ...(allowed ? { allowed: allowed.id } : {}) });
      if (allowed) continue;
      walk(a!, b!, here);
    }
  };
  walk(herald, remark, 'root');
  return out;
}
