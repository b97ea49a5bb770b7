import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** A summary is at most this many characters, "…" included. */
const SUMMARY_LENGTH = 200;

/**
 * The texts of a rendered body, as a browser's `innerText` gives them (inline
 * markup adds no space: "**klanttafel**." is "klanttafel."; blocks are
 * apart), white space collapsed to single spaces:
 * - `summary`: the first ~200 characters, without segment blocks and
 *   headings (which would run into the next sentence: "De cijfers
 *   Pickfouten: …"), cut after a whole word;
 * - `text` (when asked for): all of it, for the search index.
 *
 * hast-util-to-text takes some microseconds per paragraph, more than the
 * regular expressions over the HTML did, so the text is taken block by
 * block: a summary reads only the first blocks, and the search text lends
 * the summary the blocks they share.
 */
export function bodyTexts(body: HastRoot, withText: boolean): { summary: string; text?: string } {
  const blocks: Element[] = [];
  for (const node of body.children) {
    if (node.type === 'text' && /^\s*$/.test(node.value)) continue;
    // Two blocks are apart whatever they hold; two inline nodes may not be, which only the whole tree tells.
    if (node.type !== 'element' || !BLOCKS.has(node.tagName)) {
      return { summary: summaryOfPrefixes(body), ...(withText ? { text: collapse(toText(body)) } : {}) };
    }
    blocks.push(node);
  }
  const texts = withText ? blocks.map((block) => collapse(toText(block))) : undefined;
  const summary: string[] = [];
  let length = 0;
  for (let i = 0; i < blocks.length && length <= SUMMARY_LENGTH + 1; i++) {
    const block = blocks[i]!;
    if (isAside(block)) continue;
    const kept = withoutAsides(block);
    const text = kept === block && texts ? texts[i]! : collapse(toText(kept));
    if (text === '') continue;
    summary.push(text);
    length += text.length + 1;
  }
  return { summary: cut(summary.join(' ')), ...(texts ? { text: texts.filter((t) => t !== '').join(' ') } : {}) };
}

/** The summary of any body: the text of the first 8, 32, 128, … nodes, until it is long enough. */
function summaryOfPrefixes(body: HastRoot): string {
  const nodes = body.children;
  for (let count = 8; ; count *= 4) {
    const part = count >= nodes.length ? nodes : nodes.slice(0, count);
    const text = collapse(toText({ type: 'root', children: part.map(withoutAsides) }));
    if (text.length > SUMMARY_LENGTH || part === nodes) return cut(text);
  }
}

function cut(text: string): string {
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 3).replace(/\s+\S*$/, '')}…` : text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Elements hast-util-to-text always sets apart with line breaks
 * (paragraphs and the block elements of the HTML standard's style sheet).
 */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'nav',
  'header',
  'footer',
  'main',
  'address',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'hr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Left out of a summary: headings and herald's segment blocks. */
function isAside(node: Element): boolean {
  const { tagName } = node;
  if (tagName.length === 2 && tagName[0] === 'h' && tagName[1]! >= '1' && tagName[1]! <= '6') return true;
  const className = node.properties.className;
  return tagName === 'section' && Array.isArray(className) && className.includes('segment-variant');
}

const SPACE = { type: 'text', value: ' ' } as const;

/** A node with every heading and segment block in it replaced by a space; the node itself when it has none (the body is never changed). */
function withoutAsides<T extends RootContent | ElementContent>(node: T): T {
  if (node.type !== 'element') return node;
  if (isAside(node)) return { ...SPACE } as T;
  let children: ElementContent[] | undefined;
  node.children.forEach((child, i) => {
    const kept = withoutAsides(child);
    if (kept !== child) (children ??= [...node.children])[i] = kept;
  });
  return children ? { ...node, children } : node;
}
