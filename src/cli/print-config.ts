import { configureRules } from '../lint/configure.js';
import { readPlanFiles } from '../load/read-project.js';
import { compose, type Lang, type LangChoice } from '../messages/index.js';
import { RULES } from '../rules/index.js';
import { validatePlan } from '../validate/validate-plan.js';
import { CHECK_OPTIONS } from './changed-files.js';

/** A rule as the project runs it: the plan's words for severities, and where it was set. */
export interface EffectiveRule {
  ruleId: string;
  severity: 'error' | 'warn' | 'off';
  /** The rule's options with every default filled in (`{}` for a rule without options). */
  options: unknown;
  /** `default`, or the plan file and line of its `rules:` entry (`plans/rules.yaml:12`). */
  source: string;
}

export interface EffectiveConfig {
  rules: EffectiveRule[];
  /** The ignore patterns in force: the plan's `ignore:` items (with their place) and `--ignore-pattern`. */
  ignore: { pattern: string; source: string }[];
}

/**
 * `herald check --print-config`: reads and validates the plan only (no
 * message is read, no rule runs) and applies its `rules:` as the check does
 * (`configureRules`), so what it prints is what the check uses. A bad setting
 * falls back to the default there too; the check reports it.
 */
export async function effectiveConfig(
  root: string,
  options: { lang?: LangChoice; ignorePatterns?: readonly string[] },
): Promise<{ config: EffectiveConfig; lang: Lang; problems: number }> {
  const { planFiles } = await readPlanFiles(root);
  const { plan, diagnostics, lang } = validatePlan(planFiles, options.lang);
  const configured = configureRules(plan, RULES, lang);
  const where = (path: (string | number)[]) => {
    const at = plan.locate(path, { atKey: typeof path.at(-1) === 'string' });
    return `${at.file}:${at.line}`;
  };
  // The list as written: a pattern the plan refused is left out of `plan.ignore`, so its indices may differ.
  const owner = plan.files.find((pf) => pf.doc.errors.length === 0 && pf.doc.has('ignore'));
  const written: unknown = owner?.doc.toJS()?.ignore;
  const rawIgnore: unknown[] = Array.isArray(written) ? written : [];
  const rules = RULES.map((rule): EffectiveRule => {
    const setting = plan.rules[rule.id];
    const on = configured.rules.find((r) => r.rule.id === rule.id);
    const given = Array.isArray(setting) ? setting[1] : undefined;
    const parsed = rule.options?.safeParse(given ?? {});
    return {
      ruleId: rule.id,
      severity: on ? (on.severity === 'error' ? 'error' : 'warn') : 'off',
      options: on ? on.options : parsed?.success ? parsed.data : {},
      source: setting === undefined ? 'default' : where(['rules', rule.id]),
    };
  });
  const ignore = [
    ...plan.ignore.map((pattern) => ({ pattern, source: where(['ignore', rawIgnore.indexOf(pattern)]) })),
    ...(options.ignorePatterns ?? []).map((pattern) => ({ pattern, source: '--ignore-pattern' })),
  ];
  return { config: { rules, ignore }, lang, problems: diagnostics.length + configured.diagnostics.length };
}

/** The configuration as JSON (`--format json`): keys as the plan writes them, sources language-neutral. */
export function configJson(config: EffectiveConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The configuration as a table in the writer's language. */
export function configTable(config: EffectiveConfig, lang: Lang): string {
  const t = (id: string) => compose(lang, CHECK_OPTIONS, id);
  const source = (s: string) => (s === 'default' ? t('config-default') : s);
  const rows = [
    [t('config-rule'), t('config-severity'), t('config-set-in'), t('config-options')],
    ...config.rules.map((r) => [r.ruleId, t(`config-severity-${r.severity}`), source(r.source), optionsText(r.options)]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
      .join('  ')
      .trimEnd(),
  );
  if (config.ignore.length) {
    lines.push('', t('config-ignore'));
    for (const { pattern, source: s } of config.ignore) lines.push(`  ${pattern}  (${s})`);
  }
  return `${lines.join('\n')}\n`;
}

function optionsText(options: unknown): string {
  if (options === null || typeof options !== 'object' || Object.keys(options).length === 0) return '-';
  return JSON.stringify(options);
}
