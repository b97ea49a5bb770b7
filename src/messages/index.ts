import type { MessageData } from '../model/diagnostic.js';
import { composeFrom, type Catalogue, type Lang } from './catalogue.js';
import { en } from './en.js';

export type { Catalogue, Lang };
export { COMMON, placeholdersOf } from './catalogue.js';

/** Every language's catalogue. (The writer's-language issue adds `nl`.) */
export const CATALOGUES: Readonly<Partial<Record<Lang, Catalogue>>> = { en };

/**
 * The sentence for a finding in the writer's language, falling back to
 * English, and to the bare message id when no catalogue has it (a test
 * fails on that: see test/messages/catalogue.test.ts).
 */
export function compose(lang: Lang, namespace: string, messageId: string, data?: MessageData, expected?: readonly string[]): string {
  return (
    composeFrom(CATALOGUES[lang] ?? en, lang, namespace, messageId, data, expected) ??
    composeFrom(en, 'en', namespace, messageId, data, expected) ??
    `${namespace}/${messageId}`
  );
}
