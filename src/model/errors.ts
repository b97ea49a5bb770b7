/**
 * A problem with how herald was called or with the project folder itself
 * (no plan, unreadable files). The CLI prints the message and the hint and
 * exits 2; it never shows a stack trace for these.
 */
export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
