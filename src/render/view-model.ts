/**
 * What templates and feeds receive: plain, already-resolved data. Rendering
 * (Markdown to sanitised HTML, links rewritten) happens before; templates
 * only lay out. Every string here is raw text except fields named `html`,
 * which are sanitised HTML fragments; templates escape everything else
 * (eta's autoEscape).
 */
export type Language = 'nl' | 'en';

export interface SiteView {
  title: string;
  language: Language;
  /** Absolute base URL ending in '/', e.g. https://intranet.example/nieuws/, when known. */
  baseUrl?: string;
  organisation?: string;
  segments: SegmentRef[];
  /** Whether the search index was built (the search page and box then work with JavaScript). */
  search: boolean;
  /** Whether the site has the /plan/ dashboard (never linked from reader pages). */
  planPage: boolean;
  /** The generator, for <meta name="generator">. */
  generator: string;
}

export interface Ref {
  id: string;
  /** Display name or title. */
  name: string;
  /** Site-relative URL, e.g. /segments/magazijn/. */
  url: string;
}

export interface SegmentRef extends Ref {
  /**
   * The plan's `intro`: text written to this segment's readers. (The plan's
   * `description` and `persona` are notes for the comms team and never reach
   * a reader page, feed or search record.)
   */
  intro?: string;
}

export interface MessageView {
  /** Site-relative page URL, `/2026/roosterapp/`. */
  url: string;
  title: string;
  /** ISO 8601 instant, for <time datetime> and feeds. */
  iso: string;
  /** The date formatted for the message's language and the site's time zone. */
  dateText: string;
  /** The publish day alone ("19 november 2026"), for cards: a card is too narrow for the time, and the message page has it. */
  dayText?: string;
  lang: Language;
  kind: 'news' | 'change' | 'success' | 'dialogue' | 'event';
  /** Resolved audience; `all` becomes every segment and `audienceAll` is true. */
  audience: Ref[];
  audienceAll: boolean;
  why?: string;
  cta?: { text: string; url?: string; due?: string; dueText?: string };
  /** Where to respond: an http(s) URL, a mailto: link, or a site path. */
  feedback?: string;
  goal?: Ref;
  campaign?: Ref;
  tags: Ref[];
  image?: { src: string; alt: string };
  /** The body with every `:::for` block, each labelled with its segment. */
  html: string;
  /** Plain-text summary (first ~200 characters of the body), for listings and feeds. */
  summary: string;
  draft: boolean;
  /** Published after the build moment (only with --future). */
  future: boolean;
}

/** A message as one segment sees it: the shared text plus that segment's blocks only. */
export interface SegmentMessageView extends MessageView {
  segmentHtml: string;
}

export interface Pagination {
  page: number;
  pages: number;
  prevUrl?: string;
  nextUrl?: string;
}
