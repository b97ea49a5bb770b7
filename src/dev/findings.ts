import pc from 'picocolors';
import type { Diagnostic } from '../model/diagnostic.js';
import { countSeverities } from '../report/shared.js';
import type { Lang } from '../messages/catalogue.js';
import { sayer } from '../messages/terminal.js';

/** A finding's identity across rebuilds: where it is, which rule, what it says. */
function key(d: Diagnostic): string {
  return `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}\0${d.message}`;
}

/** Findings that are new since the last rebuild, and findings that went away. */
export function diffFindings(before: Diagnostic[], after: Diagnostic[]): { added: Diagnostic[]; fixed: Diagnostic[] } {
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  return { added: after.filter((d) => !old.has(key(d))), fixed: before.filter((d) => !now.has(key(d))) };
}

/** `rebuilt in 23 ms · 2 errors, 1 warning` (`built in …` for the first build), in `lang`. */
export function summaryLine(ms: number, diagnostics: Diagnostic[], color: boolean, lang: Lang = 'en', first = false): string {
  const c = pc.createColors(color);
  const t = sayer(lang);
  const { error: errors, warning: warnings } = countSeverities(diagnostics);
  const tally = t('dev-tally', { errors, warnings });
  return `${c.dim(t(first ? 'dev-built' : 'dev-rebuilt', { ms: Math.round(ms) }))} ${errors > 0 ? c.red(tally) : warnings > 0 ? c.yellow(tally) : c.green(tally)}`;
}

/** One line per new (`+`) and fixed (`✓`) finding: file:line:col, severity, message, rule; the words in `lang`. */
export function formatChanges(added: Diagnostic[], fixed: Diagnostic[], color: boolean, lang: Lang = 'en'): string {
  const c = pc.createColors(color);
  const t = sayer(lang);
  const words = ['dev-added-error', 'dev-added-warning', 'dev-fixed'].map((id) => t(id));
  const width = Math.max(...words.map((w) => w.length));
  const [error, warning, done] = words.map((w) => w.padEnd(width)) as [string, string, string];
  const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}  ${oneLine(d.message)}  ${c.dim(d.ruleId)}`;
  const out = [
    ...added.map((d) => `  ${d.severity === 'error' ? c.red(error) : c.yellow(warning)} ${line(d)}`),
    ...fixed.map((d) => `  ${c.green(done)} ${line(d)}`),
  ];
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Quoted file text could hold line breaks or terminal escapes. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\t]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
