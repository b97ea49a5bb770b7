import type { Diagnostic } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import { compose, type Lang } from '../messages/index.js';
import type { OverlayError } from './client.js';
import { resolveRequestPath } from './paths.js';

/** What the overlay reads its errors from. */
export interface OverlaySource {
  /** The message a site file shows (may throw when its template fails). */
  messageAt(file: string): Message | undefined;
  /** The findings of the last successful lint. */
  diagnostics(): Diagnostic[];
  /** Why the last rebuild failed, until one succeeds. */
  rebuildFailure(): string | undefined;
  /** The language the writer reads (the project's, or `--lang`). */
  lang(): Lang;
}

/**
 * The errors `herald dev` shows over a page (the payload of the `errors`
 * event): a failed rebuild, a failed template of that page, the errors of
 * that page's message and every error in `plans/`. Warnings stay in the
 * terminal.
 */
export class Overlay {
  /** Pages whose template failed, with the error; cleared by a successful rebuild. */
  private templateFailures = new Map<string, string>();

  constructor(private readonly source: OverlaySource) {}

  /** Remembers that the template of site file `file` failed, for the overlay of its page. */
  templateFailed(file: string, error: unknown): void {
    this.templateFailures.set(file, (error as Error)?.message ?? String(error));
  }

  /** After a successful rebuild every page renders anew. */
  clearTemplateFailures(): void {
    this.templateFailures.clear();
  }

  /** The errors of the page at URL path `page` (`/2026/x/`). */
  errorsFor(page: string): OverlayError[] {
    const out: OverlayError[] = [];
    const failure = this.source.rebuildFailure();
    if (failure) out.push(failureError('herald', 'rebuild', failure, this.source.lang()));
    const requested = resolveRequestPath(page);
    const file = requested.kind === 'file' ? requested.file : undefined;
    const templateFailure = file ? this.templateFailures.get(file) : undefined;
    if (templateFailure) out.push(failureError('theme', 'template', templateFailure, this.source.lang()));
    let messageFile: string | undefined;
    try {
      messageFile = file ? this.source.messageAt(file)?.file : undefined;
    } catch {
      // the same template failure is reported above
    }
    for (const d of this.source.diagnostics()) {
      if (d.severity !== 'error') continue;
      if (d.file === messageFile || d.file.startsWith('plans/')) {
        out.push({
          file: d.file,
          line: d.line,
          column: d.column,
          ruleId: d.ruleId,
          messageId: d.messageId,
          data: d.data,
          message: d.message,
        });
      }
    }
    return out;
  }
}

/** Why a rebuild (`rebuild`) or a page's template (`template`) failed, for the overlay: the error's own words as data. */
function failureError(file: string, namespace: 'rebuild' | 'template', reason: string, lang: Lang): OverlayError {
  const data = { reason };
  return { file, line: 1, column: 1, ruleId: namespace, messageId: 'failed', data, message: compose(lang, namespace, 'failed', data) };
}
