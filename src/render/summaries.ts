import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** A summary is at most this many characters, "…" included. */
const SUMMARY_LENGTH = 200;

/**
 * The text of a rendered body, white space collapsed to single spaces (the
 * search index's `content`). As a browser's `innerText`: inline markup adds
 * no space ("**klanttafel**." is "klanttafel."), blocks are apart.
 */
export function textOf(body: HastRoot): string {
  return collapse(toText(body));
}

/**
 * The first ~200 characters of a body's text, without its segment blocks and
 * headings (which would run into the next sentence: "De cijfers Pickfouten:
 * …"), cut after a whole word. Only the first blocks are read, more until they
 * yield enough text: the text of the first blocks is the start of the text.
 */
export function summaryOf(body: HastRoot): string {
  const blocks = body.children;
  for (let count = 8; ; count *= 4) {
    const part = count >= blocks.length ? blocks : blocks.slice(0, count);
    const text = collapse(toText({ type: 'root', children: withoutAsides(part) }));
    if (text.length > SUMMARY_LENGTH) return `${text.slice(0, SUMMARY_LENGTH - 3).replace(/\s+\S*$/, '')}…`;
    if (part === blocks) return text;
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const SPACE = { type: 'text', value: ' ' } as const;

/** The nodes with every heading and segment block (at any depth) replaced by a space: copies, the body stays as it is. */
function withoutAsides<T extends RootContent | ElementContent>(nodes: readonly T[]): T[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    if (isAside(node.tagName, node.properties.className)) return SPACE as T;
    return node.children.length === 0 ? node : { ...node, children: withoutAsides(node.children) };
  });
}

function isAside(tagName: string, className: unknown): boolean {
  return /^h[1-6]$/.test(tagName) || (tagName === 'section' && Array.isArray(className) && className.includes('segment-variant'));
}
