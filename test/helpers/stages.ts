import { computeFacts } from '../../src/facts/project-facts.js';
import type { ProjectFacts } from '../../src/model/facts.js';
import { parseMessage, type ParsedMessage } from '../../src/load/parse-message.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Message } from '../../src/model/message.js';
import type { Plan } from '../../src/model/plan.js';
import { validateMessage } from '../../src/validate/validate-message.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { PLAN } from './project.js';

/**
 * The stages one by one, in memory, for tests of the machinery (no temp
 * folders): plan text → Plan, message text → Message, both → facts.
 */

export function planOf(files: Record<string, string> | string = PLAN): { plan: Plan; diagnostics: Diagnostic[] } {
  const entries = typeof files === 'string' ? { 'plans/plan.yaml': files } : files;
  return validatePlan(Object.entries(entries).map(([file, text]) => ({ file, text })));
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
