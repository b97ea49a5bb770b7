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
import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import markdownItContainer from 'markdown-it-container';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { SourceText } from '../model/source-text.js';

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
 * mdast-util-from-markdown by `test/load/markdown/differential.test.ts`.
 * Reference links and images (`[text][ref]`, `![alt][ref]`) become
 * `linkReference`/`imageReference` nodes with their `definition`s, as in
 * remark: markdown-it resolves them itself, so the plugin tells them apart
 * from inline links by their source.
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

// ---------------------------------------------------------------------------
// Positions
//
// Block tokens: each block rule is wrapped; after it succeeds, every token it
// pushed that has a line map gets `p`, the offset of its first character (the
// `>` of a blockquote, a list marker, a fence, the first letter of a
// paragraph), and `e`, the end of its last non-blank line, both as offsets
// into markdown-it's source (the body with `\r\n` read as `\n`). The rule has
// just returned, so the state's line marks are still those of the container
// the token is in (a quote or list item moves `bMarks`/`tShift` past its
// markers while its content is parsed).
//
// Inline tokens: each inline rule (but `text`, which only adds to the pending
// text) is wrapped the same way; the tokens it pushed get `p`/`e` as offsets
// into the inline content (`state.pos` before and after). Emphasis and
// strikethrough delimiters, which later become `em_open` and the like, get
// `d`, their own offset. Plain text tokens are the source as written (escapes
// and entities are `text_special` tokens of their own, since `text_join` is
// switched off), so they are placed right after the token before them. Text
// linked by the core linkify rule is placed the same way. The inline content
// maps back to the source line by line (its lines are the ends of the
// source's lines, past the container prefixes) or, in a table, cell by cell.
// ---------------------------------------------------------------------------

/**
 * What the plugin notes on a token, kept in its `meta` (which markdown-it and
 * the container plugin leave empty): new properties on the tokens themselves
 * would give them many shapes, and made converting them 30% slower.
 * -1: not known.
 */
interface Noted {
  /** Where the token starts. */
  p: number;
  /** Where it ends. */
  e: number;
  /** Where the delimiter run it was made from starts (emphasis, strikethrough). */
  d: number;
  ref: Reference | undefined;
}
type Tok = Token & { meta: Noted | null };
const note = (token: Tok, p: number, e: number, d = -1, ref?: Reference) => {
  token.meta = { p, e, d, ref };
};

interface Reference {
  referenceType: 'full' | 'collapsed' | 'shortcut';
  label: string;
}

interface PendingDefinition {
  /** The number of tokens before the definition: it goes where the next token goes. */
  at: number;
  p: number;
  e: number;
  label: string;
  url: string;
  title: string | null;
}

interface Env {
  src?: string;
  eMarks?: number[];
  definitions?: PendingDefinition[];
  references?: Record<string, { href: string; title: string }>;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
type InlineRule = (state: StateInline, silent: boolean) => boolean;
type RuleList<T> = { name: string; fn: T; alt: string[] }[];

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0;

/** End of the last non-blank line in [from, to), trailing whitespace left out; -1 when all are blank. */
function contentEnd(state: StateBlock, from: number, to: number): number {
  for (let line = Math.min(to, state.lineMax) - 1; line >= from; line--) {
    const start = state.bMarks[line]! + state.tShift[line]!;
    let end = state.eMarks[line]!;
    while (end > start && isBlank(state.src.charCodeAt(end - 1))) end--;
    if (end > start) return end;
  }
  return -1;
}

function wrapBlock(name: string, rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (silent) return rule(state, startLine, endLine, silent);
    const before = state.tokens.length;
    if (!rule(state, startLine, endLine, silent)) return false;
    const tokens = state.tokens as Tok[];
    for (let i = before; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.meta || !token.map) continue;
      const [first, last] = token.map;
      let p = state.bMarks[first]! + state.tShift[first]!;
      // Indented code starts at the indentation of its container, as in remark.
      if (token.type === 'code_block') p = Math.max(state.bMarks[first]!, p - (state.sCount[first]! - state.blkIndent));
      // A `:::` block's map stops before its closing line; the rule has moved past it.
      const end = contentEnd(state, first, token.type.startsWith('container_') ? state.line : last);
      note(token, p, end === -1 ? state.eMarks[first]! : end);
    }
    if (name === 'reference') definition(state, startLine, before);
    return true;
  };
}

/** A `[label]: url "title"` that the reference rule just consumed, kept for the tree. */
function definition(state: StateBlock, startLine: number, at: number): void {
  const env = state.env as Env;
  const src = state.src;
  const p = state.bMarks[startLine]! + state.tShift[startLine]!;
  const e = Math.max(p, contentEnd(state, startLine, state.line));
  let close = p + 1;
  while (close < e && src.charCodeAt(close) !== 0x5d /* ] */) close += src.charCodeAt(close) === 0x5c /* \ */ ? 2 : 1;
  const label = src.slice(p + 1, close);
  // The first definition of a label is the one markdown-it resolves links with.
  const known = env.references?.[md.utils.normalizeReference(label)];
  let url = known?.href ?? '';
  let title: string | null = known?.title || null;
  if (env.definitions?.some((d) => md.utils.normalizeReference(d.label) === md.utils.normalizeReference(label))) {
    // A second definition of the same label: read its own destination and title.
    let pos = close + 2;
    while (pos < e && isBlank(src.charCodeAt(pos))) pos++;
    const dest = md.helpers.parseLinkDestination(src, pos, e);
    url = dest.ok ? md.normalizeLink(dest.str) : '';
    pos = dest.ok ? dest.pos : pos;
    while (pos < e && isBlank(src.charCodeAt(pos))) pos++;
    const t = md.helpers.parseLinkTitle(src, pos, e);
    title = t.ok && t.str ? t.str : null;
  }
  (env.definitions ??= []).push({ at, p, e, label, url, title });
}

function wrapInline(name: string, rule: InlineRule): InlineRule {
  return (state, silent) => {
    if (silent) return rule(state, silent);
    const pos0 = state.pos;
    const before = state.tokens.length;
    const pending = state.pending.length;
    if (!rule(state, silent)) return false;
    const after = state.pos;
    const tokens = state.tokens as Tok[];
    if (name === 'emphasis' || name === 'strikethrough') {
      // Delimiter runs, one token per character (emphasis) or pair (strikethrough), after any pending text.
      let at = pos0;
      for (let i = before + (pending > 0 ? 1 : 0); i < tokens.length; i++) {
        const token = tokens[i]!;
        note(token, -1, -1, at);
        at += token.content.length;
      }
      return true;
    }
    for (let i = before; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.meta) continue;
      switch (token.type) {
        case 'link_open':
          note(token, name === 'linkify' ? schemeStart(state.src, pos0, pending) : pos0, -1, -1, name === 'link' ? reference(state, pos0, after, 1) : undefined);
          break;
        case 'link_close':
          note(token, -1, after);
          break;
        case 'text':
          // Pending text is placed later; the text of an autolink or linkified URL is not the source as written.
          if (tokens[i - 1]?.type !== 'link_open') break;
          if (name === 'autolink') note(token, pos0 + 1, after - 1);
          else if (name === 'linkify') note(token, schemeStart(state.src, pos0, pending), after);
          break;
        case 'image':
          note(token, pos0, after, -1, reference(state, pos0, after, 2));
          break;
        default:
          note(token, pos0, after);
      }
    }
    return true;
  };
}

/** Where the scheme of a URL found by the inline linkify rule at its `:` starts (the rule's own back-search). */
function schemeStart(src: string, colon: number, pending: number): number {
  const min = colon - Math.min(10, pending, colon);
  let start = colon;
  while (start > min && /[A-Za-z0-9+.-]/.test(src[start - 1]!)) start--;
  return start;
}

/**
 * Whether the link or image in [start, end) is a reference (`[text][ref]`,
 * `[text][]`, `[text]`): an inline one always ends with `)`.
 */
function reference(state: StateInline, start: number, end: number, open: number): Reference | undefined {
  const src = state.src;
  if (src.charCodeAt(end - 1) !== 0x5d /* ] */) return undefined;
  const labelEnd = md.helpers.parseLinkLabel(state, start + open - 1, open === 1);
  if (labelEnd < 0) return undefined;
  if (labelEnd + 1 === end) return { referenceType: 'shortcut', label: src.slice(start + open, labelEnd) };
  if (labelEnd + 3 === end) return { referenceType: 'collapsed', label: src.slice(start + open, labelEnd) };
  return { referenceType: 'full', label: src.slice(labelEnd + 2, end - 1) };
}

for (const [ruler, wrap] of [
  [md.block.ruler, wrapBlock],
  [md.inline.ruler, wrapInline],
] as const) {
  for (const rule of (ruler as unknown as { __rules__: RuleList<BlockRule & InlineRule> }).__rules__) {
    if (rule.name === 'text') continue;
    ruler.at(rule.name, (wrap as unknown as (name: string, rule: BlockRule & InlineRule) => BlockRule & InlineRule)(rule.name, rule.fn), { alt: rule.alt });
  }
}
// Escapes and entities stay tokens of their own (`text_special`), so every `text` token is the source as written.
md.core.ruler.disable('text_join');
md.core.ruler.after('normalize', 'herald_source', (state: StateCore) => {
  (state.env as Env).src = state.src;
});
md.block.ruler.before('table', 'herald_marks', (state: StateBlock) => {
  (state.env as Env).eMarks = state.eMarks;
  return false;
});

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
          map = cells[(stack[stack.length - 2]!.node.children.length) - 1]?.map ?? { content: [0], source: [row!.meta!.e] };
        } else if (parent.token?.type === 'heading_open' && parent.token.markup.startsWith('#')) {
          const from = parent.token.meta!.p + parent.token.markup.length;
          const found = token.content === '' ? -1 : src.indexOf(token.content, from);
          map = { content: [0], source: [found === -1 ? from : found] };
        } else {
          map = linesMap(token.content, token.map![0], eMarks, src);
        }
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
  return root;
}

/** mdast's `identifier`: the label as markdown-it matches it (case folded, whitespace collapsed), lower case. */
function identifierOf(label: string): string {
  return md.utils.normalizeReference(label).toLowerCase();
}

/**
 * Offsets into an inline content → offsets into markdown-it's source: runs
 * that start at `content[i]` in the content and `source[i]` in the source.
 */
interface ContentMap {
  content: number[];
  source: number[];
}

/**
 * A paragraph's or heading's lines are the ends of its source lines (each
 * without the container prefixes and indentation), the last one trimmed. So
 * each line is placed by where its source line ends.
 */
function linesMap(content: string, firstLine: number, eMarks: number[], src: string): ContentMap {
  const map: ContentMap = { content: [], source: [] };
  let from = 0;
  for (let line = firstLine; ; line++) {
    const newline = content.indexOf('\n', from);
    const length = (newline === -1 ? content.length : newline) - from;
    let end = eMarks[line] ?? src.length;
    if (newline === -1) while (end > 0 && isBlank(src.charCodeAt(end - 1)) && !src.startsWith(content.slice(from), end - length)) end--;
    map.content.push(from);
    map.source.push(end - length);
    if (newline === -1) return map;
    from = newline + 1;
  }
}

function mapOffset(map: ContentMap, offset: number): number {
  let i = map.content.length - 1;
  while (i > 0 && map.content[i]! > offset) i--;
  return map.source[i]! + offset - map.content[i]!;
}

interface Cell {
  start: number;
  end: number;
  map: ContentMap;
}

/**
 * The cells of a table row [start, end) as remark places them (a cell runs
 * from its opening pipe to the next; the last one takes the closing pipe),
 * each with the map of its trimmed content. markdown-it's split, which drops
 * the backslash of an escaped pipe, is repeated here with offsets.
 */
function tableCells(src: string, start: number, end: number): Cell[] {
  const raw: { from: number; to: number; pieces: [number, number][] }[] = [];
  let pieces: [number, number][] = [];
  let last = start;
  let cellStart = start;
  let escaped = false;
  for (let pos = start; pos < end; pos++) {
    const ch = src.charCodeAt(pos);
    if (ch === 0x7c /* | */) {
      if (!escaped) {
        pieces.push([last, pos]);
        raw.push({ from: cellStart, to: pos, pieces });
        pieces = [];
        last = pos + 1;
        cellStart = pos;
      } else {
        pieces.push([last, pos - 1]);
        last = pos;
      }
    }
    escaped = ch === 0x5c; /* \ */
  }
  pieces.push([last, end]);
  raw.push({ from: cellStart, to: end, pieces });
  const empty = (c: (typeof raw)[number]) => c.pieces.every(([a, b]) => a === b);
  if (raw.length && empty(raw[0]!)) {
    const first = raw.shift()!;
    if (raw[0]) raw[0].from = first.from;
  }
  if (raw.length && empty(raw[raw.length - 1]!)) {
    raw.pop();
    if (raw.length) raw[raw.length - 1]!.to = end;
  }
  return raw.map(({ from, to, pieces }) => {
    const map: ContentMap = { content: [], source: [] };
    let length = 0;
    let lead = -1;
    for (const [a, b] of pieces) {
      // Leading whitespace is trimmed off the cell's content.
      let s = a;
      if (lead === -1) {
        while (s < b && isBlank(src.charCodeAt(s))) s++;
        if (s === b) continue;
        lead = 0;
      }
      map.content.push(length);
      map.source.push(s);
      length += b - s;
    }
    if (map.content.length === 0) {
      map.content.push(0);
      map.source.push(from);
    }
    return { start: from, end: to, map };
  });
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
          ? { type: 'imageReference', identifier: identifierOf(token.meta?.ref.label), label: token.meta?.ref.label, referenceType: token.meta?.ref.referenceType, alt: token.content }
          : { type: 'image', url: token.attrGet('src') ?? '', alt: token.content, title: title ?? null };
        push(node, token.meta!.p, token.meta!.e);
        break;
      }
      case 'link_open': {
        const title = token.attrGet('title');
        const node: Link | LinkReference = token.meta?.ref
          ? { type: 'linkReference', identifier: identifierOf(token.meta?.ref.label), label: token.meta?.ref.label, referenceType: token.meta?.ref.referenceType, children: [] }
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
