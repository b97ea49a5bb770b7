import { readFileSync } from 'node:fs';

/**
 * A language's verbs for the cta-vague rule: derived at development time
 * from OpenTaal's Hunspell data (Dutch) and wink-lexicon (English) by
 * scripts/derive-verbs.mjs into data/verbs/<lang>.txt, which ships with the
 * package. A file is a header of `#` lines, then sections: a `[name]` line
 * and one word a line. Reading and building the sets takes a few
 * milliseconds (docs/architecture.md, "Rules"); nothing is downloaded.
 */
/** A list of words to look words up in. */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

export interface VerbList {
  /** Imperatives: "maak", "meld", "sweep". */
  imperatives: WordSet;
  /** Dutch infinitives, without a separable particle: "maken", "melden". */
  infinitives: WordSet;
  /** Dutch infinitives (with a particle or not) that are nouns as well: "vragen", "aanvragen". */
  nounInfinitives: WordSet;
  /** Verbs that start a call as a noun more often: "lunch", "tip", "bike". */
  nounVerbs: WordSet;
  /** Particles of Dutch separable verbs, longest first: "aan", "af", "in". */
  particles: readonly string[];
}

/**
 * Reads a language's lists. The sections hold their words sorted (the
 * script sorts them), so a word is looked up by binary search in the file's
 * text itself: building Sets of 17,000 Dutch words took ~50 ms of every check
 * (a sixth of start-up), for the few hundred look-ups a project's calls to
 * action need.
 */
export function loadVerbList(lang: 'nl' | 'en'): VerbList {
  const text = readFileSync(new URL(`../../data/verbs/${lang}.txt`, import.meta.url), 'utf8');
  const sections = new Map<string, SortedWords>();
  // Each section runs from the line after its `[name]` line to the next one (or the end).
  for (let at = text.startsWith('[') ? 0 : text.indexOf('\n[') + 1; at > 0 || (at === 0 && text.startsWith('['));) {
    const headerEnd = text.indexOf('\n', at);
    const next = text.indexOf('\n[', headerEnd === -1 ? text.length : headerEnd);
    const end = next === -1 ? text.length : next + 1;
    sections.set(text.slice(at + 1, headerEnd === -1 ? text.length : headerEnd - 1), new SortedWords(text, headerEnd === -1 ? end : headerEnd + 1, end));
    at = next === -1 ? -1 : next + 1;
  }
  const words = (name: string) => sections.get(name) ?? new SortedWords('', 0, 0);
  return {
    imperatives: words('imperatives'),
    infinitives: words('infinitives'),
    nounInfinitives: words('noun-infinitives'),
    nounVerbs: words('noun-verbs'),
    particles: words('particles').all(),
  };
}

/** The words of text[from, to), one a line in sorted order (UTF-16 code units, as `Array.prototype.sort`), looked up in place. */
class SortedWords implements WordSet {
  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get size(): number {
    return this.all().length;
  }

  /** The words in the order of the file. */
  all(): string[] {
    return this.text
      .slice(this.from, this.to)
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
  }

  has(word: string): boolean {
    const text = this.text;
    // Both bounds are line starts; every line in between ends with a line break, or at `to`.
    let lo = this.from;
    let hi = this.to;
    while (lo < hi) {
      const start = text.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
      const lineStart = start < lo ? lo : start;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > hi) lineEnd = hi;
      const order = compareTo(word, text, lineStart, lineEnd);
      if (order === 0) return true;
      if (order < 0) hi = lineStart;
      else lo = lineEnd + 1;
    }
    return false;
  }
}

/** `word` against text[from, to), by UTF-16 code units as `<` compares strings: negative, 0 or positive. */
function compareTo(word: string, text: string, from: number, to: number): number {
  const length = to - from;
  const n = Math.min(word.length, length);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - text.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return word.length - length;
}
