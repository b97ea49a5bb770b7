import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import markdownItContainer from 'markdown-it-container';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * markdown-it, configured as herald reads Markdown (CommonMark, GFM tables,
 * strikethrough and autolinks, `:::for` blocks), with a plugin that notes
 * where each token starts and ends in the source (markdown-it keeps line
 * numbers for blocks only). `parse-markdown.ts` turns its tokens into mdast.
 */
// The container plugin's types name markdown-it's CommonJS typings; the runtime objects are the same.
export const md = new MarkdownIt({ html: true, linkify: true }).use(markdownItContainer as unknown as PluginWithParams, 'for', {
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
export interface Noted {
  /** Where the token starts. */
  p: number;
  /** Where it ends. */
  e: number;
  /** Where the delimiter run it was made from starts (emphasis, strikethrough). */
  d: number;
  ref: Reference | undefined;
}
export type Tok = Token & { meta: Noted | null };
const note = (token: Tok, p: number, e: number, d = -1, ref?: Reference) => {
  token.meta = { p, e, d, ref };
};

export interface Reference {
  referenceType: 'full' | 'collapsed' | 'shortcut';
  label: string;
}

export interface PendingDefinition {
  /** The number of tokens before the definition: it goes where the next token goes. */
  at: number;
  p: number;
  e: number;
  label: string;
  url: string;
  title: string | null;
}

export interface Env {
  src?: string;
  eMarks?: number[];
  definitions?: PendingDefinition[];
  references?: Record<string, { href: string; title: string }>;
  /** Where markdown-it dropped text it would have nested deeper than `maxNesting` (an offset into `src`). */
  cut?: number;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
type InlineRule = (state: StateInline, silent: boolean) => boolean;
type RuleList<T> = { name: string; fn: T; alt: string[] }[];

export const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0;

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
          note(
            token,
            name === 'linkify' ? schemeStart(state.src, pos0, pending) : pos0,
            -1,
            -1,
            name === 'link' ? reference(state, pos0, after, 1) : undefined,
          );
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
// markdown-it's own normalize replaces every line break with itself (a regular expression over the
// whole body for each message); this does the same work only where there is any: \r\n and \r read
// as \n, NUL as U+FFFD.
md.core.ruler.at('normalize', (state: StateCore) => {
  let src = state.src;
  if (src.includes('\r')) src = src.replace(/\r\n?/g, '\n');
  if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD');
  state.src = src;
});
md.core.ruler.after('normalize', 'herald_source', (state: StateCore) => {
  (state.env as Env).src = state.src;
});
// Past `maxNesting` (100) levels of quotes and lists, markdown-it silently drops the rest of the
// container: the site would show something else than the writer wrote. Its block tokenizer gives up
// on a line at that level only after skipping blank lines and lines outside the container, so the
// same test, made first, says where the dropped text starts (`body-structure` reports it there).
const tokenize = md.block.tokenize.bind(md.block);
const maxNesting = (md.options as { maxNesting?: number }).maxNesting ?? 100;
md.block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
  if (state.level >= maxNesting) {
    const line = state.skipEmptyLines(startLine);
    const env = state.env as Env;
    if (line < endLine && state.sCount[line]! >= state.blkIndent && env.cut === undefined) env.cut = state.bMarks[line]! + state.tShift[line]!;
  }
  tokenize(state, startLine, endLine);
};
md.block.ruler.before('table', 'herald_marks', (state: StateBlock) => {
  (state.env as Env).eMarks = state.eMarks;
  return false;
});
