import type {
  Blockquote,
  Code,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  ThematicBreak,
} from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import markdownItContainer from 'markdown-it-container';
import type Token from 'markdown-it/lib/token.mjs';
import type { SourceText } from '../model/source-text.js';

/**
 * Markdown (CommonMark + GFM tables, strikethrough, task lists and autolinks,
 * plus `:::for{segment=…}` blocks) parsed into an mdast tree whose positions
 * are those of the whole file.
 *
 * Why markdown-it and not remark-parse: on the 10,000-message benchmark
 * remark-parse with GFM and directives took ~3 ms per message and was over
 * 80% of the check; markdown-it parses the same bodies in ~0.1 ms. The tree
 * we build is standard mdast, so rules and the renderer use the unified
 * ecosystem (unist-util-visit, mdast-util-to-hast) on it as usual.
 */
// The container plugin's types name markdown-it's CommonJS typings; the runtime objects are the same.
const md = new MarkdownIt({ html: true, linkify: true }).use(markdownItContainer as unknown as PluginWithParams, 'for', {
  validate: (params: string) => /^for\b/.test(params.trim()),
});

// linkify-it's pretest is one large Unicode regular expression run over every
// paragraph, ~15% of parsing on the benchmark. Anything it can link has a
// scheme, "//" or an e-mail ("@"), "localhost", or a host name with a dot
// followed by at least two characters ("www.x.nl", "intranet.nl") or a digit
// group (an IP address): its own pretest is built from those same parts. Text
// with none of them is skipped first; what gets linked does not change.
const MAYBE_LINK = /[:@]|\/\/|localhost|\.[^\s.]{2}|\.\d{1,3}\./i;
const pretest = md.linkify.pretest.bind(md.linkify);
md.linkify.pretest = (text: string) => MAYBE_LINK.test(text) && pretest(text);

type Parent = { type: string; children: RootContent[] | PhrasingContent[]; position?: Root['position'] };

export function parseMarkdown(source: SourceText, bodyStart: number): Root {
  const bodyLine = source.locationOf(bodyStart).line;
  const body = source.text.slice(bodyStart);
  const tokens = md.parse(body, {});
  const root: Root = { type: 'root', children: [], position: span(source, bodyStart, source.text.length) };
  const stack: Parent[] = [root as Parent];
  const top = () => stack[stack.length - 1]!;
  const lineStart = (map: [number, number] | null | undefined) => (map ? source.offsetOfLine(map[0] + bodyLine) : bodyStart);
  const lineEnd = (map: [number, number] | null | undefined) =>
    map ? (map[1] + bodyLine <= source.lineCount ? source.offsetOfLine(map[1] + bodyLine) : source.text.length) : source.text.length;

  let rowMap: [number, number] | null = null;
  const open = (node: Parent, token: Token) => {
    const start = firstContent(source, lineStart(token.map));
    node.position = span(source, start, lineEnd(token.map));
    (top().children as Parent[]).push(node);
    stack.push(node);
  };
  const close = () => {
    stack.pop();
  };

  for (const token of tokens) {
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
      case 'list_item_open':
        open({ type: 'listItem', spread: false, checked: null, children: [] } as ListItem as Parent, token);
        break;
      case 'table_open':
        open({ type: 'table', align: [], children: [] } as Table as Parent, token);
        break;
      case 'tr_open':
        rowMap = token.map;
        open({ type: 'tableRow', children: [] } as TableRow as Parent, token);
        break;
      case 'th_open':
      case 'td_open': {
        const cell = { type: 'tableCell', children: [] } as TableCell as Parent;
        cell.position = span(source, lineStart(rowMap), lineEnd(rowMap));
        (top().children as Parent[]).push(cell);
        stack.push(cell);
        if (token.type === 'th_open') {
          const table = stack[stack.length - 3] as unknown as Table;
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
      case 'paragraph_close':
      case 'heading_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
      case 'container_for_close':
        close();
        break;
      case 'list_item_close': {
        const item = top() as unknown as ListItem;
        taskCheckbox(item);
        close();
        break;
      }
      case 'thead_open':
      case 'thead_close':
      case 'tbody_open':
      case 'tbody_close':
        break;
      case 'inline': {
        const map = token.map ?? rowMap;
        const children = inline(token.children ?? [], source, lineStart(map), lineEnd(map));
        (top().children as PhrasingContent[]).push(...children);
        break;
      }
      case 'fence':
      case 'code_block': {
        const info = token.info.trim();
        const space = info.search(/\s/);
        const code: Code = {
          type: 'code',
          lang: info ? (space === -1 ? info : info.slice(0, space)) : null,
          meta: info && space !== -1 ? info.slice(space + 1).trim() : null,
          value: token.content.replace(/\n$/, ''),
          position: span(source, firstContent(source, lineStart(token.map)), lineEnd(token.map)),
        };
        (top().children as RootContent[]).push(code);
        break;
      }
      case 'html_block': {
        const html: Html = {
          type: 'html',
          value: token.content.replace(/\n$/, ''),
          position: span(source, firstContent(source, lineStart(token.map)), lineEnd(token.map)),
        };
        (top().children as RootContent[]).push(html);
        break;
      }
      case 'hr': {
        const hr: ThematicBreak = { type: 'thematicBreak', position: span(source, firstContent(source, lineStart(token.map)), lineEnd(token.map)) };
        (top().children as RootContent[]).push(hr);
        break;
      }
      default:
        break;
    }
  }
  markSpread(root);
  return root;
}

/**
 * Inline tokens carry no positions in markdown-it, so each is found in the
 * source by searching forward from the previous one within its block. Exact
 * for ordinary text; where escapes or entities change the text, the position
 * of the preceding token is used.
 */
function inline(tokens: Token[], source: SourceText, from: number, limit: number): PhrasingContent[] {
  const text = source.text;
  let cursor = from;
  const find = (needle: string, at = cursor): number => {
    if (needle === '') return at;
    const i = text.indexOf(needle, at);
    return i === -1 || i >= limit ? -1 : i;
  };
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { children: PhrasingContent[]; node?: PhrasingContent; start: number }[] = [{ children: root.children, start: from }];
  const push = (node: PhrasingContent) => stack[stack.length - 1]!.children.push(node);
  const openNode = (node: PhrasingContent & { children: PhrasingContent[] }, start: number) => {
    push(node);
    stack.push({ children: node.children, node, start });
  };
  const closeNode = (markup: string) => {
    const frame = stack.pop();
    if (!frame?.node) return;
    const at = find(markup);
    if (at !== -1) cursor = at + markup.length;
    frame.node.position = span(source, frame.start, cursor);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        if (token.content === '') break;
        const at = find(token.content);
        const start = at === -1 ? cursor : at;
        if (at !== -1) cursor = at + token.content.length;
        push({ type: 'text', value: token.content, position: span(source, start, start + token.content.length) });
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const at = find('\n');
        const start = at === -1 ? cursor : at;
        if (at !== -1) cursor = at + 1;
        push(token.type === 'softbreak' ? { type: 'text', value: '\n', position: span(source, start, start + 1) } : { type: 'break', position: span(source, start, start + 1) });
        break;
      }
      case 'code_inline': {
        const at = find(token.markup);
        const start = at === -1 ? cursor : at;
        const end = find(token.markup, find(token.content, start + token.markup.length) + token.content.length);
        if (at !== -1 && end !== -1) cursor = end + token.markup.length;
        push({ type: 'inlineCode', value: token.content, position: span(source, start, cursor) });
        break;
      }
      case 'html_inline': {
        const at = find(token.content);
        const start = at === -1 ? cursor : at;
        if (at !== -1) cursor = at + token.content.length;
        push({ type: 'html', value: token.content, position: span(source, start, cursor) });
        break;
      }
      case 'image': {
        const at = find('![');
        const start = at === -1 ? cursor : at;
        if (at !== -1) cursor = skipDestination(text, at + 2, limit);
        const title = token.attrGet('title');
        push({ type: 'image', url: token.attrGet('src') ?? '', alt: token.content, title: title ?? null, position: span(source, start, cursor) });
        break;
      }
      case 'link_open': {
        const kind = token.markup; // 'linkify', 'autolink' or ''
        const at = kind === 'linkify' ? find(token.attrGet('href')?.replace(/^mailto:/, '') ?? '') : find(kind === 'autolink' ? '<' : '[');
        const start = at === -1 ? cursor : at;
        if (at !== -1) cursor = kind === 'linkify' ? at : at + 1;
        const title = token.attrGet('title');
        openNode({ type: 'link', url: token.attrGet('href') ?? '', title: title ?? null, children: [] }, start);
        (stack[stack.length - 1] as { kind?: string }).kind = kind;
        break;
      }
      case 'link_close': {
        const frame = stack.pop() as (typeof stack)[number] & { kind?: string };
        if (!frame?.node) break;
        if (frame.kind === 'autolink') {
          const at = find('>');
          if (at !== -1) cursor = at + 1;
        } else if (frame.kind !== 'linkify') {
          cursor = skipDestination(text, cursor, limit);
        }
        frame.node.position = span(source, frame.start, cursor);
        break;
      }
      case 'em_open':
      case 'strong_open':
      case 's_open': {
        const at = find(token.markup);
        const start = at === -1 ? cursor : at;
        if (at !== -1) cursor = at + token.markup.length;
        const type = token.type === 'em_open' ? 'emphasis' : token.type === 'strong_open' ? 'strong' : 'delete';
        openNode({ type, children: [] } as PhrasingContent & { children: PhrasingContent[] }, start);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
        closeNode(token.markup);
        break;
      default:
        break;
    }
  }
  return root.children;
}

/** After the label of a link or image: skips `](url "title")` or `][ref]`. */
function skipDestination(text: string, from: number, limit: number): number {
  const close = text.indexOf(']', from);
  if (close === -1 || close >= limit) return from;
  const next = text[close + 1];
  if (next === '(') {
    const end = text.indexOf(')', close);
    return end === -1 || end >= limit ? close + 1 : end + 1;
  }
  if (next === '[') {
    const end = text.indexOf(']', close + 1);
    return end === -1 || end >= limit ? close + 1 : end + 1;
  }
  return close + 1;
}

/** `{segment=magazijn class="x"}` → attributes. */
function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = /^\{([^}]*)\}/.exec(text.trim())?.[1] ?? '';
  for (const m of body.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/** GFM task list items: `- [ ] text` and `- [x] text`. */
function taskCheckbox(item: ListItem): void {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return;
  const text = first.children[0];
  if (text?.type !== 'text') return;
  const m = /^\[([ xX])\](?:\s+|$)/.exec(text.value);
  if (!m) return;
  item.checked = m[1] !== ' ';
  text.value = text.value.slice(m[0].length);
  if (text.position) {
    text.position.start.column += m[0].length;
    if (text.position.start.offset !== undefined) text.position.start.offset += m[0].length;
  }
}

/** A list is spread (loose) when blank lines separate its items, as mdast defines it. */
function markSpread(node: { type: string; children?: unknown[] }): void {
  if (!node.children) return;
  for (const child of node.children as { type: string; children?: unknown[] }[]) markSpread(child);
  if (node.type === 'list') {
    const items = node.children as ListItem[];
    for (let i = 1; i < items.length; i++) {
      const prev = items[i - 1]!.position;
      const cur = items[i]!.position;
      if (prev && cur && cur.start.line > prev.end.line) (node as List).spread = true;
    }
  }
}

/** First non-blank character at or after a line start (skips indentation, not markers). */
function firstContent(source: SourceText, offset: number): number {
  let i = offset;
  while (source.text[i] === ' ' || source.text[i] === '\t') i++;
  return i;
}

function span(source: SourceText, start: number, end: number): NonNullable<Root['position']> {
  const a = source.locationOf(start);
  const b = source.locationOf(Math.max(start, end));
  return { start: { line: a.line, column: a.column, offset: start }, end: { line: b.line, column: b.column, offset: Math.max(start, end) } };
}
