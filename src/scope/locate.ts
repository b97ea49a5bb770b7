import type { Location } from '../model/diagnostic.js';
import type { Message, MessageSummary } from '../model/message.js';
import { findNode, locateInYaml } from '../validate/yaml-locate.js';
import { proseOf, type ProseBlock } from './prose.js';
import type { TermMatch, TermMatcher } from '../text/terms.js';

/** Location of a front-matter value (or the top of the file when it is absent). */
export function fieldLocation(message: Message, path: readonly (string | number)[]): Location {
  if (path.length === 1 && typeof path[0] === 'string') {
    const plain = plainTopLevelValue(message, path[0]);
    if (plain) return plain;
  }
  return locateInYaml(message.frontMatter, message.source, path, { fallbackLine: 1 });
}

/** A value the fast path below can find as written: one plain word (an id, a date, a number), nothing YAML would read otherwise. */
const PLAIN_SCALAR = /^[\p{L}\p{N}_][\p{L}\p{N}_.:+/-]*$/u;

/**
 * Where a top-level value written plainly on its own line sits (`date:
 * 2026-03-02T09:00`), read off the text: the same range the positioned YAML
 * document gives, without building it (~0.12 ms a message; a finding on the
 * date of 27,000 of 100,000 messages built one each). Only where the text
 * leaves no doubt: the key at the start of a line of the front-matter, the
 * value as parsed right after it and nothing else on the line, no other value
 * that could hide such a line (a quoted text running over several lines),
 * and the next line not a continuation of it. Else undefined, and the
 * document decides.
 */
function plainTopLevelValue(message: Message, key: string): Location | undefined {
  if (!message.frontMatterReadable) return undefined;
  const value = message.data[key];
  if (typeof value !== 'string' || !PLAIN_SCALAR.test(value)) return undefined;
  const { source } = message;
  const text = source.text;
  const prefix = `${key}:`;
  // The front-matter's lines: from the line after the opening `---` to the closing one.
  let lineStart = text.indexOf('\n') + 1;
  let found = -1;
  for (let line = 2; line < message.bodyLine && lineStart > 0; line++) {
    if (text.startsWith(prefix, lineStart)) {
      if (found !== -1) return undefined;
      found = lineStart;
    }
    lineStart = text.indexOf('\n', lineStart) + 1;
  }
  if (found === -1) return undefined;
  let at = found + prefix.length;
  if (text[at] !== ' ' && text[at] !== '\t') return undefined;
  while (text[at] === ' ' || text[at] === '\t') at++;
  const end = at + value.length;
  if (!text.startsWith(value, at) || (end < text.length && text[end] !== '\n')) return undefined;
  // The next line starts a key, a comment or the closing fence, at the margin: no continuation.
  const next = text[end + 1];
  if (next === ' ' || next === '\t' || next === '\r' || next === '\n') return undefined;
  if (mentions(message.data, prefix, key)) return undefined;
  return source.rangeOf(at, end);
}

/** Whether any string in the data (the key's own value aside) holds `needle`: a quoted text over several lines could hold a line like the key's. */
function mentions(value: unknown, needle: string, skipKey?: string): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (Array.isArray(value)) return value.some((v) => mentions(v, needle));
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== skipKey && (k.includes(needle) || mentions(v, needle))) return true;
  }
  return false;
}

/**
 * Location of a front-matter value of another message, for a finding's
 * `related` places: the facts hold messages as summaries, which are the
 * messages themselves in every pipeline; the top of the file otherwise.
 */
export function otherFieldLocation(other: MessageSummary, path: readonly (string | number)[]): { line: number; column: number } {
  if (!('source' in other && 'frontMatter' in other)) return TOP;
  const message = other as Message;
  const at = (path.length === 1 && typeof path[0] === 'string' && topLevelValue(message, path[0])) || fieldLocation(message, path);
  return { line: at.line, column: at.column };
}

/**
 * Where a top-level field's value starts, read off the text: such a key
 * starts its line (`date: 2026-…`). Related places name other messages, and
 * their positioned YAML document is built only on first use, so going
 * through it would parse every message a finding names (frequency-cap names
 * hundreds in a busy corpus: 40 → 130 ms over 10,000 messages). A key written
 * otherwise (quoted, or a value on the next line) falls back to the document.
 */
function topLevelValue(message: Message, key: string): Location | undefined {
  const { source } = message;
  for (let line = 2; line < message.bodyLine && line <= source.lineCount; line++) {
    const text = source.lineText(line);
    if (!text.startsWith(key)) continue;
    const match = /^([\w-]+)[ \t]*:[ \t]*(?=[^\s#])/.exec(text);
    if (match?.[1] === key) return { line, column: match[0].length + 1 };
  }
  return undefined;
}

/** Where the message starts: the opening `---` line. */
export const TOP: Location = { line: 1, column: 1 };

/** The reader-facing texts of a message: front-matter `title`, `why`, the call-to-action's text, and the body's prose. */
export type TextScope = 'title' | 'why' | 'cta' | 'body';

/**
 * A text the reader reads, with a map back to the file: a front-matter string
 * value, or a block of the body's prose (see prose.ts).
 */
export interface LocatedText {
  scope: TextScope;
  text: string;
  /** For the body: the kind of prose block. */
  kind?: ProseBlock['kind'];
  /** The front-matter path of the value (for title, why and cta). */
  path?: readonly (string | number)[];
  /** The whole text: the front-matter value, or the start of the block. */
  whole(): Location;
  /** Where `length` characters of `text` from `offset` sit in the file (in the body: the span when they stand there as written on one line, else where they start). */
  locate(offset: number, length?: number): Location;
  /** The terms found in `text`, kept by `termsIn` (scope/terms.ts) for the next rule that asks. */
  terms: { joined: TermMatcher; each: TermMatch[][] } | undefined;
}

const ALL: readonly TextScope[] = ['title', 'why', 'cta', 'body'];

/**
 * The texts of a message in `scopes`, in file order (front-matter first).
 * The one place rules get located text from (hype, cta-vague, readability):
 * front-matter values are mapped into the source of their YAML node, body
 * prose through prose.ts.
 */
export function textsOf(message: Message, scopes: readonly TextScope[] = ALL): LocatedText[] {
  if (!scopes.includes('body')) return locatedTexts(message, scopes);
  // Kept with the tree (as the prose is): the rules that read every text of a message (hype,
  // readability) share them, and the closures are built once.
  const tree = message.tree;
  let all = cache.get(tree);
  if (!all) cache.set(tree, (all = locatedTexts(message, ALL)));
  return scopes.length === ALL.length && ALL.every((scope) => scopes.includes(scope)) ? all : all.filter((t) => scopes.includes(t.scope));
}

const cache = new WeakMap<object, LocatedText[]>();

function locatedTexts(message: Message, scopes: readonly TextScope[]): LocatedText[] {
  const out: LocatedText[] = [];
  const field = (scope: TextScope, path: readonly (string | number)[], value: string | undefined) => {
    if (!value || !scopes.includes(scope)) return;
    out.push({
      scope,
      text: value,
      path,
      whole: () => fieldLocation(message, path),
      locate: (offset, length = 0) => locateInField(message, path, value, offset, value.slice(offset, offset + length)),
      terms: undefined,
    });
  };
  field('title', ['title'], message.fields.title);
  field('why', ['why'], message.fields.why);
  field('cta', ctaTextPath(message), message.fields.cta?.text);
  if (scopes.includes('body')) {
    for (const block of proseOf(message)) {
      out.push({
        scope: 'body',
        text: block.text,
        kind: block.kind,
        whole: () => block.locate(0),
        locate: (offset, length) => spanIn(block, offset, length),
        terms: undefined,
      });
    }
  }
  return out;
}

/** The path of the call-to-action's text: `cta` in the short form (`cta: Meld je aan`), else `cta.text`. */
export function ctaTextPath(message: Message): readonly (string | number)[] {
  return typeof message.data.cta === 'string' ? ['cta'] : ['cta', 'text'];
}

/** Location of some text inside a front-matter string, e.g. a hype word in `why` (the first occurrence, any case). */
export function textInField(message: Message, path: readonly (string | number)[], needle: string): Location {
  let value: unknown = message.data;
  for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
  if (typeof value !== 'string') return fieldLocation(message, path);
  const offset = value.toLowerCase().indexOf(needle.toLowerCase());
  if (offset === -1) return fieldLocation(message, path);
  return locateInField(message, path, value, offset, value.slice(offset, offset + needle.length));
}

/**
 * Where the text `match` at `offset` in a front-matter string value sits in
 * the file. The value is not a copy of the source (quotes, folded lines), so
 * the match is searched in the source of the node: the same occurrence (the
 * second "exclusief" is the second one there too), with any run of white
 * space between its words (a folded `>-` scalar breaks lines).
 */
function locateInField(message: Message, path: readonly (string | number)[], value: string, offset: number, match: string): Location {
  const found = message.frontMatter ? findNode(message.frontMatter, path) : undefined;
  const range = found?.complete ? found.node?.range : undefined;
  if (!range) return fieldLocation(message, path);
  if (!match.trim()) return message.source.rangeOf(range[0], range[1]);
  const pattern = new RegExp(
    match
      .trim()
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'giu',
  );
  const nth = [...value.matchAll(pattern)].filter((m) => m.index! < offset).length;
  const inSource = [...message.source.text.slice(range[0], range[1]).matchAll(pattern)];
  const hit = inSource[nth] ?? inSource[0];
  if (!hit) return message.source.rangeOf(range[0], range[1]);
  return message.source.rangeOf(range[0] + hit.index!, range[0] + hit.index! + hit[0].length);
}

/** A span of body text, end included when the text stands in the file as written (no markup inside it). */
function spanIn(block: { locate(offset: number): Location }, offset: number, length = 0): Location {
  const start = block.locate(offset);
  if (length <= 0) return start;
  const end = block.locate(offset + length);
  return end.line === start.line && end.column - start.column === length ? { ...start, endLine: end.line, endColumn: end.column } : start;
}
