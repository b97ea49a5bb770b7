/**
 * What sits under the writer's cursor, read off the lines of the text as it
 * is being typed. The YAML parser needs a document that parses, and a buffer
 * mid-keystroke (`audience: [magaz`) often does not: reading indentation and
 * `key:` prefixes line by line gives the key path of any position in front-
 * matter or a plan file, broken or not, which is all completion, hover and
 * go-to-definition need.
 */

/** A word (an id, a key) at the cursor: its text and where it starts and ends on the line (0-based, UTF-16). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

export type Cursor =
  /** At a key of the front-matter or a plan (typing a new key): `path` is the mapping the key belongs to. */
  | { kind: 'key'; region: 'front-matter' | 'plan'; path: string[]; word: Word; line: number }
  /** At a value: `path` is the key it belongs to (list items collapsed: `segments.channels`). */
  | { kind: 'value'; region: 'front-matter' | 'plan'; path: string[]; word: Word; line: number }
  /** In the body, inside `:::for{segment=…}`. */
  | { kind: 'for-segment'; word: Word; line: number }
  /** In the body, inside `<!-- herald-disable-next-line … -->`. */
  | { kind: 'disable-comment'; word: Word; line: number }
  /** In the body, inside the target of a link or image: `](…)`. */
  | { kind: 'link'; word: Word; line: number }
  | { kind: 'none' };

const ID_CHAR = /[\p{L}\p{N}_.-]/u;
const KEY_LINE = /^(\s*)(-\s+)?([\w-]+)\s*:(?=\s|$)/;

/** 0-based lines of the front-matter's content (between the fences), or undefined when the text has none. */
export function frontMatterLines(lines: readonly string[]): { first: number; last: number } | undefined {
  if (lines[0]?.replace(/\r$/, '').trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '').trimEnd();
    if (line === '---' || line === '...') return { first: 1, last: i - 1 };
  }
  // Never closed (the writer is typing it): everything is front-matter for now.
  return { first: 1, last: lines.length - 1 };
}

/** The id-like word around `character`, which may be empty (the cursor after `[` or a space). */
export function wordAt(line: string, character: number): Word {
  let start = Math.min(character, line.length);
  let end = start;
  while (start > 0 && ID_CHAR.test(line[start - 1]!)) start--;
  while (end < line.length && ID_CHAR.test(line[end]!)) end++;
  return { text: line.slice(start, end), start, end };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The key path of line `index` within YAML `lines` (from `first`): the keys
 * of its parent mappings, outermost first, list items collapsed.
 */
function parentKeys(lines: readonly string[], index: number, first: number, indent: number): string[] {
  const path: string[] = [];
  let limit = indent;
  for (let i = index - 1; i >= first && limit > 0; i--) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const d = indentOf(line);
    if (d >= limit) continue;
    const m = KEY_LINE.exec(line);
    if (m?.[2]) {
      // `- key: …` starts an item of a list whose key is further up; the item's keys sit at the dash + 2.
      limit = d;
      continue;
    }
    if (m) {
      path.unshift(m[3]!);
      limit = d;
    } else if (line.trimStart().startsWith('-')) {
      limit = d;
    }
  }
  return path;
}

function yamlCursor(lines: readonly string[], line: number, character: number, first: number, region: 'front-matter' | 'plan'): Cursor {
  const text = lines[line]!.replace(/\r$/, '');
  const word = wordAt(text, character);
  const before = text.slice(0, character);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) {
    return /#\s*herald-disable-next-line\b/.test(before) ? { kind: 'disable-comment', word, line } : { kind: 'none' };
  }
  const key = KEY_LINE.exec(text);
  if (key) {
    const keyIndent = key[1]!.length + (key[2]?.length ?? 0);
    const colon = key[0].length;
    const parents = parentKeys(lines, line, first, keyIndent);
    if (character < colon) return { kind: 'key', region, path: parents, word, line };
    return { kind: 'value', region, path: [...parents, key[3]!], word, line };
  }
  // A line being typed (`aud`), a list item (`  - magazijn`), or a continuation of a flow list.
  const trimmed = text.trimStart();
  const indent = indentOf(text);
  if (trimmed.startsWith('-') || trimmed.startsWith('[') || /^[\]\w-]*[,\]]/.test(trimmed)) {
    const parents = parentKeys(lines, line, first, indent + (trimmed.startsWith('-') ? 0 : 1));
    return { kind: 'value', region, path: parents, word, line };
  }
  if (/^[\w-]*$/.test(trimmed)) return { kind: 'key', region, path: parentKeys(lines, line, first, indent), word, line };
  return { kind: 'none' };
}

function bodyCursor(text: string, line: number, character: number): Cursor {
  const before = text.slice(0, character);
  const word = wordAt(text, character);
  if (/^\s*:{3,}\s*for\s*\{[^}]*\bsegment\s*=\s*["']?[\w-]*$/.test(before)) return { kind: 'for-segment', word, line };
  if (/<!--\s*herald-disable-next-line\b[^>]*$/.test(before) && !/-->/.test(before.slice(before.lastIndexOf('herald-disable-next-line')))) {
    return { kind: 'disable-comment', word, line };
  }
  const link = /\]\(([^)\s]*)$/.exec(before);
  if (link) {
    // A link target is a path: the whole of it up to the cursor, not only the last id-like part.
    const start = character - link[1]!.length;
    let end = character;
    while (end < text.length && !/[)\s]/.test(text[end]!)) end++;
    return { kind: 'link', word: { text: text.slice(start, end), start, end }, line };
  }
  return { kind: 'none' };
}

/** The cursor at 0-based `line` and `character` of a message (`.md`) or a plan file. */
export function cursorAt(text: string, line: number, character: number, kind: 'message' | 'plan'): Cursor {
  const lines = text.split('\n');
  if (line < 0 || line >= lines.length) return { kind: 'none' };
  if (kind === 'plan') return yamlCursor(lines, line, character, 0, 'plan');
  const fm = frontMatterLines(lines);
  if (fm && line >= fm.first && line <= fm.last) return yamlCursor(lines, line, character, fm.first, 'front-matter');
  if (fm && line < fm.first) return { kind: 'none' };
  return bodyCursor(lines[line]!.replace(/\r$/, ''), line, character);
}

/** The top-level keys a message's front-matter has as written, even while it does not parse. */
export function frontMatterKeys(text: string): Set<string> {
  const lines = text.split('\n');
  const fm = frontMatterLines(lines);
  const keys = new Set<string>();
  if (!fm) return keys;
  for (let i = fm.first; i <= fm.last; i++) {
    const m = /^([\w-]+)\s*:/.exec(lines[i]!);
    if (m) keys.add(m[1]!);
  }
  return keys;
}
