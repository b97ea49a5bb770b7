import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Location } from '../model/diagnostic.js';
import type { SourceText } from '../model/source-text.js';

export interface Found {
  /** The node at the path, or the deepest ancestor that exists. */
  node: Node | undefined;
  /** The key node of the last map step, when there was one. */
  key: Node | undefined;
  /** Whether the whole path exists. */
  complete: boolean;
}

/** Walks a YAML document along a path of keys and indexes. */
export function findNode(doc: Document.Parsed, path: readonly (string | number)[]): Found {
  let node = doc.contents as Node | null;
  let key: Node | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(part));
      if (!pair) return { node, key, complete: false };
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) return { node, key, complete: false };
      key = undefined;
      node = item;
    } else {
      return { node: node ?? undefined, key, complete: false };
    }
  }
  return { node: node ?? undefined, key, complete: true };
}

/**
 * Location of the value at `path` (or of its key with `atKey`); falls back to
 * the nearest ancestor that exists, then to `fallbackLine`.
 */
export function locateInYaml(
  doc: Document.Parsed | undefined,
  source: SourceText,
  path: readonly (string | number)[],
  options: { atKey?: boolean; fallbackLine?: number } = {},
): Location {
  if (doc) {
    const found = findNode(doc, path);
    const chosen = found.complete && options.atKey && found.key ? found.key : found.node;
    if (chosen?.range) return source.rangeOf(chosen.range[0], chosen.range[1]);
  }
  return { line: options.fallbackLine ?? 1, column: 1 };
}

/**
 * Location of `needle` inside the scalar at `path`, found in the source text
 * so that quoting and folded block scalars (`>-`) still give the right column.
 */
export function locateTextInYaml(
  doc: Document.Parsed | undefined,
  source: SourceText,
  path: readonly (string | number)[],
  needle: string,
  fallbackLine = 1,
): Location {
  if (doc) {
    const found = findNode(doc, path);
    if (found.complete && found.node?.range) {
      const [start, end] = found.node.range;
      const slice = source.text.slice(start, end).toLowerCase();
      const at = slice.indexOf(needle.toLowerCase());
      if (at !== -1) return source.rangeOf(start + at, start + at + needle.length);
      return source.rangeOf(start, end);
    }
  }
  return locateInYaml(doc, source, path, { fallbackLine });
}

function keyText(node: unknown): string | undefined {
  if (isScalar(node)) return String(node.value);
  return undefined;
}
