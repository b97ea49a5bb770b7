import type { MessageData } from '../model/diagnostic.js';
import { formatNumber } from './numbers.js';

/** The languages herald speaks to writers in. */
export type Lang = 'nl' | 'en';

/**
 * Sentences by namespace (a rule id, or `common` for those every rule may
 * use), then by message id. A template is plain text with placeholders:
 *
 * - `{{name}}`: the value of `name` in the data (a list joined with ", "); a
 *   number in the language's format ("1.234", "0,4" in Dutch: numbers.ts);
 *   `{{expected}}` is the best of the finding's `expected` ids;
 * - `{{name:raw}}`: the value as it is, a number without the language's
 *   separators: a line after `file:`, or a number as the writer wrote it;
 * - `{{name|one|other}}`: the singular or plural word for the number `name`,
 *   by the language's plural rules (`{{count}} {{count|word|words}}`), or
 *   for the length of the list `name`;
 * - `{{name:prefix}}`: the catalogue's sentence for the message id
 *   `prefix-<value of name>` (same namespace, else `common`), composed with the
 *   same data: a data value that is a word id (`type: 'list'` → `type-list`,
 *   "a list"), so the words stay in the catalogue; the bare value when there
 *   is no such entry;
 * - `{{#name}}…{{/name}}` shows its text when `name` has a value, and
 *   `{{^name}}…{{/name}}` when it has none (`{{#expected}}; did you mean …`);
 *   sections of different names may nest.
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
  const template = templateFrom(catalogue, namespace, messageId);
  if (template === undefined) return undefined;
  const values: Values = expected?.length ? { ...data, expected: expected[0] } : data;
  return fill(template, values, lang, (id) => templateFrom(catalogue, namespace, id));
}

/** The template for a message id: the namespace's own, else the `common` one. */
export function templateFrom(catalogue: Catalogue, namespace: string, messageId: string): string | undefined {
  return catalogue[namespace]?.[messageId] ?? catalogue[COMMON]?.[messageId];
}

const SECTION = /\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
// `{{name@2}}` is item 2 of the list `name`: what `{{.}}` in a repeated section becomes.
const PLACEHOLDER = /\{\{(\w+)(?:@(\d+))?(?:\|([^|}]*)\|([^|}]*)|:([\w-]+))?\}\}/g;
const ITEM = /\{\{\.(\w*)\}\}/g;
const HAS_ITEM = /\{\{\.\w*\}\}/;

/** The template with its sections resolved for these values (inner sections too). */
export function resolveSections(template: string, values: Values): string {
  let out = template;
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(SECTION, (_, kind: string, name: string, inner: string) => {
      const value = values[name];
      if (hasValue(value) !== (kind === '#')) return '';
      if (kind === '#' && Array.isArray(value) && HAS_ITEM.test(inner)) return each(inner, name, value.length);
      return inner;
    });
  }
  return out;
}

function fill(template: string, values: Values, lang: Lang, lookup: (messageId: string) => string | undefined): string {
  return resolveSections(template, values).replace(PLACEHOLDER, (whole, name: string, index?: string, one?: string, other?: string, prefix?: string) => {
    const value = index === undefined ? values[name] : itemOf(values[name], Number(index));
    // A list counts by its length: "{{others|the other is|the others are}}".
    if (one !== undefined && other !== undefined) return pluralRules(lang).select(Array.isArray(value) ? value.length : Number(value)) === 'one' ? one : other;
    if (value === undefined) return whole;
    if (prefix === RAW) return Array.isArray(value) ? value.join(', ') : String(value);
    if (prefix !== undefined) {
      const word = lookup(`${prefix}-${String(value)}`);
      if (word !== undefined) return fill(word, values, lang, lookup);
    }
    return Array.isArray(value) ? value.map((v) => shown(v, lang)).join(', ') : shown(value, lang);
  });
}

const RAW = 'raw';

/** A value as the sentence shows it: a number in the language's format, anything else as text. */
function shown(value: unknown, lang: Lang): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, lang) : String(value);
}

/**
 * A sentence in positional form, for formats that fill placeholders
 * themselves (SARIF's `{0}`): `template` is the message's template with its
 * sections resolved for these values, each placeholder replaced by
 * `format(i)` and the literal text passed through `literal`; `args[i]` is the
 * text of placeholder `i`. The placeholders are numbered by `order` (a rule's
 * declared placeholder names), then by appearance; a plural choice or a word
 * looked up (`{{n|one|other}}`, `{{name:prefix}}`) is an argument of its own,
 * in words. `variant` names the template's sections that have a value
 * (sorted): the same `variant` always gives the same `template`.
 */
export function positional(
  catalogue: Catalogue,
  lang: Lang,
  namespace: string,
  messageId: string,
  data: MessageData = {},
  expected: readonly string[] | undefined,
  options: { order?: readonly string[]; format: (index: number) => string; literal?: (text: string) => string },
): { template: string; args: string[]; variant: string[] } | undefined {
  const template = templateFrom(catalogue, namespace, messageId);
  if (template === undefined) return undefined;
  const values: Values = expected?.length ? { ...data, expected: expected[0] } : data;
  const { order = [], format, literal = (t: string) => t } = options;
  const lookup = (id: string) => templateFrom(catalogue, namespace, id);
  const resolved = resolveSections(template, values);
  const matches = [...resolved.matchAll(PLACEHOLDER)];
  const rank = (token: string) => {
    const i = order.indexOf(/^\{\{(\w+)/.exec(token)![1]!);
    return i === -1 ? order.length : i;
  };
  const tokens = [...new Set(matches.map((m) => m[0]))]
    .map((token, appearance) => ({ token, appearance }))
    .sort((a, b) => rank(a.token) - rank(b.token) || a.appearance - b.appearance)
    .map((t) => t.token);
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += literal(resolved.slice(last, m.index)) + format(tokens.indexOf(m[0]));
    last = m.index + m[0].length;
  }
  out += literal(resolved.slice(last));
  return {
    template: out,
    args: tokens.map((token) => fill(token, values, lang, lookup)),
    variant: sectionsOf(template).filter((name) => hasValue(values[name])),
  };
}

/** The names of a template's sections, sorted. */
export function sectionsOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{[#^](\w+)\}\}/g)].map((m) => m[1]!))].sort();
}

/**
 * A section's text once per item of the list `name`, joined with ", ". The
 * items become placeholders (`{{name@0}}`), filled with the other
 * placeholders, so no value is ever read as template syntax.
 */
function each(inner: string, name: string, count: number): string {
  return Array.from({ length: count }, (_, i) => inner.replace(ITEM, (_, other: string) => `{{${other || name}@${i}}}`)).join(', ');
}

/** Item `i` of a list (`''` past its end); a single value stands for every item. */
function itemOf(value: unknown, i: number): unknown {
  return Array.isArray(value) ? (value[i] ?? '') : (value ?? '');
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
