import type { MessageData } from '../model/diagnostic.js';
import { composeFrom, positional, templateFrom, type Catalogue, type Lang } from './catalogue.js';
import { en } from './en.js';
import { nl } from './nl.js';

export type { Catalogue, Lang };
export { COMMON, placeholdersOf, sectionsOf } from './catalogue.js';
export { chooseLang, isLang, LANGS, parseLang, type LangChoice } from './lang.js';
export { formatNumber, formatPercent } from './numbers.js';

/** Every language's catalogue. */
export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { nl, en };

/**
 * The sentence for a finding in the writer's language, falling back to
 * English, and to the bare message id when no catalogue has it (a test
 * fails on that: see test/messages/catalogue.test.ts).
 */
export function compose(lang: Lang, namespace: string, messageId: string, data?: MessageData, expected?: readonly string[]): string {
  return (
    composeFrom(CATALOGUES[lang], lang, namespace, messageId, data, expected) ??
    composeFrom(en, 'en', namespace, messageId, data, expected) ??
    `${namespace}/${messageId}`
  );
}

/** The template for a message id in the writer's language, falling back to English; `undefined` when no catalogue has it. */
export function templateOf(lang: Lang, namespace: string, messageId: string): string | undefined {
  return templateFrom(CATALOGUES[lang], namespace, messageId) ?? templateFrom(en, namespace, messageId);
}

/** A finding's sentence in positional form (see `positional` in catalogue.ts), in the writer's language, falling back to English. */
export function composePositional(
  lang: Lang,
  namespace: string,
  messageId: string,
  data: MessageData | undefined,
  expected: readonly string[] | undefined,
  options: Parameters<typeof positional>[6],
): ReturnType<typeof positional> {
  return (
    positional(CATALOGUES[lang], lang, namespace, messageId, data, expected, options) ?? positional(en, 'en', namespace, messageId, data, expected, options)
  );
}

/** A writer's sentence to quote inside one of ours: without its own closing full stop ("Meivakantie", not "Meivakantie."). */
export function quotable(text: string): string {
  return text.trim().replace(/(?<!\.)[.]$/u, '');
}
