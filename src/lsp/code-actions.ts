import { compose, type Lang } from '../messages/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { SourceText } from '../model/source-text.js';
import { frontMatterLines } from './cursor.js';

/**
 * Quick fixes for one finding, as exact edits in UTF-16 offsets of the text
 * they were computed on: the finding's own `fix` (what `--fix` applies), and
 * turning its rule off for the line or for the whole message.
 */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export interface QuickFix {
  title: string;
  /** `quickfix` for a correction; the two ways to silence a rule are not corrections. */
  kind: 'quickfix' | 'silence';
  preferred?: boolean;
  edits: OffsetEdit[];
}

const t = (lang: Lang, id: string, data: Record<string, string>) => compose(lang, 'lsp', id, data);

export function quickFixes(d: Diagnostic, text: string, lang: Lang, isMessage: boolean): QuickFix[] {
  const out: QuickFix[] = [];
  if (d.fix) {
    out.push({
      title: t(lang, 'action-fix', { replacement: d.fix.text.length <= 40 ? d.fix.text : `${d.fix.text.slice(0, 39)}…` }),
      kind: 'quickfix',
      preferred: true,
      edits: [{ start: d.fix.range[0], end: d.fix.range[1], text: d.fix.text }],
    });
  }
  if (!isMessage) return out;
  const lines = text.split('\n');
  const fm = frontMatterLines(lines);
  const lineIndex = d.line - 1;
  const source = new SourceText(text);
  const lineStart = source.offsetOfLine(d.line);
  const indent = /^[ \t]*/.exec(lines[lineIndex] ?? '')![0];
  const eol = lines[0]?.endsWith('\r') ? '\r\n' : '\n';
  const inFrontMatter = fm !== undefined && lineIndex >= fm.first && lineIndex <= fm.last;
  // A finding on the opening fence (a front-matter that cannot be read) has no line to put a comment above.
  if (lineIndex > 0 && (inFrontMatter || fm === undefined || lineIndex > fm.last + 1)) {
    const comment = inFrontMatter ? `# herald-disable-next-line ${d.ruleId}` : `<!-- herald-disable-next-line ${d.ruleId} -->`;
    out.push({
      title: t(lang, 'action-disable-line', { rule: d.ruleId }),
      kind: 'silence',
      edits: [{ start: lineStart, end: lineStart, text: `${indent}${comment}${eol}` }],
    });
  }
  const whole = disableInMessage(lines, source, fm, d.ruleId, eol);
  if (whole) out.push({ title: t(lang, 'action-disable-message', { rule: d.ruleId }), kind: 'silence', edits: [whole] });
  return out;
}

/**
 * `lint: {disable: [rule]}` in the front-matter: a new key before the closing
 * fence, or the rule added to a `disable` list already there (flow
 * `[a, b]` or block items). Undefined when the front-matter is not closed or
 * its `lint` is written in a shape this cannot extend safely.
 */
function disableInMessage(
  lines: readonly string[],
  source: SourceText,
  fm: { first: number; last: number } | undefined,
  ruleId: string,
  eol: string,
): OffsetEdit | undefined {
  if (!fm || fm.last + 1 >= lines.length) return undefined;
  const lint = lines.findIndex((l, i) => i >= fm.first && i <= fm.last && /^lint\s*:/.test(l));
  if (lint === -1) {
    const at = source.offsetOfLine(fm.last + 2);
    return { start: at, end: at, text: `lint: {disable: [${ruleId}]}${eol}` };
  }
  for (let i = lint; i <= fm.last; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (i > lint && !/^\s/.test(line)) break;
    const flow = /\bdisable\s*:\s*\[([^\]]*)\]/.exec(line);
    if (flow) {
      if (flow[1]!.split(',').some((x) => x.trim() === ruleId)) return undefined;
      const close = source.offsetOfLine(i + 1) + flow.index + flow[0].length - 1;
      return { start: close, end: close, text: flow[1]!.trim() ? `, ${ruleId}` : ruleId };
    }
    if (/\bdisable\s*:\s*$/.test(line)) {
      // Block items under `disable:`: add one after the last.
      let last = i;
      let itemIndent = '';
      for (let j = i + 1; j <= fm.last; j++) {
        const item = /^(\s*)-\s+(\S+)/.exec(lines[j]!);
        if (!item) break;
        if (item[2] === ruleId) return undefined;
        last = j;
        itemIndent = item[1]!;
      }
      if (last === i) return undefined;
      const at = source.offsetOfLine(last + 2);
      return { start: at, end: at, text: `${itemIndent}- ${ruleId}${eol}` };
    }
  }
  return undefined;
}
