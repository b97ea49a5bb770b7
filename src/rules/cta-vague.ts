import { z } from 'zod';
import { textsOf } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { loadWordList } from '../load/word-lists.js';
import { loadVerbList, type VerbList } from '../load/verb-lists.js';
import { compileTerms, findTerms, type TermMatcher } from '../text/terms.js';
import { tokenizeWords } from '../text/words.js';

type Lang = 'nl' | 'en';
type PerLanguage = Record<Lang, string[]>;
const lists = loadWordList<{
  verbs: PerLanguage;
  vague: PerLanguage;
  places: PerLanguage;
  objects: PerLanguage;
  complements: PerLanguage;
  leadIns: PerLanguage;
}>('cta');
const setsOf = (list: PerLanguage) => ({ nl: new Set(list.nl), en: new Set(list.en) });
const OBJECTS = setsOf(lists.objects);
const COMPLEMENTS = setsOf(lists.complements);
// Either language's: "Please" opens Dutch calls too.
const LEAD_INS = new Set([...lists.leadIns.nl, ...lists.leadIns.en]);
// The derived lexicons (data/verbs/), each read on the first check of a message in its language: a few
// milliseconds, which commands that check nothing, and projects in one language, skip for the other.
const lexicons: Partial<Record<Lang, VerbList>> = {};
const lexiconOf = (lang: Lang): VerbList => (lexicons[lang] ??= loadVerbList(lang));

const perLanguage = z
  .object({ nl: z.array(z.string()).default([]), en: z.array(z.string()).default([]) })
  .strict()
  .default({ nl: [], en: [] });

interface Compiled {
  verbs: Set<string>;
  vague: TermMatcher | undefined;
  places: TermMatcher | undefined;
}
const compiled = new WeakMap<object, Record<Lang, Compiled>>();

export default defineMessageRule({
  id: 'cta-vague',
  scope: 'message',
  defaultSeverity: 'warning',
  // The example a sentence gives is in the message's language: `-en` for a message in English.
  messages: {
    'vague-cta': ['text'],
    'vague-cta-en': ['text'],
    'no-leading-verb': ['text'],
    'no-leading-verb-en': ['text'],
    'no-where-or-when': [],
  },
  options: z
    .object({ verbs: perLanguage, vague: perLanguage, places: perLanguage })
    .strict()
    .default({ verbs: { nl: [], en: [] }, vague: { nl: [], en: [] }, places: { nl: [], en: [] } }),
  builtIn: {
    vague: { file: 'data/wordlists/cta.yaml', entries: (['nl', 'en'] as const).flatMap((lang) => lists.vague[lang].map((w) => `${lang}: ${w}`)) },
    places: { file: 'data/wordlists/cta.yaml', entries: (['nl', 'en'] as const).flatMap((lang) => lists.places[lang].map((w) => `${lang}: ${w}`)) },
  },
  check({ message, options, report }) {
    const cta = message.fields.cta;
    const text = cta?.text?.trim();
    if (!cta || !text) return; // cta-missing reports that
    let lists = compiled.get(options);
    if (!lists) {
      lists = { nl: compile('nl', options), en: compile('en', options) };
      compiled.set(options, lists);
    }
    const words = lists[message.lang];
    // A getter: locating a value builds the positioned YAML document, which only findings need.
    const at = () => textsOf(message, ['cta'])[0]!.whole();

    const vague = findTerms(words.vague, text)[0];
    if (vague && vague.index === 0) {
      report({ at: at(), messageId: message.lang === 'en' ? 'vague-cta-en' : 'vague-cta', data: { text } });
      return;
    }
    if (!startsWithVerb(text, message.lang, lists)) {
      report({ at: at(), messageId: message.lang === 'en' ? 'no-leading-verb-en' : 'no-leading-verb', data: { text } });
    }
    if (!cta.url && !cta.due && !WHEN.test(text) && findTerms(words.places, text).length === 0) {
      report({ at: at(), messageId: 'no-where-or-when' });
    }
  },
});

/**
 * Whether a call-to-action starts with a verb the reader can do. It does
 * when its first word (after a lead-in: "Please", "Graag", "Nu") is
 *
 * - an imperative: of the message's language from the derived lexicon
 *   ("Ontdooi", "Sweep"), or from either language's list in
 *   data/wordlists/cta.yaml and the plan (a Dutch message borrows "Check";
 *   the whole English lexicon is not let into Dutch text, where "Team" or
 *   "Plan" would pass as verbs). A separable verb starts with its stem and
 *   leaves the particle for later: "Meld je vóór 1 maart aan", "Schuif aan".
 * - the polite Dutch imperative, stem + t before "u": "Meldt u aan", "Gaat u
 *   naar de balie".
 * - a Dutch infinitive as an instruction, its particle joined on:
 *   "Aanmelden kan tot 1 maart", "Reserveren via de app". Not one that is a
 *   noun as well ("Vragen? Mail …", "Aanvragen voor 1 mei"), except after a
 *   lead-in: "Graag aanvragen vóór 1 mei".
 * - a verb that is a noun first ("Tip", "Lunch", in data/verbs/) before a
 *   word a verb takes ("Tip een collega"), any word before an object
 *   pronoun ("Text your manager"), the last part of a hyphenated verb
 *   ("Double-check").
 */
function startsWithVerb(text: string, lang: Lang, words: Record<Lang, Compiled>): boolean {
  const found = tokenizeWords(text);
  const tokens = found.map((t) => t.word.toLowerCase());
  const courtesy = LEAD_INS.has(tokens[0] ?? '');
  const i = courtesy ? 1 : 0;
  const first = tokens[i];
  if (first === undefined) return false;
  const next = tokens[i + 1];
  // "Tip: …", "Lunch? …": punctuation right after the first word makes it a heading, not a verb.
  const heading = next !== undefined && /[:?]/.test(text.slice(found[i]!.end, found[i + 1]!.start));
  const lexicon = lexiconOf(lang);
  const isImperative = (word: string) => lexicon.imperatives.has(word) || words.nl.verbs.has(word) || words.en.verbs.has(word);
  if (isImperative(first)) return true;
  // "Double-check", "E-mail": the last part is the verb.
  const head = first.includes('-') ? first.slice(first.lastIndexOf('-') + 1) : undefined;
  if (head && isImperative(head)) return true;
  // "Heb je vragen? Mail …": a question first, whose verb is no call.
  const question = /^[^.!]*\?/u.test(text);
  if (next !== undefined && !heading && !question && !OBJECTS[lang].has(first) && !COMPLEMENTS[lang].has(first)) {
    // Before "your", "je" a word is a verb, even one no lexicon has as a verb yet ("Text your manager").
    if (OBJECTS[lang].has(next) && /^\p{L}+$/u.test(first)) return true;
    // A noun-first verb before an article or a preposition a verb takes: "Tip een collega", "Bike to work".
    if (COMPLEMENTS[lang].has(next) && lexicon.nounVerbs.has(first)) return true;
  }
  if (lang === 'nl' && tokens[courtesy ? 2 : 1] === 'u' && first.endsWith('t')) {
    const stem = first.slice(0, -1);
    // "Gaat u", "Staat u": the stem is "ga", "sta".
    if (isImperative(stem) || (stem.endsWith('aa') && isImperative(stem.slice(0, -1)))) return true;
  }
  if (lang !== 'nl') return false;
  const nl = lexiconOf('nl');
  const infinitive =
    nl.infinitives.has(first) || nl.particles.some((p) => first.startsWith(p) && first.length > p.length + 3 && nl.infinitives.has(first.slice(p.length)));
  return infinitive && (courtesy || !nl.nounInfinitives.has(first));
}

// A day, date or time in the text says by when as well as cta.due does ("Kom dinsdag 24 november om 09.00 uur").
// Not "may" or "march": in English those are verbs as often as months.
const WHEN =
  /(?<![\p{L}\p{N}])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|vandaag|morgen|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december|today|tomorrow)(?![\p{L}\p{N}])|\d{1,2}[.:]\d{2}|\d{1,2}[-/]\d{1,2}/iu;

function compile(lang: Lang, options: { verbs: PerLanguage; vague: PerLanguage; places: PerLanguage }): Compiled {
  return {
    // Only the first word counts: "Meld je aan" starts with "meld".
    verbs: new Set([...lists.verbs[lang], ...options.verbs[lang]].map((v) => v.toLowerCase().split(/\s+/)[0]!)),
    vague: compileTerms([...lists.vague[lang], ...options.vague[lang]]),
    places: compileTerms([...lists.places[lang], ...options.places[lang]]),
  };
}
