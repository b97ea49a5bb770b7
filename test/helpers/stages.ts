import { computeFacts } from '../../src/facts/project-facts.js';
import type { ProjectFacts } from '../../src/model/facts.js';
import { parseMessage, type ParsedMessage } from '../../src/load/parse-message.js';
import type { Diagnostic, Location } from '../../src/model/diagnostic.js';
import { compose, type LangChoice } from '../../src/messages/index.js';
import type { FrontMatterProblem, Message } from '../../src/model/message.js';
import type { Plan } from '../../src/model/plan.js';
import { validateMessage } from '../../src/validate/validate-message.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { PLAN } from './project.js';

/**
 * The stages one by one, in memory, for tests of the machinery (no temp
 * folders): plan text → Plan, message text → Message, both → facts.
 */

/** The plan validated, its problems in English (as `--lang en`; PLAN's site is Dutch) unless `lang` says otherwise. */
export function planOf(files: Record<string, string> | string = PLAN, lang: LangChoice = { flag: 'en' }): { plan: Plan; diagnostics: Diagnostic[] } {
  const entries = typeof files === 'string' ? { 'plans/plan.yaml': files } : files;
  return validatePlan(
    Object.entries(entries).map(([file, text]) => ({ file, text })),
    lang,
  );
}

export function parsed(text: string, file = 'content/2026/bericht.md'): ParsedMessage {
  return parseMessage({ file, text });
}

export function messageOf(text: string, file = 'content/2026/bericht.md', plan: Plan = planOf().plan): Message {
  return validateMessage(parseMessage({ file, text }), plan.site);
}

export function factsOf(plan: Plan, messages: Message[], contentFiles: Iterable<string> = messages.map((m) => m.file)): ProjectFacts {
  return computeFacts(plan, messages, new Set(contentFiles));
}

/** `line:column message` for compact assertions on plan diagnostics and front-matter problems. */
export function where(d: { line: number; column: number; message: string; file?: string }): string {
  return `${d.file ? `${d.file}:` : ''}${d.line}:${d.column} ${d.message}`;
}

/**
 * `line:column messageId` (with `file:` in front when there is one) of a
 * diagnostic or a front-matter problem: assertions that key on ids, never on
 * prose.
 */
export function whereId(d: { line: number; column: number; messageId?: string; file?: string } | { at: Location; messageId: string }): string {
  const { line, column } = 'at' in d ? d.at : d;
  const file = 'file' in d && d.file ? `${d.file}:` : '';
  return `${file}${line}:${column} ${d.messageId}`;
}

/** The English sentence of a front-matter problem, as the `front-matter` rule reports it. */
export function sentence(p: FrontMatterProblem): string {
  return compose('en', 'front-matter', p.messageId, p.data, p.expected);
}

/** The 1-based line and column of the first occurrence of `needle` in `text` (after `from` occurrences). */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" not found (occurrence ${occurrence})`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}
