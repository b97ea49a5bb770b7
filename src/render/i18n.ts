import type { Language, MessageView } from './view-model.js';
import { localDateTime } from '../validate/moment.js';

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

  /** The /plan/ dashboard. */
  plan: PlanStrings;
}

export interface PlanStrings {
  title: string;
  /** The footer link to the dashboard. */
  footerLink: string;
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
  total: string;
  minimum: (percent: string) => string;
  underMinimum: string;
  tooFewToJudge: string;
  neglectedTitle: string;
  neglectedNone: string;
  neglected: (name: string, from: string, until: string, days: number, limit: number) => string;
  noMessagesInPeriod: string;
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

  plan: {
    title: 'Planning',
    footerLink: 'Planning voor het communicatieteam',
    intro: (from, until, firstWeek, lastWeek) =>
      `Wie hoort wat, en wanneer: berichten per doelgroep per week, doelen, campagnes en de mix van berichten, van ${from} tot en met ${until} (week ${firstWeek} tot en met ${lastWeek}). Geplande berichten tellen mee, concepten niet.`,
    otherPeriod: 'Een andere periode bekijken? Gebruik in de terminal: herald plan --from <datum> --weeks <aantal>.',
    loadTitle: 'Berichten per doelgroep per week',
    loadDesc: (segments, weeks) =>
      `Heatmap van ${segments} doelgroepen over ${weeks} weken. Elk vak toont het aantal berichten in die week; de kleur zegt hoe vol het weekbudget van de doelgroep is. Een uitroepteken betekent boven het budget. Gearceerde weken vallen in een stille periode. De tabel eronder geeft dezelfde cijfers.`,
    segment: 'Doelgroep',
    week: 'Week',
    budget: 'budget',
    noBudget: 'geen budget',
    overBudget: 'boven budget',
    quietWeek: 'stille periode',
    messages: (n) => (n === 1 ? '1 bericht' : `${n} berichten`),
    legend: { empty: 'Geen berichten', under: 'Onder het budget', at: 'Budget vol', over: 'Boven het budget (!)', quiet: 'Stille periode' },
    goalsTitle: 'Doelen',
    goalsIntro: 'Hoeveel berichten elk doel in deze periode krijgt, en hoe we meten of het werkt.',
    goalMessages: 'Berichten',
    notActive: 'niet actief in deze periode',
    noMessagesYet: 'nog geen berichten',
    timelineTitle: 'Campagnes in de tijd',
    timelineDesc: (n) =>
      `Tijdlijn van ${n === 1 ? '1 campagne' : `${n} campagnes`}. Een balk loopt van begin tot eind van de campagne; een rondje is een bericht, een ruit een dialoogmoment. De lijst eronder noemt alle berichten.`,
    noCampaigns: 'Er loopt geen campagne in deze periode.',
    dialogue: (n) => (n === 1 ? '1 dialoogmoment' : `${n} dialoogmomenten`),
    noDialogue: 'nog geen dialoogmoment',
    scheduledMessage: 'gepland bericht',
    mixTitle: 'Soorten berichten per maand',
    mixDesc: (n) => `Gestapelde balken voor ${n === 1 ? '1 maand' : `${n} maanden`}: het aandeel van elke soort bericht. De tabel eronder zet de aandelen naast het minimum uit het plan.`,
    month: 'Maand',
    total: 'Totaal',
    minimum: (percent) => `minimaal ${percent}`,
    underMinimum: 'onder het minimum',
    tooFewToJudge: 'te weinig berichten om te beoordelen',
    neglectedTitle: 'Doelgroepen zonder nieuws',
    neglectedNone: 'Geen: elke doelgroep hoort op tijd iets.',
    neglected: (name, from, until, days, limit) => `${name}: niets van ${from} tot ${until}, ${days} dagen (het plan zegt: hooguit ${limit}).`,
    noMessagesInPeriod: 'Er zijn geen berichten in deze periode.',
  },
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

  plan: {
    title: 'Planning',
    footerLink: 'Planning for the comms team',
    intro: (from, until, firstWeek, lastWeek) =>
      `Who hears what, and when: messages per audience per week, goals, campaigns and the mix of messages, from ${from} to ${until} (week ${firstWeek} to ${lastWeek}). Scheduled messages count, drafts do not.`,
    otherPeriod: 'Another period? In a terminal: herald plan --from <date> --weeks <number>.',
    loadTitle: 'Messages per audience per week',
    loadDesc: (segments, weeks) =>
      `Heatmap of ${segments} audiences over ${weeks} weeks. Each cell shows the number of messages that week; its colour says how full the audience's weekly budget is. An exclamation mark means over budget. Hatched weeks fall in a quiet period. The table below gives the same numbers.`,
    segment: 'Audience',
    week: 'Week',
    budget: 'budget',
    noBudget: 'no budget',
    overBudget: 'over budget',
    quietWeek: 'quiet period',
    messages: (n) => (n === 1 ? '1 message' : `${n} messages`),
    legend: { empty: 'No messages', under: 'Under budget', at: 'Budget full', over: 'Over budget (!)', quiet: 'Quiet period' },
    goalsTitle: 'Goals',
    goalsIntro: 'How many messages each goal gets in this period, and how we measure whether it works.',
    goalMessages: 'Messages',
    notActive: 'not active in this period',
    noMessagesYet: 'no messages yet',
    timelineTitle: 'Campaigns over time',
    timelineDesc: (n) =>
      `Timeline of ${n === 1 ? '1 campaign' : `${n} campaigns`}. A bar runs from a campaign's start to its end; a dot is a message, a diamond a dialogue moment. The list below names every message.`,
    noCampaigns: 'No campaign runs in this period.',
    dialogue: (n) => (n === 1 ? '1 dialogue moment' : `${n} dialogue moments`),
    noDialogue: 'no dialogue moment yet',
    scheduledMessage: 'scheduled message',
    mixTitle: 'Kinds of message per month',
    mixDesc: (n) => `Stacked bars for ${n === 1 ? '1 month' : `${n} months`}: the share of each kind of message. The table below sets the shares beside the plan's minimums.`,
    month: 'Month',
    total: 'Total',
    minimum: (percent) => `at least ${percent}`,
    underMinimum: 'under the minimum',
    tooFewToJudge: 'too few messages to judge',
    neglectedTitle: 'Audiences without news',
    neglectedNone: 'None: every audience hears something in time.',
    neglected: (name, from, until, days, limit) => `${name}: nothing from ${from} to ${until}, ${days} days (the plan says at most ${limit}).`,
    noMessagesInPeriod: 'There are no messages in this period.',
  },
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

// The same days recur on many pages (a message's page, its listings, feeds),
// and formatToParts costs microseconds each.
const formatted = new Map<string, string>();

function remembered(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = format();
    if (formatted.size >= 100_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
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
  // The wall-clock time from the zone offsets the loader caches, and the day
  // from formatPlainDay (remembered): every publish moment is a different
  // one, and formatToParts with a time zone for each was ~0.3 s of a
  // 10,000-message build.
  const local = localDateTime(instant(iso).getTime(), timeZone);
  const day = formatPlainDay(local.slice(0, 10), lang);
  const time = local.slice(11, 16);
  return time === '00:00' ? day : `${day} ${lang === 'nl' ? 'om' : 'at'} ${time}`;
}

/**
 * A calendar day (YYYY-MM-DD, e.g. a due date) with its weekday, which is
 * what people plan by: "vrijdag 13 februari 2026", "Friday 13 February 2026".
 * Read as UTC so no time zone can move it to the day before.
 */
export function formatDay(ymd: string, lang: Language): string {
  return remembered(`w\0${lang}\0${ymd}`, () => formatDayNow(ymd, lang));
}

function formatDayNow(ymd: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${ymd}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const p = partsOf(date, formatter(lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** A calendar date without the weekday, "17 september 2026", for dense lists and tables. */
export function formatPlainDay(ymd: string, lang: Language): string {
  return remembered(`p\0${lang}\0${ymd}`, () => formatPlainDayNow(ymd, lang));
}

function formatPlainDayNow(ymd: string, lang: Language): string {
  const p = partsOf(new Date(`${ymd}T00:00:00Z`), formatter(lang, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' }));
  return `${p.day} ${p.month} ${p.year}`;
}

/** The month of an instant in a time zone: "februari 2026", "February 2026". */
export function formatMonth(iso: string, lang: Language, timeZone: string): string {
  // By the month on the wall calendar, as formatDate does by the day: every
  // publish moment is a different instant, but they fall in few months.
  const month = localDateTime(instant(iso).getTime(), timeZone).slice(0, 7);
  return remembered(`m\0${lang}\0${month}`, () => {
    const p = partsOf(new Date(`${month}-15T00:00:00Z`), formatter(lang, 'UTC', { month: 'long', year: 'numeric' }));
    return `${p.month} ${p.year}`;
  });
}
