import { isBlank } from './parser.js';

/** Offsets into a block's inline content → offsets into markdown-it's source, line by line or cell by cell. */
/**
 * Offsets into an inline content → offsets into markdown-it's source: runs
 * that start at `content[i]` in the content and `source[i]` in the source.
 */
export interface ContentMap {
  content: number[];
  source: number[];
}

/**
 * A paragraph's or heading's lines are the ends of its source lines (each
 * without the container prefixes and indentation), the last one trimmed. So
 * each line is placed by where its source line ends.
 */
export function linesMap(content: string, firstLine: number, eMarks: number[], src: string): ContentMap {
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

export function mapOffset(map: ContentMap, offset: number): number {
  let i = map.content.length - 1;
  while (i > 0 && map.content[i]! > offset) i--;
  return map.source[i]! + offset - map.content[i]!;
}

export interface Cell {
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
export function tableCells(src: string, start: number, end: number): Cell[] {
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
