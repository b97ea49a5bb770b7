import { findTermsEach, joinTerms, type TermMatch, type TermMatcher } from '../text/terms.js';
import type { LocatedText } from './locate.js';

/**
 * The terms of a list in a located text, found in one scan for every list in
 * use. hype (its words) and readability (its plain words) both read every
 * text of every message (the texts `textsOf` keeps per message); one pass
 * over the characters for both instead of one each saves about 40 ms of a
 * 10,000-message check (docs/benchmarks.md).
 *
 * "In use" is the lists asked for most recently: a rule compiles its list
 * once per options object, so a check has one or two per rule (readability
 * one per language), and the language server a few more as the plan changes.
 * A list that is joined but not asked for costs little: its terms are tried
 * only at words that start one.
 */
export function termsIn(located: LocatedText, matcher: TermMatcher | undefined): TermMatch[] {
  if (!matcher) return [];
  if (!inUse.includes(matcher)) {
    inUse.unshift(matcher);
    if (inUse.length > MAX_IN_USE) inUse.pop();
    joined = undefined;
  }
  joined ??= joinTerms([...inUse]);
  let found = located.terms;
  if (found?.joined !== joined) located.terms = found = { joined, each: findTermsEach(joined, located.text) };
  return found.each[joined.parts.indexOf(matcher)]!;
}

const MAX_IN_USE = 8;
const inUse: TermMatcher[] = [];
let joined: TermMatcher | undefined;
