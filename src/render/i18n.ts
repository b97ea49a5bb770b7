import type { Language, MessageView } from './view-model.js';

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
  /** "Pagina 2 van 5". */
  page: (n: number, total: number) => string;
  pagination: string;
  previous: string;
  next: string;
  /** Month heading in the archive, e.g. "februari 2026", of an instant in a time zone. */
  month: (iso: string, timeZone: string) => string;

  // Feeds
  feeds: string;
  feedsIntro: string;
  feedNames: { atom: string; rss: string; json: string };

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
}

type Own = Omit<Strings, 'lang' | 'forLanguage' | 'month'>;

const NL: Own = {
  skipToContent: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  home: 'Start',
  archive: 'Archief',
  search: 'Zoeken',
  segments: 'Doelgroepen',
  madeWith: 'Gemaakt met herald',

  chooseSegment: 'Kies je doelgroep',
  chooseSegmentIntro: 'Lees alleen het nieuws dat voor jou bedoeld is, in de versie voor jouw werk.',
  latest: 'Laatste berichten',
  allMessages: 'Alle berichten in het archief',
  noMessages: 'Er zijn nog geen berichten.',
  segmentIntro: 'Alle berichten voor deze doelgroep, nieuwste eerst, met de tekst die voor jullie geschreven is.',
  page: (n, total) => `Pagina ${n} van ${total}`,
  pagination: 'Pagina’s',
  previous: 'Vorige pagina',
  next: 'Volgende pagina',

  feeds: 'Volg dit nieuws',
  feedsIntro: 'Abonneer je in een feedlezer of app:',
  feedNames: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },

  kinds: { news: 'Nieuws', change: 'Verandering', success: 'Succes', dialogue: 'Dialoog', event: 'Evenement' },
  draft: 'Concept',
  scheduled: 'Gepland',
  published: 'Gepubliceerd',
  audience: 'Voor',
  everyone: 'Iedereen',
  forSegment: 'Voor',
  why: 'Waarom?',
  whatToDo: 'Wat moet je doen?',
  due: 'Uiterlijk',
  respond: 'Reageren of vragen?',
  respondLink: 'Stuur je reactie of vraag',
  goal: 'Doel',
  campaign: 'Campagne',
  tags: 'Onderwerpen',
  measure: 'Zo meten we het',
  period: 'Periode',

  searchPlaceholder: 'Zoek in het nieuws',
  noJsSearch: 'Zoeken werkt alleen met JavaScript. Staat dat bij jou uit? Blader dan door het archief.',
  searchUnavailable: 'Zoeken is op deze site niet beschikbaar. Blader door het archief.',

  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet (meer). Misschien is de link niet goed, of is het bericht verplaatst.',
  notFoundHelp: 'Hier vind je het wel:',
};

const EN: Own = {
  skipToContent: 'Skip to content',
  mainNav: 'Main menu',
  home: 'Home',
  archive: 'Archive',
  search: 'Search',
  segments: 'Audiences',
  madeWith: 'Made with herald',

  chooseSegment: 'Choose your group',
  chooseSegmentIntro: 'Read only the news meant for you, in the version written for your work.',
  latest: 'Latest news',
  allMessages: 'All messages in the archive',
  noMessages: 'There are no messages yet.',
  segmentIntro: 'Every message for this group, newest first, with the text written for you.',
  page: (n, total) => `Page ${n} of ${total}`,
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',

  feeds: 'Follow this news',
  feedsIntro: 'Subscribe in a feed reader or app:',
  feedNames: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },

  kinds: { news: 'News', change: 'Change', success: 'Success', dialogue: 'Dialogue', event: 'Event' },
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
  audience: 'For',
  everyone: 'Everyone',
  forSegment: 'For',
  why: 'Why?',
  whatToDo: 'What to do',
  due: 'Due by',
  respond: 'Questions or feedback?',
  respondLink: 'Send your response or question',
  goal: 'Goal',
  campaign: 'Campaign',
  tags: 'Topics',
  measure: 'How we measure it',
  period: 'Period',

  searchPlaceholder: 'Search the news',
  noJsSearch: 'Search needs JavaScript. If it is switched off, browse the archive instead.',
  searchUnavailable: 'Search is not available on this site. Browse the archive instead.',

  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist (any more). The link may be wrong, or the message may have moved.',
  notFoundHelp: 'You will find it here:',
};

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const built = new Map<Language, Strings>();

export function strings(lang: Language): Strings {
  let s = built.get(lang);
  if (!s) {
    s = Object.freeze({
      ...(lang === 'nl' ? NL : EN),
      lang,
      forLanguage: strings,
      month: (iso: string, timeZone: string) => formatMonth(iso, lang, timeZone),
    });
    built.set(lang, s);
  }
  return s;
}

// Intl formatters are slow to create and a site formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}\u0000${timeZone}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

function partsOf(date: Date, f: Intl.DateTimeFormat): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

function instant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  return date;
}

/**
 * A publish moment as readers say it: "2 februari 2026 om 09:00",
 * "2 February 2026 at 09:00", in the site's time zone. A message dated
 * without a time starts at midnight; that "00:00" would only be noise, so
 * the time is left out then.
 *
 * Built from parts rather than `dateStyle`/`timeStyle`: ICU versions differ
 * in the word between date and time ("om", ",", "at"), and the site must be
 * the same bytes on every Node.
 */
export function formatDate(iso: string, lang: Language, timeZone: string): string {
  const p = partsOf(
    instant(iso),
    formatter(lang, timeZone, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  );
  const day = `${p.day} ${p.month} ${p.year}`;
  if (p.hour === '00' && p.minute === '00') return day;
  return `${day} ${lang === 'nl' ? 'om' : 'at'} ${p.hour}:${p.minute}`;
}

/**
 * A calendar day (YYYY-MM-DD, e.g. a due date) with its weekday, which is
 * what people plan by: "vrijdag 13 februari 2026", "Friday 13 February 2026".
 * Read as UTC so no time zone can move it to the day before.
 */
export function formatDay(ymd: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${ymd}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const p = partsOf(date, formatter(lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** The month of an instant in a time zone: "februari 2026", "February 2026". */
export function formatMonth(iso: string, lang: Language, timeZone: string): string {
  const p = partsOf(instant(iso), formatter(lang, timeZone, { month: 'long', year: 'numeric' }));
  return `${p.month} ${p.year}`;
}
