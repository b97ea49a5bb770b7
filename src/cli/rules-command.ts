import pc from 'picocolors';
import { UsageError } from '../model/errors.js';
import { ruleUrl } from '../model/diagnostic.js';
import { findRule, RULES } from '../rules/index.js';
import { closest } from '../validate/suggest.js';

/** `herald rules`: the catalogue, one line per rule. */
export function listRules(color: boolean): string {
  const c = pc.createColors(color);
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines: string[] = [];
  for (const scope of ['message', 'plan'] as const) {
    lines.push(c.bold(scope === 'message' ? 'Message rules' : 'Plan rules (reported against the plan file)'));
    for (const rule of RULES.filter((r) => r.scope === scope)) {
      const severity = rule.defaultSeverity === 'error' ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${rule.id.padEnd(width)}  ${severity}  ${rule.description}`);
    }
    lines.push('');
  }
  lines.push('Run "herald rules <id>" for one rule explained, with an example.');
  return lines.join('\n');
}

/** `herald rules <id>`: one rule explained. */
export function explainRule(id: string, color: boolean): string {
  const rule = findRule(id);
  if (!rule) {
    const suggestion = closest(id, RULES.map((r) => r.id));
    throw new UsageError(`Unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`, 'Run "herald rules" for the list.');
  }
  const c = pc.createColors(color);
  const lines = [
    `${c.bold(rule.id)}  (${rule.scope} rule, default ${rule.defaultSeverity})`,
    '',
    rule.description,
    '',
    c.bold('Why'),
    `  ${rule.rationale}`,
  ];
  if (rule.options) {
    const defaults = rule.options.parse({}) as Record<string, unknown>;
    lines.push('', c.bold('Options (defaults)'));
    for (const [key, value] of Object.entries(defaults)) {
      lines.push(`  ${key}: ${JSON.stringify(value)}`);
      // An empty default that adds to a list in data: show the list, so `words: []` does not read as "no words".
      const list = rule.builtIn?.[key];
      if (list) lines.push(`    adds to ${list.entries.length} built-in entries (${list.file}):`, ...wrap(list.entries, 6, 100));
    }
    lines.push('', `  Set them in the plan: rules: {${rule.id}: [warn, {${Object.keys(defaults)[0]}: …}]}`);
  }
  if (rule.example) {
    lines.push('', c.bold(c.red('Fails')), indent(rule.example.fail), '', c.bold(c.green('Passes')), indent(rule.example.pass));
  }
  lines.push(
    '',
    c.bold('Configure'),
    `  rules: {${rule.id}: off | warn | error}   in plans/*.yaml`,
    ...(rule.scope === 'message'
      ? [`  <!-- herald-disable-next-line ${rule.id} -->   or front-matter  lint: {disable: [${rule.id}]}`]
      : []),
    '',
    `Docs: ${ruleUrl(rule.id)}`,
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
