import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Word lists live in data/wordlists/*.yaml (as Vale keeps its vocabularies in
 * data) so a team can read and extend them without touching code; the plan's
 * `rules:` options add to them per project.
 */
export function loadWordList<T>(name: string): T {
  const url = new URL(`../../data/wordlists/${name}.yaml`, import.meta.url);
  return parse(readFileSync(url, 'utf8')) as T;
}

export interface TermMatch {
  term: string;
  index: number;
  text: string;
}

/**
 * One regular expression for a whole list of words and phrases, matched
 * case-insensitively on whole words. A trailing `*` matches any ending
 * ("exclusie*"); spaces in a phrase match any run of white space.
 */
export function compileTerms(terms: readonly string[]): RegExp | undefined {
  const unique = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  // Longest first, so "nu of nooit" wins over "nu".
  unique.sort((a, b) => b.length - a.length);
  const alternatives = unique.map((term) => {
    const wildcard = term.endsWith('*');
    const body = (wildcard ? term.slice(0, -1) : term)
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    return wildcard ? `${body}[\\p{L}\\p{N}'’-]*` : body;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function findTerms(pattern: RegExp | undefined, text: string): TermMatch[] {
  if (!pattern) return [];
  const out: TermMatch[] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) out.push({ term: m[0].toLowerCase(), index: m.index!, text: m[0] });
  return out;
}
