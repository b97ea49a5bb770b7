import type { MessageSummary } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import { computeSegmentLoad, type SegmentLoad } from './segment-load.js';

/**
 * Cross-message facts, computed once per check and shared by every rule (and
 * later by the planning views), so that a count is never computed twice in two
 * ways.
 */
export interface ProjectFacts<M extends MessageSummary = MessageSummary> {
  /** Every message, in file order. */
  messages: M[];
  /** Messages that will be published (not drafts, with a valid date), oldest first. */
  published: M[];
  /** First and last publish day of `published` (day numbers), if any. */
  period?: { first: number; last: number };
  /** Segment ids a message reaches (`all` resolved against the plan). */
  audienceOf(message: MessageSummary): string[];
  /** Published messages per segment, oldest first, and the 7-day budget checks. */
  load: SegmentLoad<M>;
  /** Messages by the site URL they would be written to. */
  byUrl: Map<string, M[]>;
  /** Messages by file path (relative to the root). */
  byFile: Map<string, M>;
  /** Every file under content/, messages and assets. */
  contentFiles: Set<string>;
  /** Files under content/ that must not be published, with why (an SVG with a script: "has a <script> element"). */
  unsafeFiles: Map<string, string>;
}

export function computeFacts<M extends MessageSummary>(
  plan: Plan,
  messages: M[],
  contentFiles: Set<string>,
  unsafeFiles: Map<string, string> = new Map(),
): ProjectFacts<M> {
  const allSegments = plan.segments.map((s) => s.id);
  const audience = new Map<MessageSummary, string[]>();
  const audienceOf = (m: MessageSummary): string[] => {
    let ids = audience.get(m);
    if (!ids) {
      const a = m.fields.audience;
      ids = a === undefined ? [] : a === 'all' ? allSegments : [...new Set(a)];
      audience.set(m, ids);
    }
    return ids;
  };

  const published = messages
    .filter((m) => !m.fields.draft && m.fields.date)
    .sort((a, b) => a.fields.date!.epochMs - b.fields.date!.epochMs || (a.file < b.file ? -1 : 1));
  const period = published.length
    ? { first: published[0]!.fields.date!.day, last: published[published.length - 1]!.fields.date!.day }
    : undefined;

  const byUrl = new Map<string, M[]>();
  const byFile = new Map<string, M>();
  for (const m of messages) {
    byFile.set(m.file, m);
    if (m.url) {
      const list = byUrl.get(m.url);
      if (list) list.push(m);
      else byUrl.set(m.url, [m]);
    }
  }

  return {
    messages,
    published,
    ...(period ? { period } : {}),
    audienceOf,
    load: computeSegmentLoad(plan, published, audienceOf),
    byUrl,
    byFile,
    contentFiles,
    unsafeFiles,
  };
}
