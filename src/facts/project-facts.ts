import type { MessageSummary } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { ProjectFacts, SvgHazard } from '../model/facts.js';
import { computeSegmentLoad } from './segment-load.js';

export function computeFacts<M extends MessageSummary>(
  plan: Plan,
  messages: M[],
  contentFiles: Set<string>,
  unsafeFiles: Map<string, SvgHazard> = new Map(),
): ProjectFacts<M> {
  const allSegments = plan.segments.map((s) => s.id);
  // Weak: herald dev asks about every version of a message it renders, and keeps the facts across body edits.
  const audience = new WeakMap<MessageSummary, string[]>();
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
  const period = published.length ? { first: published[0]!.fields.date!.day, last: published[published.length - 1]!.fields.date!.day } : undefined;

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
