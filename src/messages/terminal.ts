import type { MessageData } from '../model/diagnostic.js';
import { UsageError } from '../model/errors.js';
import type { Lang } from './catalogue.js';
import { compose, templateOf } from './index.js';

/** The catalogue block of what herald's commands print (DESIGN "Diagnostics": the language rule). */
export const TERMINAL = 'terminal';

/** A sentence of the `terminal` block in `lang`. */
export function say(lang: Lang, messageId: string, data?: MessageData): string {
  return compose(lang, TERMINAL, messageId, data);
}

/** A `say` bound to a language. */
export function sayer(lang: Lang): (messageId: string, data?: MessageData) => string {
  return (messageId, data) => say(lang, messageId, data);
}

/**
 * A UsageError for a `terminal` message id, with its `-hint` when the
 * catalogue has one. Its message and hint are English; the CLI composes them
 * again in the writer's language (`usageText`).
 */
export function usageError(messageId: string, data?: MessageData, namespace: string = TERMINAL): UsageError {
  return new UsageError(compose('en', namespace, messageId, data), hintOf('en', messageId, data, namespace), {
    messageId,
    ...(data ? { data } : {}),
    ...(namespace !== TERMINAL ? { namespace } : {}),
  });
}

/** A UsageError's message and hint in `lang` (as thrown, when it has no message id). */
export function usageText(error: UsageError, lang: Lang): { message: string; hint: string | undefined } {
  if (!error.messageId) return { message: error.message, hint: error.hint };
  const namespace = error.namespace ?? TERMINAL;
  return { message: compose(lang, namespace, error.messageId, error.data), hint: hintOf(lang, error.messageId, error.data, namespace) };
}

function hintOf(lang: Lang, messageId: string, data?: MessageData, namespace: string = TERMINAL): string | undefined {
  return templateOf(lang, namespace, `${messageId}-hint`) === undefined ? undefined : compose(lang, namespace, `${messageId}-hint`, data);
}
