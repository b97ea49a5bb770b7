import type { MessageData } from './diagnostic.js';

/**
 * A problem with how herald was called or with the project folder itself
 * (no plan, unreadable files). The CLI prints the message and the hint and
 * exits 2; it never shows a stack trace for these.
 *
 * `message` and `hint` are English. With a `messageId` (and its `data`, values
 * that do not depend on the language), the CLI composes both again in the
 * writer's language from the catalogue's `terminal` block (`<messageId>` and
 * `<messageId>-hint`), once it knows that language: the code that throws makes
 * no language decision (see `usageError` in messages/terminal.ts).
 */
export class UsageError extends Error {
  readonly hint: string | undefined;
  readonly messageId: string | undefined;
  readonly data: MessageData | undefined;
  /** The catalogue block of `messageId`: `terminal` unless a feature keeps its own (`check-options`). */
  readonly namespace: string | undefined;
  constructor(message: string, hint?: string, id?: { messageId: string; data?: MessageData; namespace?: string }) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
    this.messageId = id?.messageId;
    this.data = id?.data;
    this.namespace = id?.namespace;
  }
}
