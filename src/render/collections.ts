import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import {
  archiveUrl,
  campaignUrl,
  feedUrls,
  goalUrl,
  homeUrl,
  outputFolderOf,
  outputPathOf,
  planUrl,
  segmentUrl,
  sitemapPath,
  tagId,
  tagUrl,
} from '../model/routes.js';
import type { Ref } from './view-model.js';

/** Which messages go where on the site. Every list is newest first. */
export interface Collections {
  /** Every message on the site. */
  included: Message[];
  /** Files left out because their front-matter lacks what a page needs. */
  skipped: string[];
  /** The included messages by file (links between messages resolve through it). */
  byFile: Map<string, Message>;
  /** Per segment of the plan (empty lists included): the messages that reach it. */
  bySegment: Map<string, Message[]>;
  /** Per goal and per campaign id the messages name (ids the plan lacks included: they have no page). */
  byGoal: Map<string, Message[]>;
  byCampaign: Map<string, Message[]>;
  /** The tags on the site, by id, and their messages. */
  tags: Ref[];
  byTag: Map<string, Message[]>;
}

export interface Selection {
  drafts: boolean;
  future: boolean;
  /** The build moment, ms since the epoch: what counts as "future". */
  now: number;
}

/**
 * The messages on the site (published, or also drafts and future ones when
 * asked) and the listings each is on, in one pass over the messages (10
 * segments × 10,000 messages adds up in herald dev, which lists them after
 * every change).
 */
export function collect(project: Project, selection: Selection): Collections {
  const skipped: string[] = [];
  const candidates = project.messages.filter((m) => {
    const f = m.fields;
    if (!f.title || !f.date || !f.audience || !m.url) {
      skipped.push(m.file);
      return false;
    }
    if (f.draft && !selection.drafts) return false;
    if (f.date.epochMs > selection.now && !selection.future) return false;
    return true;
  });
  // Newest first; ties by file, so the order never depends on the file system. (Keys taken out first: sorting 10,000 messages through `fields.date` was most of a dev rebuild.)
  const included = candidates
    .map((m) => ({ m, at: m.fields.date!.epochMs, file: m.file }))
    .sort((a, b) => b.at - a.at || (a.file < b.file ? -1 : 1))
    .map((k) => k.m);

  const bySegment = new Map<string, Message[]>(project.plan.segments.map((s) => [s.id, []]));
  const byGoal = new Map<string, Message[]>();
  const byCampaign = new Map<string, Message[]>();
  const tagById = new Map<string, Ref>();
  const byTag = new Map<string, Message[]>();
  for (const m of included) {
    for (const id of siteAudience(m, project)) bySegment.get(id)?.push(m);
    const { goal, campaign, tags } = m.fields;
    if (goal) add(byGoal, goal, m);
    if (campaign) add(byCampaign, campaign, m);
    // A tag's name on its page is the one the last message with that id spells.
    for (const name of tags ?? []) tagById.set(tagId(name), { id: tagId(name), name, url: tagUrl(name) });
    for (const id of new Set(tagRefs(m).map((tag) => tag.id))) add(byTag, id, m);
  }
  return {
    included,
    skipped,
    byFile: new Map(included.map((m) => [m.file, m])),
    bySegment,
    byGoal,
    byCampaign,
    tags: [...tagById.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    byTag,
  };
}

function add(lists: Map<string, Message[]>, key: string, message: Message): void {
  const list = lists.get(key);
  if (list) list.push(message);
  else lists.set(key, [message]);
}

/**
 * The segments on the site a message reaches: `facts.audienceOf` (which
 * resolves `all` and drops repeated ids), less ids the plan does not have (a
 * typo the check reports as an error; with --no-check the page leaves it out,
 * since that segment has no page to link to).
 */
export function siteAudience(message: Message, project: Project): string[] {
  const ids = project.facts.audienceOf(message);
  const { segmentById } = project.plan;
  return ids.every((id) => segmentById.has(id)) ? ids : ids.filter((id) => segmentById.has(id));
}

/** A message's tags, each once, with their pages. */
export function tagRefs(message: Message): Ref[] {
  const tags = message.fields.tags;
  if (!tags || tags.length === 0) return [];
  return [...new Set(tags)].map((name) => ({ id: tagId(name), name, url: tagUrl(name) }));
}

/**
 * Output paths of the pages any change to a message can alter: the home page
 * and its feeds, the archive, the planning dashboard, the sitemap.
 */
export const SITE_WIDE_PAGES: readonly string[] = [homeUrl, ...Object.values(feedUrls(homeUrl)), archiveUrl, planUrl].map(outputPathOf).concat(sitemapPath);

/**
 * Where a message shows, as output paths: its own page (`files`) and the
 * folders of the listings it is on (`folders`: every page of a paginated
 * listing, and its feeds, start with one): its segments, goal, campaign and
 * tags. With `SITE_WIDE_PAGES`, what `herald dev` drops when the message
 * changes, from the same routes and audience the collections are made with.
 */
export function placesOf(message: Message, project: Project): { files: string[]; folders: string[] } {
  const f = message.fields;
  return {
    files: message.url ? [outputPathOf(message.url)] : [],
    folders: [
      ...siteAudience(message, project).map(segmentUrl),
      ...(f.goal ? [goalUrl(f.goal)] : []),
      ...(f.campaign ? [campaignUrl(f.campaign)] : []),
      ...tagRefs(message).map((tag) => tag.url),
    ].map(outputFolderOf),
  };
}
