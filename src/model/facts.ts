import type { MessageSummary } from './message.js';

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
  unsafeFiles: Map<string, SvgHazard>;
}

/**
 * An overloaded stretch of one segment: the message that first goes over the
 * budget within 7 days, and every other message of that busy stretch. One
 * `frequency-cap` finding each, and the week of `message` is the one the
 * planning views mark.
 */
export interface OverBudget<M extends MessageSummary = MessageSummary> {
  segment: string;
  budget: number;
  /** Messages for the segment in the stretch, this one included (more than `budget` within some 7 days of it). */
  count: number;
  /** The other messages of the stretch (before and after this one), oldest first. */
  others: M[];
  /** Local day numbers of the first and last message of the stretch. */
  from: number;
  until: number;
}

export interface SegmentLoad<M extends MessageSummary = MessageSummary> {
  /** Published messages per segment id, oldest first. */
  timeline: Map<string, M[]>;
  /**
   * For each message (by file) that first exceeds a segment's `maxPerWeek`
   * within 7 days, the busy stretch it opens. Keyed by file, the key every
   * rule and view looks a message up by.
   */
  overBudget: Map<string, OverBudget<M>[]>;
}

/**
 * What keeps an SVG from being published (validate/svg-safety.ts): a code,
 * and the element, attribute or encoding at fault as written. The sentence
 * for each code is the catalogue's `svg-hazard-<code>`.
 */
export interface SvgHazard {
  code:
    | 'unreadable'
    | 'not-utf8'
    | 'encoding'
    | 'not-well-formed'
    | 'doctype-declarations'
    | 'style-sheet-instruction'
    | 'html-element'
    | 'svg-element'
    | 'event-handler'
    | 'unsafe-link'
    | 'active-style'
    | 'active-style-sheet';
  data: Readonly<Record<string, string>>;
}
