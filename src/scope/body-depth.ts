import type { Html, Nodes } from 'mdast';
import type { Location } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import { nodesOf } from './node-index.js';

/**
 * How deep the site's renderer lets a body nest: Markdown containers and raw
 * HTML elements inside each other, counted together. The renderer
 * (remark-rehype, rehype-raw, rehype-sanitize, rehype-stringify) walks the
 * tree by recursion, one call per level or more: on Node 20's default stack
 * it overflows at about 1,560 levels of `<div>` (1,830 of `<span>`).
 * markdown-it stops Markdown's own nesting at 100 levels (and leaves out what
 * lies deeper, which is reported on its own: `MAX_MARKDOWN_DEPTH`); 200 leaves
 * room for HTML inside it and stays far below the overflow, wherever in the
 * build the body renders.
 */
export const MAX_BODY_DEPTH = 200;

/** How deep markdown-it nests quotes and lists (its `maxNesting`); past it, it leaves the rest of the container out. */
export const MAX_MARKDOWN_DEPTH = 100;

export interface TooDeep {
  /** The deepest the body nests (Markdown containers and HTML elements). */
  depth: number;
  /** Where the body first nests deeper than `MAX_BODY_DEPTH`, or where the parser left Markdown out (`markdown`). */
  at: Location;
  /** Markdown quotes and lists nest past `MAX_MARKDOWN_DEPTH`: the parser dropped text from `at` on. */
  markdown?: true;
}

/** Elements that never hold content: they do not nest. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'frame',
  'basefont',
  'bgsound',
]);
/** Elements a start tag of the same kind closes (`<li>` after an open `<li>`), as the HTML parser does. */
const SELF_ENDING = new Map<string, string[]>([
  ['p', ['p']],
  ['li', ['li']],
  ['dt', ['dt', 'dd']],
  ['dd', ['dt', 'dd']],
  ['option', ['option']],
  ['optgroup', ['optgroup', 'option']],
  ['tr', ['tr', 'td', 'th']],
  ['td', ['td', 'th']],
  ['th', ['td', 'th']],
  ['rb', ['rb', 'rt', 'rp']],
  ['rt', ['rb', 'rt', 'rp']],
  ['rp', ['rb', 'rt', 'rp']],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h): [string, string[]] => [h, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']]),
]);
/** HTML start tags that end an open `<svg>` or `<math>` (after them, `<x/>` no longer closes itself). */
const BREAKS_OUT = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font'.split(
    ' ',
  ),
);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*?)?(\/?)>/g;

const cache = new WeakMap<object, TooDeep | undefined>();

/**
 * Whether the body nests deeper than the renderer takes, and where. Measured
 * without recursion, in one pass over the Markdown tree in document order,
 * with the raw HTML's tags scanned as the HTML parser would stack them: an
 * element opened in one HTML node stays open into the next (rehype-raw parses
 * the body's HTML as one document). Where unsure it counts deeper, never
 * shallower. Kept per tree: the check and the build ask the same.
 */
export function bodyTooDeep(message: Message): TooDeep | undefined {
  const tree = message.tree;
  const cut = tree.data?.nestingCut;
  if (cut) return { depth: MAX_MARKDOWN_DEPTH, at: { line: cut.line, column: cut.column }, markdown: true };
  // Without raw HTML the tree is as deep as the parser says at most: most bodies need no walk.
  const bound = tree.data?.depthBound;
  if (bound !== undefined && bound <= MAX_BODY_DEPTH && nodesOf(message, 'html').length === 0) return undefined;
  if (cache.has(tree)) return cache.get(tree);
  const result = measure(tree as Nodes);
  cache.set(tree, result);
  return result;
}

function measure(root: Nodes): TooDeep | undefined {
  let max = 0;
  let at: Location | undefined;
  const open: string[] = [];
  let foreign = 0; // open <svg> and <math>: there, `<x/>` closes itself
  // Two parallel stacks and no closure per node: every message's tree is walked, so the walk allocates nothing per node.
  const nodes: Nodes[] = [root];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    const start = node.position?.start;
    const here = depth + open.length;
    if (here > max) max = here;
    if (here > MAX_BODY_DEPTH && !at) at = start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
    if (node.type === 'html') {
      const html = (node as Html).value;
      for (const m of html.matchAll(TAG)) {
        const name = m[2]?.toLowerCase();
        if (!name) continue; // a comment
        if (m[1]) {
          const i = open.lastIndexOf(name);
          if (i === -1) continue;
          for (let j = i; j < open.length; j++) if (open[j] === 'svg' || open[j] === 'math') foreign--;
          open.length = i;
          continue;
        }
        if (foreign > 0 && BREAKS_OUT.has(name)) {
          const outer = open.findIndex((o) => o === 'svg' || o === 'math');
          if (outer >= 0) open.length = outer;
          foreign = 0;
        }
        if (VOID.has(name) || (m[3] && foreign > 0)) continue;
        const ends = SELF_ENDING.get(name);
        if (ends && open.length > 0 && ends.includes(open[open.length - 1]!)) open.pop();
        // A row straight in a table gets a <tbody> around it.
        if (name === 'tr' && open[open.length - 1] === 'table') open.push('tbody');
        open.push(name);
        if (name === 'svg' || name === 'math') foreign++;
        const inTag = depth + open.length;
        if (inTag > max) max = inTag;
        if (inTag > MAX_BODY_DEPTH && !at) at = (start && tagLocation(html, m.index, start)) ?? { line: 1, column: 1 };
      }
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        nodes.push(node.children[i] as Nodes);
        depths.push(depth + 1);
      }
    }
  }
  return at ? { depth: max, at } : undefined;
}

function tagLocation(html: string, index: number, start: { line: number; column: number }): Location {
  const lines = html.slice(0, index).split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}
