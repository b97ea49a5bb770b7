import type {
  Blockquote,
  Code,
  Definition,
  Heading,
  Html,
  Image,
  ImageReference,
  Link,
  LinkReference,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
  ThematicBreak,
} from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { SourceText } from '../model/source-text.js';
import { linesMap, mapOffset, tableCells, type Cell, type ContentMap } from './markdown/content-map.js';
import { md, type Env, type Reference, type Tok } from './markdown/parser.js';

/**
 * Markdown (CommonMark + GFM tables, strikethrough, task lists and autolinks,
 * plus `:::for{segment=…}` blocks) parsed into an mdast tree whose positions
 * are those of the whole file.
 *
 * Why markdown-it and not remark-parse: on the 10,000-message benchmark
 * remark-parse with GFM and directives took ~3 ms per message and was over
 * 80% of the check; markdown-it parses the same bodies, converted, in ~0.07 ms. The tree
 * we build is standard mdast, so rules and the renderer use the unified
 * ecosystem (unist-util-visit, mdast-util-to-hast) on it as usual.
 *
 * markdown-it keeps line numbers for blocks only, so a small plugin notes
 * where each token starts and ends while markdown-it parses (see "Positions"
 * below); the tree gets the same positions as remark's, checked against
 * mdast-util-from-markdown by `test/load/markdown/parse-markdown.test.ts`.
 * Reference links and images (`[text][ref]`, `![alt][ref]`) become
 * `linkReference`/`imageReference` nodes with their `definition`s, as in
 * remark: markdown-it resolves them itself, so the plugin tells them apart
 * from inline links by their source.
 */
const CONTAINERS = new Set(['blockquote', 'list', 'listItem']);

type Parent = { type: string; children: RootContent[] | PhrasingContent[]; position?: Root['position'] };
type Point = NonNullable<Root['position']>['start'];

export function parseMarkdown(source: SourceText, bodyStart: number): Root {
  const body = source.text.slice(bodyStart);
  const env: Env = {};
  const tokens = md.parse(body, env) as Tok[];
  const src = env.src ?? body;
  const eMarks = env.eMarks ?? [];
  const definitions = env.definitions ?? [];
  const bodyLine = source.locationOf(bodyStart).line;

  // Offsets into markdown-it's source → offsets into the file. They differ only where markdown-it read `\r\n` as `\n`.
  let toFile = (offset: number) => bodyStart + offset;
  if (src.length !== body.length) {
    const starts = [0];
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
    toFile = (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return source.offsetOfLine(bodyLine + lo) + offset - starts[lo]!;
    };
  }
  const point = (offset: number): Point => {
    const file = toFile(offset);
    const { line, column } = source.locationOf(file);
    return { line, column, offset: file };
  };
  const at = (start: number, end: number) => ({ start: point(start), end: point(Math.max(start, end)) });

  const root: Root = { type: 'root', children: [], position: span(source, bodyStart, source.text.length) };
  const stack: { node: Parent; token: Tok | undefined }[] = [{ node: root as Parent, token: undefined }];
  const top = () => stack[stack.length - 1]!.node;
  const add = (node: RootContent) => (top().children as RootContent[]).push(node);
  const open = (node: Parent, token: Tok) => {
    node.position = at(token.meta!.p, token.meta!.e);
    (top().children as Parent[]).push(node);
    stack.push({ node, token });
  };
  // A container (quote, list, item, directive) ends where its last child does, as in remark.
  const close = () => {
    const { node } = stack.pop()!;
    const last = node.children[node.children.length - 1];
    if (last?.position && node.position && CONTAINERS.has(node.type) && last.position.end.offset! > node.position.start.offset!) {
      node.position.end = { ...last.position.end };
    }
  };
  let row: Tok | undefined;
  let cells: Cell[] = [];
  let nextDefinition = 0;

  // How deep the tree can nest at most, from markdown-it's own levels (blocks, and inline within a block).
  let blockLevel = 0;
  let inlineLevel = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (nextDefinition < definitions.length && definitions[nextDefinition]!.at <= t) {
      const d = definitions[nextDefinition++]!;
      const node: Definition = {
        type: 'definition',
        identifier: identifierOf(d.label),
        label: d.label,
        url: d.url,
        title: d.title,
        position: at(d.p, d.e),
      };
      add(node);
    }
    const token = tokens[t]!;
    if (token.level > blockLevel) blockLevel = token.level;
    switch (token.type) {
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] } as Paragraph as Parent, token);
        break;
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: [] } as Heading as Parent, token);
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] } as Blockquote as Parent, token);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const start = token.attrGet('start');
        const list: List = { type: 'list', ordered: token.type === 'ordered_list_open', spread: false, children: [] };
        if (list.ordered) list.start = start === null ? 1 : Number(start);
        open(list as unknown as Parent, token);
        break;
      }
      case 'list_item_open': {
        const item = { type: 'listItem', spread: false, checked: null, children: [] } as ListItem as Parent;
        open(item, token);
        itemLines.set(item as unknown as ListItem, token.map!);
        // An empty item ends after its marker.
        item.position!.end = point(token.meta!.p + token.markup.length + (token.info ? token.info.length : 0));
        break;
      }
      case 'table_open':
        open({ type: 'table', align: [], children: [] } as Table as Parent, token);
        break;
      case 'tr_open':
        row = token;
        cells = tableCells(src, token.meta!.p, token.meta!.e);
        open({ type: 'tableRow', children: [] } as TableRow as Parent, token);
        break;
      case 'th_open':
      case 'td_open': {
        const node = { type: 'tableCell', children: [] } as TableCell as Parent;
        const index = top().children.length;
        const cell = cells[index];
        node.position = cell ? at(cell.start, cell.end) : at(row!.meta!.e, row!.meta!.e);
        (top().children as Parent[]).push(node);
        stack.push({ node, token });
        if (token.type === 'th_open') {
          const table = stack[stack.length - 3]!.node as unknown as Table;
          const style = token.attrGet('style') ?? '';
          const align = /text-align:(left|right|center)/.exec(style)?.[1] as 'left' | 'right' | 'center' | undefined;
          table.align!.push(align ?? null);
        }
        break;
      }
      case 'container_for_open': {
        const directive: ContainerDirective = {
          type: 'containerDirective',
          name: 'for',
          attributes: parseAttributes(token.info.trim().slice(3)),
          children: [],
        };
        open(directive as unknown as Parent, token);
        break;
      }
      case 'th_close':
      case 'td_close':
      case 'paragraph_close':
      case 'heading_close':
        stack.pop();
        break;
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'table_close':
      case 'tr_close':
      case 'container_for_close':
        close();
        break;
      case 'list_item_close': {
        taskCheckbox(top() as unknown as ListItem);
        close();
        break;
      }
      case 'inline': {
        const parent = stack[stack.length - 1]!;
        let map: ContentMap;
        if (parent.node.type === 'tableCell') {
          map = cells[stack[stack.length - 2]!.node.children.length - 1]?.map ?? { content: [0], source: [row!.meta!.e] };
        } else if (parent.token?.type === 'heading_open' && parent.token.markup.startsWith('#')) {
          const from = parent.token.meta!.p + parent.token.markup.length;
          const found = token.content === '' ? -1 : src.indexOf(token.content, from);
          map = { content: [0], source: [found === -1 ? from : found] };
        } else {
          map = linesMap(token.content, token.map![0], eMarks, src);
        }
        for (const child of token.children ?? []) if (child.level > inlineLevel) inlineLevel = child.level;
        const children = inline(token, map, at);
        (top().children as PhrasingContent[]).push(...children);
        break;
      }
      case 'thead_open':
      case 'thead_close':
      case 'tbody_open':
      case 'tbody_close':
        break;
      case 'fence':
      case 'code_block': {
        const info = token.info.trim();
        const space = info.search(/\s/);
        const code: Code = {
          type: 'code',
          lang: info ? (space === -1 ? info : info.slice(0, space)) : null,
          meta: info && space !== -1 ? info.slice(space + 1).trim() : null,
          value: token.content.replace(/\n$/, ''),
          position: at(token.meta!.p, token.meta!.e),
        };
        add(code);
        break;
      }
      case 'html_block': {
        const html: Html = { type: 'html', value: token.content.replace(/\n$/, ''), position: at(token.meta!.p, token.meta!.e) };
        add(html);
        break;
      }
      case 'hr': {
        const hr: ThematicBreak = { type: 'thematicBreak', position: at(token.meta!.p, token.meta!.e) };
        add(hr);
        break;
      }
      default:
        break;
    }
  }
  while (nextDefinition < definitions.length) {
    const d = definitions[nextDefinition++]!;
    add({ type: 'definition', identifier: identifierOf(d.label), label: d.label, url: d.url, title: d.title, position: at(d.p, d.e) });
  }
  markSpread(root);
  // For `body-structure` (scope/body-depth.ts): how deep the tree nests at most (each mdast level is
  // a token level or less, plus the inline content's own node and text), and where markdown-it left
  // text out past its nesting limit.
  root.data = { depthBound: blockLevel + inlineLevel + 3, ...(env.cut !== undefined ? { nestingCut: point(env.cut) } : {}) };
  return root;
}

/** The fields a `linkReference` or `imageReference` takes from the reference markdown-it resolved. */
function referenceOf(ref: Reference): Pick<LinkReference, 'identifier' | 'label' | 'referenceType'> {
  return { identifier: identifierOf(ref.label), label: ref.label, referenceType: ref.referenceType };
}

/** mdast's `identifier`: the label as markdown-it matches it (case folded, whitespace collapsed), lower case. */
function identifierOf(label: string): string {
  return md.utils.normalizeReference(label).toLowerCase();
}

/** Inline tokens → phrasing content, placed with the offsets the plugin noted. */
function inline(block: Tok, map: ContentMap, at: (start: number, end: number) => NonNullable<Root['position']>): PhrasingContent[] {
  const content = block.content;
  const tokens = (block.children ?? []) as Tok[];
  const root: PhrasingContent[] = [];
  type Frame = { children: PhrasingContent[]; node?: PhrasingContent & { children: PhrasingContent[] }; start: number; end?: number };
  const stack: Frame[] = [{ children: root, start: 0 }];
  const frame = () => stack[stack.length - 1]!;
  const place = (start: number, end: number) => at(mapOffset(map, start), mapOffset(map, end));
  let cursor = 0;
  // Text, escapes, entities and soft line breaks run together into one text node, as in remark.
  let text: Text | undefined;
  let textStart = 0;
  let textEnd = 0;
  const addText = (value: string, start: number, end: number) => {
    if (text) text.value += value;
    else {
      text = { type: 'text', value };
      textStart = start;
      frame().children.push(text);
    }
    textEnd = end;
    cursor = end;
  };
  // A text node is placed once it ends.
  const endText = () => {
    if (text) text.position = place(textStart, textEnd);
    text = undefined;
  };
  const push = (node: PhrasingContent, start: number, end: number) => {
    endText();
    node.position = place(start, end);
    frame().children.push(node);
    cursor = end;
  };
  const openNode = (node: PhrasingContent & { children: PhrasingContent[] }, start: number, end?: number) => {
    endText();
    frame().children.push(node);
    stack.push({ children: node.children, node, start, ...(end === undefined ? {} : { end }) });
  };
  const closeNode = (end: number) => {
    endText();
    const f = stack.length > 1 ? stack.pop()! : undefined;
    if (f?.node) f.node.position = place(f.start, end);
    cursor = end;
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        if (token.content === '') break;
        const f = frame();
        if (f.end !== undefined) {
          // The text of a URL the core linkify rule found: its link's extent.
          addText(token.content, f.start, f.end);
          break;
        }
        const noted = token.meta && token.meta.p !== -1 ? token.meta : undefined;
        let start = noted ? noted.p : cursor;
        // Plain text is the source as written; a full comparison would flatten the pending text markdown-it built by concatenation, which cost more than the rest of the conversion.
        if (!noted && content.charCodeAt(start) !== token.content.charCodeAt(0)) {
          const found = content.indexOf(token.content, cursor);
          if (found !== -1) start = found;
        }
        addText(token.content, start, noted ? noted.e : start + token.content.length);
        break;
      }
      case 'text_special':
        addText(token.content, token.meta!.p, token.meta!.e);
        break;
      case 'softbreak':
        addText('\n', token.meta!.p, token.meta!.e);
        break;
      case 'hardbreak': {
        // A break runs from the spaces or backslash that make it to the start of the next line.
        const newline = content.indexOf('\n', token.meta!.p);
        push({ type: 'break' }, Math.min(cursor, token.meta!.p), newline === -1 ? token.meta!.e : newline + 1);
        cursor = token.meta!.e;
        break;
      }
      case 'code_inline':
        push({ type: 'inlineCode', value: token.content }, token.meta!.p, token.meta!.e);
        break;
      case 'html_inline':
        push({ type: 'html', value: token.content }, token.meta!.p, token.meta!.e);
        break;
      case 'image': {
        const title = token.attrGet('title');
        const node: Image | ImageReference = token.meta?.ref
          ? { type: 'imageReference', ...referenceOf(token.meta.ref), alt: token.content }
          : { type: 'image', url: token.attrGet('src') ?? '', alt: token.content, title: title ?? null };
        push(node, token.meta!.p, token.meta!.e);
        break;
      }
      case 'link_open': {
        const title = token.attrGet('title');
        const node: Link | LinkReference = token.meta?.ref
          ? { type: 'linkReference', ...referenceOf(token.meta.ref), children: [] }
          : { type: 'link', url: token.attrGet('href') ?? '', title: title ?? null, children: [] };
        if (token.meta) {
          openNode(node, token.meta.p);
          cursor = token.meta.p + (token.markup === 'linkify' ? 0 : 1);
        } else {
          // Found by the core linkify rule in text as written: the URL runs from here.
          openNode(node, cursor, linkifiedEnd(content, cursor, tokens[tokens.indexOf(token) + 1]?.content ?? ''));
        }
        break;
      }
      case 'link_close':
        closeNode(token.meta ? token.meta.e : (frame().end ?? cursor));
        break;
      case 'em_open':
      case 'strong_open':
      case 's_open': {
        // `d` is the delimiter token that became this one: the inner `*` of `**`, or the `~~` itself.
        const start = token.type === 's_open' ? (token.meta ? token.meta.d : cursor) : (token.meta ? token.meta.d : cursor) + 1 - token.markup.length;
        const type = token.type === 'em_open' ? 'emphasis' : token.type === 'strong_open' ? 'strong' : 'delete';
        openNode({ type, children: [] } as PhrasingContent & { children: PhrasingContent[] }, start);
        cursor = start + token.markup.length;
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
        // The first delimiter of the closing run.
        closeNode((token.meta ? token.meta.d : cursor) + token.markup.length);
        break;
      default:
        break;
    }
  }
  endText();
  return root;
}

/** The end of a URL that the core linkify rule linked at `start` (its text is usually the URL as written). */
function linkifiedEnd(content: string, start: number, text: string): number {
  if (content.startsWith(text, start)) return start + text.length;
  const match = md.linkify.match(content.slice(start))?.[0];
  return match && match.index === 0 ? start + match.lastIndex : start + text.length;
}

/** `{segment=magazijn class="x"}` → attributes. */
function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = /^\{([^}]*)\}/.exec(text.trim())?.[1] ?? '';
  for (const m of body.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/** GFM task list items: `- [ ] text` and `- [x] text`. The paragraph then starts after the box, as in remark. */
function taskCheckbox(item: ListItem): void {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return;
  const text = first.children[0];
  if (text?.type !== 'text') return;
  const m = /^\[([ xX])\](?:[ \t]+|$)/.exec(text.value);
  if (!m) return;
  item.checked = m[1] !== ' ';
  text.value = text.value.slice(m[0].length);
  if (text.position) {
    text.position.start.column += m[0].length;
    text.position.start.offset! += m[0].length;
    first.position!.start = { ...text.position.start };
  }
  if (text.value === '') first.children.shift();
}

const itemLines = new WeakMap<ListItem, [number, number]>();

/** A list is spread (loose) when blank lines separate its items (an item's lines end before the next one starts). */
function markSpread(node: { type: string; children?: unknown[] }): void {
  if (!node.children) return;
  for (const child of node.children as { type: string; children?: unknown[] }[]) markSpread(child);
  if (node.type === 'list') {
    const items = node.children as ListItem[];
    for (let i = 1; i < items.length; i++) {
      const prev = itemLines.get(items[i - 1]!);
      const cur = itemLines.get(items[i]!);
      if (prev && cur && cur[0] > prev[1]) (node as List).spread = true;
    }
  }
}

function span(source: SourceText, start: number, end: number): NonNullable<Root['position']> {
  const a = source.locationOf(start);
  const b = source.locationOf(Math.max(start, end));
  return { start: { line: a.line, column: a.column, offset: start }, end: { line: b.line, column: b.column, offset: Math.max(start, end) } };
}
