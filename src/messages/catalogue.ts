import type { MessageData } from '../model/diagnostic.js';

/** The languages herald speaks to writers in. */
export type Lang = 'nl' | 'en';

/**
 * Sentences by namespace (a rule id, or `common` for those every rule may
 * use), then by message id. A template is plain text with placeholders:
 *
 * - `{{name}}`: the value of `name` in the data (a list joined with ", ");
 *   `{{expected}}` is the best of the finding's `expected` ids;
 * - `{{name|one|other}}`: the singular or plural word for the number `name`,
 *   by the language's plural rules (`{{count}} {{count|word|words}}`);
 * - `{{#name}}…{{/name}}` shows its text when `name` has a value, and
 *   `{{^name}}…{{/name}}` when it has none (`{{#expected}}; did you mean …`);
 * - in a `{{#list}}…{{/list}}` section whose text uses `{{.}}`, the text is
 *   repeated for each item of the list (joined with ", "): `{{.}}` is the
 *   item, and `{{.other}}` the item at the same index of the list `other`
 *   (`{{#segments}}"{{.}}"{{/segments}}` gives `"a", "b"`).
 */
export type Catalogue = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The namespace of sentences shared by every rule. */
export const COMMON = 'common';

type Values = Record<string, unknown>;

/** The sentence for a message id, composed in `lang`; `undefined` when the catalogue has no such id. */
export function composeFrom(
  catalogue: Catalogue,
  lang: Lang,
  namespace: string,
  messageId: string,
  data: MessageData = {},
  expected?: readonly string[],
): string | undefined {
  const template = catalogue[namespace]?.[messageId] ?? catalogue[COMMON]?.[messageId];
  if (template === undefined) return undefined;
  const values: Values = expected?.length ? { ...data, expected: expected[0] } : data;
  return fill(template, values, lang);
}

const SECTION = /\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
const PLACEHOLDER = /\{\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}\}/g;
const ITEM = /\{\{\.(\w*)\}\}/g;
const HAS_ITEM = /\{\{\.\w*\}\}/;

function fill(template: string, values: Values, lang: Lang): string {
  return template
    .replace(SECTION, (_, kind: string, name: string, inner: string) => {
      const value = values[name];
      if (hasValue(value) !== (kind === '#')) return '';
      if (kind === '#' && Array.isArray(value) && HAS_ITEM.test(inner)) return each(inner, value, values);
      return inner;
    })
    .replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
      const value = values[name];
      if (one !== undefined && other !== undefined) return pluralRules(lang).select(Number(value)) === 'one' ? one : other;
      if (value === undefined) return whole;
      return Array.isArray(value) ? value.join(', ') : String(value);
    });
}

/** A section's text once per item of `list`, joined with ", ". */
function each(inner: string, list: readonly unknown[], values: Values): string {
  return list
    .map((item, i) =>
      inner.replace(ITEM, (_, other: string) => {
        if (!other) return String(item);
        const parallel = values[other];
        return String(Array.isArray(parallel) ? (parallel[i] ?? '') : (parallel ?? ''));
      }),
    )
    .join(', ');
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

const rules = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** The placeholder names a template uses (sections included), for the catalogue tests. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{\{[#^/.]?(\w+)/g)) names.add(m[1]!);
  return [...names].sort();
}
