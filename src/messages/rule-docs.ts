import type { MessageData } from '../model/diagnostic.js';
import type { RuleMeta } from '../model/rule.js';
import type { Lang } from './catalogue.js';
import { compose } from './index.js';

/** The catalogue namespace of the rule pages: each rule's description and rationale, and the pages' own words. */
export const RULE_DOCS = 'rule-docs';

/**
 * A rule's description or rationale in `lang`, with its option defaults and
 * `docData` filled in (`at least {{minWords}} words`).
 */
export function ruleSentence(lang: Lang, rule: Pick<RuleMeta, 'id' | 'options' | 'docData'>, part: 'description' | 'rationale'): string {
  return compose(lang, RULE_DOCS, `${rule.id}-${part}`, { ...scalarDefaults(rule), ...rule.docData });
}

/** A rule's option defaults that are a number or a word (lists and mappings have no place in a sentence). */
function scalarDefaults(rule: Pick<RuleMeta, 'options'>): MessageData {
  if (!rule.options) return {};
  const defaults = rule.options.safeParse({});
  if (!defaults.success || typeof defaults.data !== 'object' || defaults.data === null) return {};
  return Object.fromEntries(
    Object.entries(defaults.data).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
}

/** A word of the rule pages (headings, labels) in `lang`. */
export function docWord(lang: Lang, messageId: string, data?: MessageData): string {
  return compose(lang, RULE_DOCS, messageId, data);
}
