import type { Message } from '../model/message.js';

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
  for (let line = 1; line <= message.source.lineCount; line++) {
    const lineText = message.source.lineText(line);
    if (!lineText.includes('herald-disable-next-line')) continue;
    if (line < message.bodyLine) {
      const m = YAML_COMMENT.exec(lineText);
      if (m) add(line + 1, m[1]!);
      continue;
    }
    for (const m of lineText.matchAll(HTML_COMMENT)) add(line + 1, m[1]!);
  }
  return out;
}

export function isDisabled(lines: DisabledLines, line: number, ruleId: string): boolean {
  const set = lines.get(line);
  return set !== undefined && (set.has('*') || set.has(ruleId));
}
