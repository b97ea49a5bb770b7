import type { Language, MessageView } from '../view-model.js';

/**
 * Every word the site's templates show, in the site's languages. Templates
 * get the site language's set as `it.t`; a message written in the other
 * language is laid out with `it.t.forLanguage(message.lang)`, so its labels
 * ("Why?", "Due by") match the `lang` of the text around them.
 *
 * Strings are plain text: templates escape them like any other data.
 */
export interface Strings {
  lang: Language;
  /** The same strings in another language (for a message not in the site language). */
  forLanguage: (lang: Language) => Strings;

  // Page chrome
  skipToContent: string;
  mainNav: string;
  home: string;
  archive: string;
  search: string;
  segments: string;
  madeWith: string;

  // Home and listings
  chooseSegment: string;
  chooseSegmentIntro: string;
  latest: string;
  allMessages: string;
  noMessages: string;
  segmentIntro: string;
  /** Above a segment's name on its page. */
  segment: string;
  /** The remembered segment on the home page (shown by site.js): "Jouw nieuws: Magazijn", its chip marked "(jouw keuze)". */
  yourNews: string;
  yourChoice: string;
  forgetChoice: string;
  /** "Pagina 2 van 5". */
  page: (n: number, total: number) => string;
  pagination: string;
  previous: string;
  next: string;
  /** After the title and h1 of page 2 and later of a listing (WCAG 2.4.2): "pagina 2". */
  pageN: (n: number) => string;
  /** Names of the focusable scroll regions around a wide table and a code block in a message. */
  scrollTable: string;
  scrollCode: string;
  /** A publish moment with its time of day: "2 februari 2026 om 09:00". */
  dayAtTime: (day: string, time: string) => string;
  /** Month heading in the archive, e.g. "februari 2026", of an instant in a time zone. */
  month: (iso: string, timeZone: string) => string;

  // Feeds
  feeds: string;
  feedsIntro: string;
  feedNames: { atom: string; rss: string; json: string };
  /** Labels inside a feed item: "Waarom: …", "Actie: … (uiterlijk …)". */
  feedLabels: { why: string; action: string; due: string };

  // A message
  kinds: Record<MessageView['kind'], string>;
  draft: string;
  scheduled: string;
  published: string;
  audience: string;
  everyone: string;
  /** Prefix of a `:::for` block's label: "Voor" + segment name. */
  forSegment: string;
  why: string;
  whatToDo: string;
  due: string;
  respond: string;
  respondLink: string;
  goal: string;
  campaign: string;
  tags: string;
  measure: string;
  period: string;

  // Search
  searchPlaceholder: string;
  noJsSearch: string;
  searchUnavailable: string;

  // 404
  notFoundTitle: string;
  notFoundText: string;
  notFoundHelp: string;

  /** The /plan/ dashboard. */
  plan: PlanStrings;
}

export interface PlanStrings {
  title: string;
  intro: (from: string, until: string, firstWeek: string, lastWeek: string) => string;
  otherPeriod: string;
  loadTitle: string;
  loadDesc: (segments: number, weeks: number) => string;
  segment: string;
  week: string;
  budget: string;
  noBudget: string;
  overBudget: string;
  quietWeek: string;
  messages: (n: number) => string;
  legend: { empty: string; under: string; at: string; over: string; quiet: string };
  goalsTitle: string;
  goalsIntro: string;
  goalMessages: string;
  notActive: string;
  noMessagesYet: string;
  timelineTitle: string;
  timelineDesc: (campaigns: number) => string;
  noCampaigns: string;
  dialogue: (n: number) => string;
  noDialogue: string;
  scheduledMessage: string;
  mixTitle: string;
  mixDesc: (months: number) => string;
  month: string;
  /** The name of a scroll region that holds a chart (or a table) of a section: unique, unlike the section's own heading. */
  chartRegion: (title: string) => string;
  tableRegion: (title: string) => string;
  total: string;
  minimum: (percent: string) => string;
  underMinimum: string;
  tooFewToJudge: string;
  neglectedTitle: string;
  neglectedNone: string;
  neglected: (name: string, from: string, until: string, days: number, limit: number) => string;
  noMessagesInPeriod: string;
}

/** The words of one language: everything in `Strings` but what `index.ts` adds. */
export type Words = Omit<Strings, 'lang' | 'forLanguage' | 'month'>;
