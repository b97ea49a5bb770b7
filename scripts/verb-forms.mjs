// Pure functions that derive verb forms, used by scripts/derive-verbs.mjs at
// development time (and by test/scripts/verb-forms.test.ts). Nothing here
// reads a file: the script feeds it OpenTaal's Hunspell data.

/**
 * Irregular Dutch imperatives, and verbs without one. Everything else follows
 * the spelling rules in `dutchImperativeCandidates`. `null`: the verb has no
 * imperative a call-to-action starts with (the modals; "hebben" opens "Heb je
 * vragen?", a question far more often than "Heb geduld").
 */
export const DUTCH_IRREGULAR = new Map([
  ['zijn', 'wees'],
  ['hebben', null],
  ['kunnen', null],
  ['moeten', null],
  ['mogen', null],
  ['zullen', null],
  ['willen', null],
  ['plegen', null], // "plegen" (to be used to) and "plegen" (to commit) share "pleeg"; neither is a call
]);

/**
 * Prefixes that are never stressed: the vowel of the syllable after them is
 * still the first stressed one ("beleven" → "beleef", "vergeten" → "vergeet").
 */
const UNSTRESSED_PREFIXES = ['be', 'ge', 'ver', 'her', 'ont', 'er'];

/**
 * Particles of Dutch separable verbs ("aanmelden": "Meld je aan"), longest
 * first. The Hunspell data's prefix flags (Pa–Pt) name most of them; the
 * rest are the common ones the flags lack ("in", "op", "toe", "terug", …).
 */
export const DUTCH_PARTICLES = [
  'achterover',
  'achteruit',
  'achterna',
  'achterom',
  'achterop',
  'achtereen',
  'aaneen',
  'uiteen',
  'samen',
  'terug',
  'binnen',
  'buiten',
  'achter',
  'dicht',
  'langs',
  'tegen',
  'onder',
  'voort',
  'klaar',
  'schoon',
  'thuis',
  'door',
  'over',
  'voor',
  'rond',
  'heen',
  'neer',
  'open',
  'vast',
  'aan',
  'mee',
  'uit',
  'toe',
  'weg',
  'bij',
  'los',
  'mis',
  'af',
  'in',
  'op',
  'na',
  'om',
].sort((a, b) => b.length - a.length);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isVowel = (c) => c !== undefined && VOWELS.has(c);

/** OpenTaal writes the Dutch ij as one letter (U+0133); herald reads text with two. */
export function normalizeDutch(word) {
  return word.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');
}

/**
 * The possible imperatives (the stem: "maken" → "maak") of a Dutch
 * infinitive by the spelling rules, the likelier first; `[]` when the verb
 * has none. More than one only when the rules cannot tell a stressed long e
 * from an unstressed e (schwa): "reserveren" → "reserveer", but "luisteren"
 * → "luister". That is a matter of stress, which spelling does not show;
 * `dutchImperative` asks the dictionary.
 *
 * 1. Irregulars from `DUTCH_IRREGULAR` ("zijn" → "wees").
 * 2. -n after a long vowel or diphthong: "gaan" → "ga", "doen" → "doe",
 *    "zien" → "zie", "skiën" → "ski".
 * 3. Otherwise drop -en: "werken" → "werk".
 * 4. A doubled consonant is single at the end of a word: "bakken" → "bak",
 *    "zetten" → "zet".
 * 5. A single vowel before a single consonant was in an open syllable
 *    ("ma-ken"): in the closed one it is written double, "maak", "loop",
 *    "veeg" — unless it is an unstressed e (schwa): "openen" → "open",
 *    "wandelen" → "wandel".
 * 6. No word ends in v or z: "leven" → "leef", "kiezen" → "kies",
 *    "verhuizen" → "verhuis".
 */
export function dutchImperativeCandidates(infinitive) {
  const verb = normalizeDutch(infinitive.toLowerCase());
  // "komen" and every verb made with it: "voorkomen" → "voorkom", "tekortkomen" → "tekortkom".
  if (verb.endsWith('komen')) return [`${verb.slice(0, -5)}kom`];
  if (DUTCH_IRREGULAR.has(verb)) {
    const irregular = DUTCH_IRREGULAR.get(verb);
    return irregular ? [irregular] : [];
  }
  for (const [suffix, stem] of [
    ['aan', 'a'],
    ['oen', 'oe'],
    ['ien', 'ie'],
    ['iën', 'i'],
  ]) {
    // "gaan", "ondergaan", "zien"; not "boeien" or "zaaien", where the i ends the stem.
    if (verb.endsWith(suffix) && verb.length > suffix.length && !isVowel(verb.at(-suffix.length - 1))) return [verb.slice(0, -suffix.length) + stem];
  }
  if (!verb.endsWith('en') || verb.length < 3) return [];
  let stem = verb.slice(0, -2);
  const last = stem.at(-1);
  const before = stem.at(-2);
  // 4. "bakk" → "bak", "kuss" → "kus".
  if (last !== undefined && last === before && !isVowel(last)) return [finalDevoicing(stem.slice(0, -1))];
  // 5. One vowel letter, not part of a digraph (oe, ie, eu, ei, ui, au, ou, ij, aa…), before one consonant.
  const vowel = stem.at(-2);
  const beforeVowel = stem.at(-3);
  // "kopiëren" → "kopieer", "creëren" → "creëer": the diaeresis starts a syllable, whose e is long when closed.
  if (vowel === 'ë' && last !== undefined && !isVowel(last)) {
    return [stem.slice(0, -2) + (beforeVowel === 'e' ? 'ëe' : 'ee') + last];
  }
  // "ue" is two syllables ("evalu-eren" → "evalueer"); a w after a vowel makes a diphthong ("waarschuwen" → "waarschuw").
  const digraph = isVowel(beforeVowel) && !(vowel === 'e' && beforeVowel === 'u');
  const single = last !== undefined && !isVowel(last) && last !== 'w' && isVowel(vowel) && vowel !== 'i' && vowel !== 'y' && !digraph;
  if (!single) return [finalDevoicing(stem)];
  const long = finalDevoicing(stem.slice(0, -1) + vowel + last);
  const short = finalDevoicing(stem);
  if (vowel !== 'e') return [long];
  // Schwa or long e? An e after another vowel of the word (not of an unstressed prefix) is mostly a schwa
  // ("open", "teken", "wandel", "luister"); a loan verb's -eren is the exception ("reserveer", "noteer").
  stem = stripUnstressedPrefix(stem.slice(0, -2));
  const earlierVowel = [...stem].some(isVowel);
  if (!earlierVowel) return [long, short];
  return verb.endsWith('eren') ? [long, short] : [short, long];
}

function stripUnstressedPrefix(start) {
  for (const prefix of UNSTRESSED_PREFIXES) {
    // Only with something left: "ge" of "geven" leaves "g" ("gev" minus its vowel) whole.
    if (start.startsWith(prefix) && start.length > prefix.length) return start.slice(prefix.length);
  }
  return start;
}

/** No Dutch word ends in v or z; a stem that would is written with f or s. */
function finalDevoicing(stem) {
  if (stem.endsWith('v')) return `${stem.slice(0, -1)}f`;
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}s`;
  return stem;
}

/** Prefixes a Dutch verb is built with (besides the particles): the imperative of the verb after them keeps them. */
const VERB_PREFIXES = ['beet', 'bloot', 'vol', 'weer', 'her', 'ont', 'ver', 'be', 'ge', 'er', 'mis'];

/**
 * The imperative of a Dutch infinitive, or `undefined`. What spelling cannot
 * tell (a stressed or unstressed e) the dictionary settles, through the
 * predicates when given:
 *
 * - `isInfinitive`: a verb made of a prefix or particle and another verb
 *   takes that verb's imperative ("beoordelen" → "be" + "oordeel",
 *   "beetnemen" → "beet" + "neem"): the stress is the other verb's.
 * - `isKnownStem`: the dictionary lists each verb's stem (Hunspell flag V3),
 *   so the candidate it knows wins ("luisteren" → "luister").
 * - `isWord`: failing that, a candidate that is a word at all ("cijferen" →
 *   "cijfer", the noun) wins over one that is not ("cijfeer").
 */
export function dutchImperative(infinitive, { isKnownStem, isWord, isInfinitive } = {}) {
  const verb = normalizeDutch(infinitive.toLowerCase());
  if (isInfinitive && !DUTCH_IRREGULAR.has(verb)) {
    for (const prefix of [...DUTCH_PARTICLES, ...VERB_PREFIXES]) {
      const rest = verb.slice(prefix.length);
      if (verb.startsWith(prefix) && rest.length >= 4 && isInfinitive(rest)) {
        const form = dutchImperative(rest, { isKnownStem, isWord, isInfinitive });
        // "Behebben", "vermoeten": a verb without an imperative makes one with a prefix no more.
        if (form) return prefix + form;
        break;
      }
    }
  }
  const candidates = dutchImperativeCandidates(verb);
  if (candidates.length < 2) return candidates[0];
  return (isKnownStem && candidates.find(isKnownStem)) || (isWord && candidates.find(isWord)) || candidates[0];
}

/** The particle a Dutch separable verb starts with and the verb after it ("aanmelden" → ["aan", "melden"]), or undefined. */
export function splitParticle(word, isInfinitive) {
  for (const particle of DUTCH_PARTICLES) {
    if (word.length > particle.length + 2 && word.startsWith(particle) && isInfinitive(word.slice(particle.length))) {
      return [particle, word.slice(particle.length)];
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Hunspell: just enough of the .aff format to expand suffix flags.

/**
 * The suffix rules of a Hunspell .aff file with `FLAG long` (two-character
 * flags), by flag: [strip, add, condition, morphology].
 */
export function parseAffixes(aff) {
  const rules = new Map();
  for (const line of aff.split('\n')) {
    const parts = line.split(/\s+/);
    if ((parts[0] !== 'SFX' && parts[0] !== 'PFX') || parts.length < 5) continue;
    const [kind, flag, strip, add, condition, ...morph] = parts;
    const rule = {
      kind,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add.split('/')[0],
      condition: new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`, 'u'),
      morph: morph.join(' '),
    };
    const list = rules.get(flag) ?? [];
    list.push(rule);
    rules.set(flag, list);
  }
  return rules;
}

/** The two-character flags of a .dic line ("bakken/PbPjVi" → ["Pb", "Pj", "Vi"]) and its word. */
export function parseDicLine(line) {
  const slash = line.indexOf('/');
  const word = slash === -1 ? line.trim() : line.slice(0, slash);
  const flagText = slash === -1 ? '' : line.slice(slash + 1).split(/\s/)[0];
  const flags = [];
  for (let i = 0; i + 1 < flagText.length; i += 2) flags.push(flagText.slice(i, i + 2));
  return { word, flags };
}

/** The forms a suffix or prefix flag makes of a word, with each rule's morphology ("ts:NN2"). */
export function applyAffix(word, rules) {
  const out = [];
  for (const rule of rules ?? []) {
    if (!rule.condition.test(word)) continue;
    if (rule.kind === 'SFX') {
      if (rule.strip && !word.endsWith(rule.strip)) continue;
      out.push({ form: word.slice(0, word.length - rule.strip.length) + rule.add, morph: rule.morph });
    } else {
      if (rule.strip && !word.startsWith(rule.strip)) continue;
      out.push({ form: rule.add + word.slice(rule.strip.length), morph: rule.morph });
    }
  }
  return out;
}
