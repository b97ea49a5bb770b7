import pc from 'picocolors';
import { usageError } from '../messages/terminal.js';
import { ruleUrl } from '../model/diagnostic.js';
import { findRule, RULES } from '../rules/index.js';
import { closest } from '../validate/suggest.js';
import type { Lang } from '../messages/catalogue.js';
import { sayer } from '../messages/terminal.js';

/**
 * `herald rules`: the catalogue, one line per rule. The frame is in `lang`;
 * each rule's description is rule metadata, in English, as the rule declares it.
 */
export function listRules(color: boolean, lang: Lang = 'en'): string {
  const c = pc.createColors(color);
  const t = sayer(lang);
  const width = Math.max(...RULES.map((r) => r.id.length));
  const sevWidth = Math.max(t('rules-error').length, t('rules-warning').length);
  const lines: string[] = [];
  for (const scope of ['message', 'plan'] as const) {
    lines.push(c.bold(t(`rules-heading-${scope}`)));
    for (const rule of RULES.filter((r) => r.scope === scope)) {
      const severity = rule.defaultSeverity === 'error' ? c.red(t('rules-error').padEnd(sevWidth)) : c.yellow(t('rules-warning').padEnd(sevWidth));
      lines.push(`  ${rule.id.padEnd(width)}  ${severity}  ${rule.description}`);
    }
    lines.push('');
  }
  lines.push(t('rules-list-more'));
  return lines.join('\n');
}

/**
 * `herald rules <id>`: one rule explained. The frame is in `lang`; the
 * description, rationale and example are rule metadata, in English.
 */
export function explainRule(id: string, color: boolean, lang: Lang = 'en'): string {
  const t = sayer(lang);
  const rule = findRule(id);
  if (!rule) {
    const suggestion = closest(
      id,
      RULES.map((r) => r.id),
    );
    throw usageError('usage-rules-unknown', { id, expected: suggestion ?? '' });
  }
  const c = pc.createColors(color);
  const lines = [
    `${c.bold(rule.id)}  ${t(`rules-explain-${rule.scope}`, { severity: t(`rules-${rule.defaultSeverity}`) })}`,
    '',
    rule.description,
    '',
    c.bold(t('rules-explain-why')),
    `  ${rule.rationale}`,
  ];
  if (rule.options) {
    const defaults = rule.options.parse({}) as Record<string, unknown>;
    lines.push('', c.bold(t('rules-explain-options')));
    for (const [key, value] of Object.entries(defaults)) {
      lines.push(`  ${key}: ${JSON.stringify(value)}`);
      // An empty default that adds to a list in data: show the list, so `words: []` does not read as "no words".
      const list = rule.builtIn?.[key];
      if (list) lines.push(`    ${t('rules-explain-built-in', { count: list.entries.length, file: list.file })}`, ...wrap(list.entries, 6, 100));
    }
    lines.push('', `  ${t('rules-explain-set-options', { example: `rules: {${rule.id}: [warn, {${Object.keys(defaults)[0]}: …}]}` })}`);
  }
  if (rule.example) {
    lines.push(
      '',
      c.bold(c.red(t('rules-explain-fails'))),
      indent(rule.example.fail),
      '',
      c.bold(c.green(t('rules-explain-passes'))),
      indent(rule.example.pass),
    );
  }
  lines.push(
    '',
    c.bold(t('rules-explain-configure')),
    `  ${t('rules-explain-configure-plan', { example: `rules: {${rule.id}: off | warn | error}` })}`,
    ...(rule.scope === 'message'
      ? [`  ${t('rules-explain-configure-message', { comment: `<!-- herald-disable-next-line ${rule.id} -->`, field: `lint: {disable: [${rule.id}]}` })}`]
      : []),
    '',
    t('rules-explain-docs', { url: ruleUrl(rule.id) }),
  );
  return lines.join('\n');
}

/** Entries joined with ", ", wrapped between entries (a phrase stays on one line) to `width` columns, indented by `indentBy`. */
function wrap(entries: readonly string[], indentBy: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  entries.forEach((entry, i) => {
    const item = i < entries.length - 1 ? `${entry},` : entry;
    if (line && indentBy + line.length + 1 + item.length > width) {
      out.push(' '.repeat(indentBy) + line);
      line = item;
    } else line = line ? `${line} ${item}` : item;
  });
  if (line) out.push(' '.repeat(indentBy) + line);
  return out;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
