import { dutchBreaks } from './hyphenation.js';

/*
 * Syllable counting for readability formulas.
 *
 * A word is split into pieces at hyphens, and at apostrophes; a piece after
 * an apostrophe counts only if it has a vowel (collega's, zo'n, m'n, don't,
 * we're add nothing). Within a piece:
 * - each number counts 1 ("15", "2026", "09.00", "3,5": a number is one
 *   unit of reading effort; spelling it out would overweight dates and
 *   times);
 * - a short run of Latin letters without any vowel is read letter by letter
 *   (HR, pdf, KPN): 1 per letter; a longer one, or one in another script,
 *   counts 1;
 * - other letter runs go to the Dutch or English counter.
 * Any word with a letter or digit counts at least 1 (so "'s" and "'t" do);
 * anything else counts 0.
 */

const SHY = '\u00AD';
const HYPHENS = /[-\u2010\u2011]/;
const APOSTROPHES = /['\u2019]/;
const RUNS = /\p{L}+|\p{N}+(?:[.,:]\p{N}+)*/gu;
const LETTER_START = /\p{L}/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûüýÿ]/;
const COMBINING = /[\u0300-\u036f]/;
const SPELLED_OUT = /^[a-z]{1,5}$/;
// English contraction endings ('s 't 're 've 'll 'd 'm) are no syllable.
const EN_CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

const CACHE_LIMIT = 50_000;
const caches = { nl: new Map<string, number>(), en: new Map<string, number>() };

export function countSyllables(word: string, lang: 'nl' | 'en'): number {
  // Keyed by the word as written: hits (most calls) then skip lower-casing.
  const cache = caches[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const n = countUncached(word, lang);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, n);
  return n;
}

/**
 * `countSyllables` of the word text[start, end), without slicing it out: the
 * word is looked up by a hash of its characters in a direct-mapped table and
 * compared with the word the slot holds. Readability counts every word of
 * every message, and most were seen before; a slice and a Map lookup per word
 * were most of its time.
 */
export function syllablesIn(text: string, start: number, end: number, lang: 'nl' | 'en'): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const slot = ((hash ^ (hash >>> 15)) & (SLOTS - 1)) * 2 + (lang === 'nl' ? 0 : 1);
  const held = slotWords[slot];
  if (held !== undefined && held.length === end - start && sameChars(text, start, held)) return slotCounts[slot]!;
  const word = text.slice(start, end);
  const count = countSyllables(word, lang);
  // Two words with one slot take turns: the last one seen stays.
  slotWords[slot] = word;
  slotCounts[slot] = count;
  return count;
}

// Per language, so a slot is 2 × the hash's slot (+1 for English).
const SLOTS = 1 << 15;
const slotWords: (string | undefined)[] = new Array<string | undefined>(SLOTS * 2).fill(undefined);
const slotCounts = new Uint16Array(SLOTS * 2);

/** Whether text has `word` at `start` (its length checked by the caller). */
function sameChars(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

function countUncached(word: string, lang: 'nl' | 'en'): number {
  let w = word.toLowerCase();
  if (LETTERS_ONLY.test(w)) return countLetters(w, lang); // most words
  if (COMBINING.test(w)) w = w.normalize('NFC');
  if (w.includes(SHY)) w = w.split(SHY).join('');
  let total = 0;
  for (const piece of w.split(HYPHENS)) {
    const parts = piece.split(APOSTROPHES);
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      if (p > 0 && (!HAS_VOWEL.test(part) || (lang === 'en' && EN_CLITICS.has(part)))) continue;
      RUNS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RUNS.exec(part)) !== null) {
        const run = m[0];
        total += LETTER_START.test(run) ? countLetters(run, lang) : 1;
      }
    }
  }
  return total > 0 ? total : HAS_LETTER_OR_DIGIT.test(w) ? 1 : 0;
}

/** A run of lower-case letters (NFC). */
function countLetters(run: string, lang: 'nl' | 'en'): number {
  if (!HAS_VOWEL.test(run)) return SPELLED_OUT.test(run) ? run.length : 1;
  return lang === 'nl' ? countDutch(run) : countEnglish(run);
}

// ---------------------------------------------------------------- Dutch ----
//
// The hyphenation patterns know Dutch syllable boundaries, compounds
// included, far better than vowel counting. But they never split off a
// word's first or last letter (leftmin = rightmin = 2: o|ver, radi|o), and
// by Dutch convention they do not split a lone vowel off a compound part
// either (team|over|leg). So within every pattern segment we count vowel
// nuclei; a segment without a vowel (so|p|hie, a pattern artefact) adds
// nothing, and the word counts at least 1. Splitting consonant-
// separated vowels (over = o-ver) is always right in Dutch spelling. Two
// adjacent vowels that do not form one sound (the-a-ter, ra-di-o) are a
// split too, except ea/oa, which in English loans are one sound (team,
// coach, download): those are split only at the word's edges, where the
// patterns could not have (Kore-a, o-ase), and otherwise the patterns'
// decision stands.

// Works on char codes: this is the inner loop for every new word.
const CODE = (ch: string): number => ch.charCodeAt(0);
const J = CODE('j');
const Q = CODE('q');
const U = CODE('u');
const Y = CODE('y');

// Latin-1 lower case → its base letter (a-z); 0 for anything else. Accented
// letters act as their base vowel; diaeresis letters also always start a new
// syllable (be-ëin-di-gen, na-ïef, i-dee-ën), but combine forwards (ëi).
const BASE = new Uint8Array(256);
for (let c = CODE('a'); c <= CODE('z'); c++) BASE[c] = c;
for (const [letters, base] of [
  ['àáâä', 'a'],
  ['èéêë', 'e'],
  ['ìíîï', 'i'],
  ['òóôö', 'o'],
  ['ùúûü', 'u'],
  ['ýÿ', 'y'],
] as const) {
  for (const ch of letters) BASE[CODE(ch)] = CODE(base);
}
const DIAERESIS = new Set(['ä', 'ë', 'ï', 'ö', 'ü', 'ÿ'].map(CODE));
const VOWEL = new Uint8Array(128);
for (const ch of 'aeiouy') VOWEL[CODE(ch)] = 1;

const pairKey = (a: number, b: number): number => (a << 8) | b;
const keys = (groups: readonly string[]): Set<number> => new Set(groups.map((g) => [...g].reduce((key, ch) => (key << 8) | CODE(ch), 0)));
// One sound each; triphthongs are tried before digraphs.
const NL_TRIGRAPHS = keys(['ieu', 'eeu', 'oei', 'ooi', 'aai', 'eau']);
const NL_DIGRAPHS = keys(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'ou', 'au', 'ai', 'oi']);
// Adjacent vowels that are one sound in English loans and a hiatus in Dutch.
const NL_LOAN_PAIRS = keys(['ea', 'oa']);
// Always one sound (blue, issue, revue; Dutch writes that hiatus as uë).
const NL_NEVER_SPLIT = keys(['ue']);

function baseAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code < 256 ? BASE[code]! : 0;
}

function isVowelNl(s: string, i: number): boolean {
  const b = baseAt(s, i);
  if (VOWEL[b] !== 1) return false;
  // u after q is a consonant (enquête, quiz), and so is y before a vowel (yoga).
  if (b === U) return i === 0 || s.charCodeAt(i - 1) !== Q;
  if (b === Y) return i + 1 >= s.length || VOWEL[baseAt(s, i + 1)] !== 1;
  return true;
}

/** Length of the vowel group starting at s[i] (a vowel), ending by `end`. */
function groupLengthNl(s: string, i: number, end: number): number {
  const a = baseAt(s, i);
  let len = 1;
  if (i + 1 < end && !DIAERESIS.has(s.charCodeAt(i + 1))) {
    const ab = pairKey(a, baseAt(s, i + 1));
    if (i + 2 < end && !DIAERESIS.has(s.charCodeAt(i + 2)) && NL_TRIGRAPHS.has((ab << 8) | baseAt(s, i + 2))) {
      len = 3;
    } else if (NL_DIGRAPHS.has(ab)) {
      len = 2;
    }
  }
  // ay, ey, oy, uy in loans (display, hockey).
  if (i + len < end && s.charCodeAt(i + len) === Y && isVowelNl(s, i + len) && s.charCodeAt(i + len - 1) !== J) len++;
  return len;
}

/** Vowel nuclei in the pattern segment run[from, to). */
function nucleiNl(run: string, from: number, to: number): number {
  let n = 0;
  let prevEnd = -1;
  let prevLast = 0;
  let i = from;
  while (i < to) {
    if (!isVowelNl(run, i)) {
      i++;
      continue;
    }
    const len = groupLengthNl(run, i, to);
    if (prevEnd !== i || DIAERESIS.has(run.charCodeAt(i))) {
      n++;
    } else {
      const pair = pairKey(prevLast, baseAt(run, i));
      if (NL_NEVER_SPLIT.has(pair)) {
        // one sound
      } else if (NL_LOAN_PAIRS.has(pair)) {
        if (i === 1 || i === run.length - 1) n++;
      } else {
        n++;
      }
    }
    prevEnd = i + len;
    prevLast = baseAt(run, i + len - 1);
    i += len;
  }
  return n;
}

function countDutch(run: string): number {
  const breaks = dutchBreaks(run);
  let total = 0;
  let from = 0;
  for (let b = 0; b <= breaks.length; b++) {
    const to = b < breaks.length ? breaks[b]! : run.length;
    total += nucleiNl(run, from, to);
    from = to;
  }
  return Math.max(1, total);
}

// -------------------------------------------------------------- English ----
//
// A rule-based counter rather than the en-us hyphenation patterns: those are
// built for typesetting and skip many syllable breaks on purpose (evening,
// every, available stay whole or nearly so), which a first/last-letter
// correction cannot repair. Vowel groups, then the usual adjustments.

// Common words the rules below get wrong.
const EN_EXCEPTIONS: Readonly<Record<string, number>> = {
  people: 2,
  someone: 2,
  argue: 2,
  argued: 2,
  argues: 2,
  canyon: 2,
  element: 3,
  elements: 3,
  recipe: 3,
  recipes: 3,
  coordinate: 4,
  cooperate: 4,
  cooperation: 5,
  reality: 4,
  ideal: 3,
};

const EN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

// Each adds a syllable that vowel-group counting merges away (all compiled
// once, at load).
const EN_ADD: readonly RegExp[] = [
  /[^ctsxg]i(?:a|o(?!n))/, // media, radio, period (not social, nation, million)
  /iu/, // medium, premium
  /[^qg]u[ao]/, // actual, usual, duo (not equal, language)
  /^creat(?!u)|^react/, // create, reaction
  /(?:^|[^gc])eo|[gc]eo(?!n|us)/, // video, geography (not pigeon, gorgeous)
  /[aeiouy][^aeiouy]*eas?$/, // idea, areas (not sea)
  /(?:[^tc]|sc)ie(?:nt|nce|t)/, // client, science, quiet (not patient)
  /[aeiouy][^aeiouy]+ie(?:r|st)/, // easier, happiest
  /[aeiou]ings?$/, // being, going, doing
  /[^qg]ue[lnt]/, // cruel, fuel, fluent (not sequence)
  /oe[^aeiouys]/, // poem, poet (not does, goes, shoes)
  /[aeiou]sm$/, // tourism, sarcasm
];

// Compound heads whose final e is silent (some-thing, home-page, time-line),
// and suffixes after a silent e (late-ly, state-ment, use-ful).
const SILENT_E_HEADS =
  /^(?:some|home|time|life|base|side|care|safe|more|name|note|share|space|place|face|case|line|wide|whole|fire|love|hope|make|take)(?=[^aeiouy][a-z]*[aeiouy])/;
const SILENT_E_SUFFIX = /[aeiouy][^aeiouy]e(?:ly|ment|ments|ful|ness|less)$/;
const STEMS_OVERCOUNTED = /^every|^busi/; // ev-ry, biz-ness
const MARKS = /[\u0300-\u036f]/g;
const DIAERESIS_AFTER_VOWEL = /[aeiouy][äëïöü]/g;

function isVowelEn(s: string, i: number): boolean {
  const c = s[i];
  if (c === undefined || !EN_VOWELS.has(c)) return false;
  const prev = s[i - 1];
  const next = s[i + 1];
  // qu and gu before a vowel are consonants (quality, guest, language, league).
  if (c === 'u' && (prev === 'q' || (prev === 'g' && next !== undefined && EN_VOWELS.has(next)))) {
    return false;
  }
  if (c === 'y' && next !== undefined && EN_VOWELS.has(next) && next !== 'y') {
    // y before a vowel: a consonant at the start or after a vowel or w
    // (yes, player, lawyer); after a consonant its own vowel (fly-ing, an-y-one).
    return !(prev === undefined || EN_VOWELS.has(prev) || prev === 'w');
  }
  return true;
}

/** A consonant + l (or r) before a final e/ed/es: the l is syllabic (ta-ble, han-dled, cen-tre). */
function syllabicLiquid(w: string, at: number): boolean {
  const liquid = w[at];
  const before = w[at - 1];
  return (liquid === 'l' || liquid === 'r') && before !== undefined && before !== liquid && !isVowelEn(w, at - 1);
}

/** `raw`: lower-case NFC letters. */
function countEnglish(raw: string): number {
  const w = raw.normalize('NFD').replace(MARKS, '');
  const exception = EN_EXCEPTIONS[w];
  if (exception !== undefined) return exception;

  // Vowel groups; a vowel y before another vowel stands alone (fly-ing).
  let n = 0;
  let inGroup = false;
  for (let i = 0; i < w.length; i++) {
    if (!isVowelEn(w, i)) {
      inGroup = false;
      continue;
    }
    if (!inGroup) n++;
    inGroup = !(w[i] === 'y' && i > 0 && !EN_VOWELS.has(w[i - 1]!));
  }
  if (n === 0) return 1;
  // A diaeresis splits a vowel pair (naïve, Zoë).
  n += (raw.match(DIAERESIS_AFTER_VOWEL) ?? []).length;

  const last = w.length - 1;
  // A final e is silent (make, whole), but not in -Cle/-Cre (table, centre),
  // as the only vowel (the), or written é (café).
  if (n > 1 && w[last] === 'e' && !raw.endsWith('é') && !isVowelEn(w, last - 1) && !syllabicLiquid(w, last - 1)) {
    n--;
  }
  // -ed is silent except after t/d (wanted) and in -Cled (handled).
  if (n > 1 && w.length > 3 && w.endsWith('ed')) {
    const b = w[last - 2]!;
    if (!isVowelEn(w, last - 2) && b !== 't' && b !== 'd' && !syllabicLiquid(w, last - 2)) n--;
  }
  // -es is silent except after sibilants (buses, boxes, places, changes)
  // and in -Cles (tables).
  if (n > 1 && w.length > 3 && w.endsWith('es')) {
    const b = w[last - 2]!;
    const sibilant = 'sxzcg'.includes(b) || (b === 'h' && (w[last - 3] === 'c' || w[last - 3] === 's'));
    if (!isVowelEn(w, last - 2) && !sibilant && !syllabicLiquid(w, last - 2)) n--;
  }
  if (SILENT_E_HEADS.test(w) || SILENT_E_SUFFIX.test(w)) n--;
  if (STEMS_OVERCOUNTED.test(w)) n--;
  for (const re of EN_ADD) if (re.test(w)) n++;
  return Math.max(1, n);
}
