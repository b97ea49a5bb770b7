import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Location } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import type { SourceText } from '../model/source-text.js';

/**
 * A run of prose from the body (a paragraph, heading or table cell) as plain
 * text, with a map back to the file. Code, inline code, raw HTML and bare URLs
 * are left out: they are not prose, so hype and readability never see them.
 */
export interface ProseBlock {
  text: string;
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** The segment of an enclosing `:::for{segment=…}` block, if any. */
  segment?: string;
  /** Location in the file of an offset into `text`. */
  locate(offset: number): Location;
}

interface Piece {
  textStart: number;
  value: string;
  line: number;
  column: number;
}

const cache = new WeakMap<Root, ProseBlock[]>();

/** The prose of a message, extracted once and shared by every rule; kept with the tree (which the check lets go per message). */
export function proseOf(message: Message): ProseBlock[] {
  const tree = message.tree;
  let blocks = cache.get(tree);
  if (!blocks) {
    blocks = [];
    collect(tree, undefined, message.source, blocks);
    cache.set(tree, blocks);
  }
  return blocks;
}

function collect(node: Root | RootContent, segment: string | undefined, source: SourceText, out: ProseBlock[]): void {
  switch (node.type) {
    case 'code':
    case 'html':
    case 'yaml':
    case 'definition':
      return;
    case 'paragraph':
    case 'heading':
    case 'tableCell': {
      const pieces: Piece[] = [];
      const state = { text: '' };
      inline(node.children, pieces, state);
      if (state.text.trim()) out.push(makeBlock(state.text, node.type, segment, pieces, source));
      return;
    }
    case 'containerDirective': {
      const target = node.name === 'for' ? (node.attributes?.segment ?? undefined) : segment;
      for (const child of node.children) {
        // The directive's label (`:::for[label]`) is not reader-facing prose.
        if (child.type === 'paragraph' && (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) continue;
        collect(child, target ?? segment, source, out);
      }
      return;
    }
    default:
      if ('children' in node) for (const child of (node as Parent).children) collect(child as RootContent, segment, source, out);
  }
}

function inline(children: PhrasingContent[], pieces: Piece[], state: { text: string }): void {
  for (const child of children) {
    switch (child.type) {
      case 'text':
        if (child.position)
          pieces.push({ textStart: state.text.length, value: child.value, line: child.position.start.line, column: child.position.start.column });
        state.text += child.value;
        break;
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        // Keep words apart without inventing any.
        state.text += ' ';
        break;
      case 'break':
        // A hard line break ends a line of its own ("Wanneer: dinsdag" / "Waar: de kantine"): a sentence boundary, as a blank line is.
        state.text += '\n\n';
        break;
      case 'link': {
        const only = child.children.length === 1 && child.children[0]!.type === 'text' ? child.children[0].value : undefined;
        // A bare URL (autolink, or a link whose text is its own address, such as a linkified "intranet.nl") is not prose.
        if (only !== undefined && (bareAddress(only) === bareAddress(child.url) || /^(https?:\/\/|www\.)/i.test(only))) state.text += ' ';
        else inline(child.children, pieces, state);
        break;
      }
      default:
        if ('children' in child) inline((child as Parent).children as PhrasingContent[], pieces, state);
    }
  }
}

/** An address without its scheme and trailing slash: `https://x.nl/` and `x.nl` are the same. */
function bareAddress(url: string): string {
  return url
    .trim()
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

function makeBlock(text: string, kind: ProseBlock['kind'], segment: string | undefined, pieces: Piece[], source: SourceText): ProseBlock {
  return {
    text,
    kind,
    ...(segment ? { segment } : {}),
    locate(offset: number): Location {
      // The last piece that starts at or before the offset.
      let lo = 0;
      let hi = pieces.length - 1;
      if (hi < 0) return { line: 1, column: 1 };
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid]!.textStart <= offset) lo = mid;
        else hi = mid - 1;
      }
      const piece = pieces[lo]!;
      const within = Math.max(0, Math.min(offset - piece.textStart, piece.value.length));
      const start = source.offsetOfLine(piece.line) + piece.column - 1;
      return source.locationOf(sourceOffset(source.text, start, piece.value, within));
    },
  };
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;

/**
 * The file offset of character `within` of a text node's value, walking the
 * source from where the node starts. The value is not a copy of the source:
 * escapes (`\*`) and entities (`&amp;`) are decoded, and a line break drops the
 * next line's indentation and quote markers (lists, blockquotes). So the walk
 * also corrects a node whose start is only known roughly.
 */
function sourceOffset(text: string, start: number, value: string, within: number): number {
  let p = start;
  for (let i = 0; i < within && p < text.length; i++) {
    const ch = value[i]!;
    const entity = text[p] === '&' ? entityAt(text, p) : undefined;
    if (entity !== undefined && !value.startsWith(entity, i)) {
      // `&amp;` is one character of the value: `&` itself would match too soon.
      p += entity.length;
      if (ch >= '\ud800' && ch <= '\udbff') i++; // outside the BMP: two code units
    } else if (text[p] === ch) {
      p++;
    } else if (ch === '\n') {
      const newline = text.indexOf('\n', p);
      if (newline === -1) return text.length;
      p = newline + 1;
      while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '>')) p++;
    } else if (text[p] === '\\' && text[p + 1] === ch) {
      p += 2;
    } else if (text[p] === ' ' || text[p] === '\t' || text[p] === '>' || text[p] === '\r' || text[p] === '\n') {
      // Indentation, quote markers or a line end that is not in the value: skip it, same character again.
      p++;
      i--;
    } else {
      p++;
    }
  }
  // The character asked for may start a line: past the indentation and quote markers a text node's value leaves out.
  if (within < value.length && value[within - 1] === '\n') {
    while (p < text.length && text[p] !== value[within] && (text[p] === ' ' || text[p] === '\t' || text[p] === '>')) p++;
  }
  return p;
}

function entityAt(text: string, at: number): string | undefined {
  ENTITY.lastIndex = at;
  return ENTITY.exec(text)?.[0];
}
