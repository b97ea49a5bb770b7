import type { Message } from '../model/message.js';
import { nodesOf } from '../scope/node-index.js';

/** Rule ids silenced per line; `'*'` silences every rule on that line. */
export type DisabledLines = Map<number, Set<string>>;

const HTML_COMMENT = /<!--\s*herald-disable-next-line\b([^>]*?)\s*-->/g;
const YAML_COMMENT = /#\s*herald-disable-next-line\b(.*)$/;

/**
 * Finds `<!-- herald-disable-next-line rule-a, rule-b -->` in the body and
 * `# herald-disable-next-line rule-a` in the front-matter. Without ids the
 * comment silences every rule on the next line, as in ESLint.
 */
export function disabledLines(message: Message): DisabledLines {
  const out: DisabledLines = new Map();
  const text = message.source.text;
  if (!text.includes('herald-disable-next-line')) return out;
  const add = (line: number, idsText: string) => {
    const ids = idsText.split(/[\s,]+/).filter(Boolean);
    const set = out.get(line) ?? new Set<string>();
    for (const id of ids.length ? ids : ['*']) set.add(id);
    out.set(line, set);
  };
  for (let line = 1; line < message.bodyLine; line++) {
    const lineText = message.source.lineText(line);
    if (!lineText.includes('herald-disable-next-line')) continue;
    const m = YAML_COMMENT.exec(lineText);
    if (m) add(line + 1, m[1]!);
  }
  // In the body only real HTML comments count: the same text inside a code
  // block or inline code is an example shown to the reader, not an instruction.
  for (const node of nodesOf(message, 'html')) {
    if (!node.value.includes('herald-disable-next-line') || !node.position) continue;
    for (const m of node.value.matchAll(HTML_COMMENT)) {
      const line = node.position.start.line + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0);
      add(line + 1, m[1]!);
    }
  }
  return out;
}

export function isDisabled(lines: DisabledLines, line: number, ruleId: string): boolean {
  const set = lines.get(line);
  return set !== undefined && (set.has('*') || set.has(ruleId));
}
