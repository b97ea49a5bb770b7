import type { MessageSummary } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { ProjectFacts, SvgHazard } from '../model/facts.js';
import { computeSegmentLoad, overBudgetOf, segmentStretches, type SegmentLoadWithStretches, type Stretch } from './segment-load.js';

export function computeFacts<M extends MessageSummary>(
  plan: Plan,
  messages: M[],
  contentFiles: Set<string>,
  unsafeFiles: Map<string, SvgHazard> = new Map(),
): ProjectFacts<M> {
  const allSegments = plan.segments.map((s) => s.id);
  // Weak: herald dev asks about every version of a message it renders, and keeps the facts across edits.
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

  const published = messages.filter(isPublished).sort(publishOrder);

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
    ...periodOf(published),
    audienceOf,
    load: computeSegmentLoad(plan, published, audienceOf),
    byUrl,
    byFile,
    contentFiles,
    unsafeFiles,
  };
}

/**
 * The facts after some messages changed, appeared or went (`changed`, by
 * file; `current` gives each one's version now, or nothing when it went),
 * without going over every message again: the changed messages leave and
 * re-enter the publish order, the timelines of their segments (old and new)
 * and the URLs they had and have; only those segments' busy stretches are
 * computed again. The result equals `computeFacts` on the new messages
 * (test/workspace/project-state.test.ts compares the findings after random
 * edits with a cold load).
 *
 * `relint` names the messages whose cross-message findings (`dependsOn:
 * 'messages'`) may differ now: the changed ones, every message sharing a URL
 * with one of them (before or after), and every message that opens a busy
 * stretch that changed or that names a changed message.
 *
 * The maps `byUrl` and `byFile` are updated in place (the old facts are not
 * used again); the arrays that changed are new.
 */
export function updateFacts<M extends MessageSummary>(
  plan: Plan,
  facts: ProjectFacts<M>,
  messages: M[],
  changed: Iterable<string>,
  current: (file: string) => M | undefined,
): { facts: ProjectFacts<M>; relint: Set<string> } {
  const relint = new Set<string>();
  /** Versions that take the old one's place everywhere (same publish moment, audience and URL): the usual edit. */
  const swap = new Map<M, M>();
  const gone = new Set<M>();
  const came: M[] = [];
  for (const file of changed) {
    const before = facts.byFile.get(file);
    const after = current(file);
    if (before === after) continue;
    relint.add(file);
    if (before && after && samePlace(facts, before, after)) {
      swap.set(before, after);
      continue;
    }
    if (before) gone.add(before);
    if (after) came.push(after);
  }
  if (swap.size === 0 && gone.size === 0 && came.length === 0) return { facts: { ...facts, messages }, relint };
  const swapped = (m: M) => swap.get(m) ?? m;

  // URLs: a swapped version replaces the old one in its list; a moved one leaves its old URL's list and joins its new one's, in file order.
  const urls = new Set<string>();
  for (const [before, after] of swap) {
    facts.byFile.set(after.file, after);
    if (!before.url) continue;
    urls.add(before.url);
    facts.byUrl.set(before.url, facts.byUrl.get(before.url)!.map(swapped));
  }
  for (const m of gone) {
    if (!m.url) continue;
    urls.add(m.url);
    const list = facts.byUrl.get(m.url)?.filter((other) => other !== m);
    if (list?.length) facts.byUrl.set(m.url, list);
    else facts.byUrl.delete(m.url);
  }
  for (const m of gone) facts.byFile.delete(m.file);
  for (const m of came) {
    facts.byFile.set(m.file, m);
    if (!m.url) continue;
    urls.add(m.url);
    const list = [...(facts.byUrl.get(m.url) ?? [])];
    list.splice(
      insertionPoint(list, m, (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      0,
      m,
    );
    facts.byUrl.set(m.url, list);
  }
  for (const url of urls) for (const m of facts.byUrl.get(url) ?? []) relint.add(m.file);

  // Publish order, and the timelines of the segments the changed messages reach: those reached by a message
  // that moved (or came, or went) get their busy stretches computed again; the others only swap versions.
  const leaving = [...gone].filter(isPublished);
  const entering = came.filter(isPublished);
  const moved = new Set<string>();
  for (const m of [...leaving, ...entering]) for (const id of facts.audienceOf(m)) moved.add(id);
  const touched = new Set(moved);
  for (const m of swap.keys()) if (isPublished(m)) for (const id of facts.audienceOf(m)) touched.add(id);
  const published = withChanges(swap.size ? facts.published.map(swapped) : facts.published, gone, entering);
  const load = facts.load as SegmentLoadWithStretches<M>;
  const timeline = new Map(load.timeline);
  const stretches = new Map(load.stretches);
  const replaced = new Set(swap.keys());
  // The versions that went and those that came, for the stretches of the segments that moved.
  const old = new Set([...gone, ...replaced]);
  const now = new Set([...came, ...swap.values()]);
  for (const segment of plan.segments) {
    if (!touched.has(segment.id)) continue;
    const before = load.stretches.get(segment.id) ?? [];
    const mapped = (load.timeline.get(segment.id) ?? []).map(swapped);
    if (!moved.has(segment.id)) {
      timeline.set(segment.id, mapped);
      // The same stretches, naming the new versions; their findings point into the changed messages, so they are linted again.
      stretches.set(
        segment.id,
        before.map((x) => {
          if (!involves(x, replaced)) return x;
          relint.add(x.message.file);
          return { message: swapped(x.message), stretch: { ...x.stretch, others: x.stretch.others.map(swapped) } };
        }),
      );
      continue;
    }
    const list = withChanges(
      mapped,
      gone,
      entering.filter((m) => facts.audienceOf(m).includes(segment.id)),
    );
    timeline.set(segment.id, list);
    const after = segmentStretches(segment, list);
    stretches.set(segment.id, after);
    // The message a stretch's finding is on is linted again when its stretch is new, went, or names a changed message.
    const was = new Set(before.map(signature));
    const is = new Set(after.map(signature));
    for (const x of before) if (!is.has(signature(x)) || involves(x, old)) relint.add(x.message.file);
    for (const x of after) if (!was.has(signature(x)) || involves(x, now)) relint.add(x.message.file);
  }
  const overBudget = touched.size > 0 ? overBudgetOf(plan, stretches) : load.overBudget;
  const newLoad: SegmentLoadWithStretches<M> = { timeline, overBudget, stretches };

  const next: ProjectFacts<M> = {
    messages,
    published,
    ...periodOf(published),
    audienceOf: facts.audienceOf,
    load: newLoad,
    byUrl: facts.byUrl,
    byFile: facts.byFile,
    contentFiles: facts.contentFiles,
    unsafeFiles: facts.unsafeFiles,
  };
  for (const file of relint) if (!facts.byFile.has(file)) relint.delete(file);
  return { facts: next, relint };
}

/** A new version that sits where the old one did in every list of the facts. */
function samePlace<M extends MessageSummary>(facts: ProjectFacts<M>, a: M, b: M): boolean {
  if (a.url !== b.url || isPublished(a) !== isPublished(b)) return false;
  if (!isPublished(a)) return true;
  const [x, y] = [facts.audienceOf(a), facts.audienceOf(b)];
  return (
    a.fields.date!.epochMs === b.fields.date!.epochMs && a.fields.date!.day === b.fields.date!.day && x.length === y.length && x.every((id, i) => id === y[i])
  );
}

function isPublished(m: MessageSummary): boolean {
  return !m.fields.draft && Boolean(m.fields.date);
}

/** Publish order: the moment, then the file (how `published` and every timeline are sorted). */
function publishOrder(a: MessageSummary, b: MessageSummary): number {
  return a.fields.date!.epochMs - b.fields.date!.epochMs || (a.file < b.file ? -1 : 1);
}

function periodOf(published: readonly MessageSummary[]): { period?: { first: number; last: number } } {
  return published.length ? { period: { first: published[0]!.fields.date!.day, last: published[published.length - 1]!.fields.date!.day } } : {};
}

/** A sorted list (publish order) without `gone` and with `entering` in their places. */
function withChanges<M extends MessageSummary>(list: readonly M[], gone: ReadonlySet<M>, entering: readonly M[]): M[] {
  const out = gone.size ? list.filter((m) => !gone.has(m)) : [...list];
  for (const m of entering) out.splice(insertionPoint(out, m, publishOrder), 0, m);
  return out;
}

/** Where `item` goes in a list sorted by `order` (after its equals, as a stable sort puts it). */
function insertionPoint<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (order(list[mid]!, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function signature<M extends MessageSummary>({ message, stretch }: Stretch<M>): string {
  return JSON.stringify([message.file, stretch.count, stretch.from, stretch.until, stretch.others.map((m) => m.file)]);
}

function involves<M extends MessageSummary>({ message, stretch }: Stretch<M>, versions: ReadonlySet<M>): boolean {
  return versions.has(message) || stretch.others.some((m) => versions.has(m));
}
