import { defineMessageRule } from '../model/rule.js';
import type { Finding } from '../model/rule.js';
import type { Plan } from '../model/plan.js';
import { slugify } from '../model/slug.js';
import { FIELD_MESSAGES, getPath } from '../validate/describe-issue.js';
import { closest } from '../validate/suggest.js';

/** The plan's ids a field names, by the field's path (`audience[1]`, `channels[0]`). */
function idsFor(field: string, plan: Plan): string[] | undefined {
  const name = /^[a-z]+/.exec(field)?.[0];
  if (name === 'audience') return [...plan.segmentById.keys()];
  if (name === 'goal') return [...plan.goalById.keys()];
  if (name === 'campaign') return [...plan.campaignById.keys()];
  if (name === 'channels') return [...plan.channelById.keys()];
  return undefined;
}

/**
 * An id written as words (`goal: Gezond werken`) becomes the plan's id the
 * writer most likely means (`gezond-werken`), or the plan's ids when none
 * is close: never a made-up example.
 */
function idForm(problem: Finding, data: Record<string, unknown>, plan: Plan): Finding | undefined {
  const field = problem.data?.field;
  if (problem.messageId !== 'kebab-case' || typeof field !== 'string' || !/^(?:audience(?:\[\d+\])?|goal|campaign|channels\[\d+\])$/.test(field))
    return undefined;
  const ids = idsFor(field, plan);
  const path = field
    .split(/[[\].]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const value = getPath(data, path);
  if (!ids || typeof value !== 'string') return undefined;
  // An id is written as a slug is: the same fold (accents, ligatures, apostrophes) gives the id the writer meant.
  const normal = slugify(value);
  const suggestion = ids.includes(normal) ? normal : closest(normal, ids);
  return {
    at: problem.at,
    messageId: 'id-form',
    data: suggestion ? { field, value } : { field, value, ids },
    ...(suggestion ? { expected: [suggestion] } : {}),
  };
}

export default defineMessageRule({
  id: 'front-matter',
  scope: 'message',
  defaultSeverity: 'error',
  messages: {
    'not-yaml': ['language'],
    unclosed: [],
    'too-deep': [],
    'colon-in-value': ['key', 'quoted'],
    'quote-value': ['key', 'quoted'],
    'bad-indent': ['key', 'sibling'],
    'tab-indent': ['key'],
    'duplicate-key': ['key'],
    'unclosed-quote': ['key'],
    'unclosed-list': ['key'],
    'unclosed-mapping': ['key'],
    'bad-escape': ['key'],
    'missing-colon': ['text'],
    'extra-document': [],
    'check-line': [],
    'comma-list': ['key', 'items'],
    'alt-outside-image': ['src', 'alt'],
    'id-form': ['field', 'value', 'ids'],
    unreadable: ['reason'],
    'unreadable-too-deep': [],
    'not-a-mapping': [],
    'no-front-matter': [],
    'unknown-field': ['key'],
    'required-field': ['key'],
    'unknown-rule-in-disable': ['id'],
    ...FIELD_MESSAGES,
  },
  check({ message, plan, report }) {
    // The validate stage already found these; this rule gives them an id and a severity.
    for (const problem of message.problems) report(idForm(problem, message.data, plan) ?? problem);
  },
});
