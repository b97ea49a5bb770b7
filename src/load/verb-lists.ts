import { readFileSync } from 'node:fs';

/**
 * A language's verbs for the cta-vague rule: derived at development time
 * from OpenTaal's Hunspell data (Dutch) and wink-lexicon (English) by
 * scripts/derive-verbs.mjs into data/verbs/<lang>.txt, which ships with the
 * package. A file is a header of `#` lines, then sections: a `[name]` line
 * and one word a line. Reading and building the sets takes a few
 * milliseconds (docs/architecture.md, "Rules"); nothing is downloaded.
 */
export interface VerbList {
  /** Imperatives: "maak", "meld", "sweep". */
  imperatives: ReadonlySet<string>;
  /** Dutch infinitives, without a separable particle: "maken", "melden". */
  infinitives: ReadonlySet<string>;
  /** Dutch infinitives (with a particle or not) that are nouns as well: "vragen", "aanvragen". */
  nounInfinitives: ReadonlySet<string>;
  /** Verbs that start a call as a noun more often: "lunch", "tip", "bike". */
  nounVerbs: ReadonlySet<string>;
  /** Particles of Dutch separable verbs, longest first: "aan", "af", "in". */
  particles: readonly string[];
}

export function loadVerbList(lang: 'nl' | 'en'): VerbList {
  const text = readFileSync(new URL(`../../data/verbs/${lang}.txt`, import.meta.url), 'utf8');
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) sections.set(line.slice(1, -1), (current = []));
    else current?.push(line);
  }
  const words = (name: string) => sections.get(name) ?? [];
  return {
    imperatives: new Set(words('imperatives')),
    infinitives: new Set(words('infinitives')),
    nounInfinitives: new Set(words('noun-infinitives')),
    nounVerbs: new Set(words('noun-verbs')),
    particles: words('particles'),
  };
}
