import { defineMessageRule } from '../model/rule.js';
import { FIELD_MESSAGES } from '../validate/describe-issue.js';

export default defineMessageRule({
  id: 'front-matter',
  scope: 'message',
  description: 'Front-matter is YAML with title, date, audience and goal, in the right types and formats, and no unknown keys.',
  defaultSeverity: 'error',
  messages: {
    'not-yaml': ['language'],
    unclosed: [],
    'too-deep': [],
    'yaml-error': ['reason'],
    unreadable: ['reason'],
    'unreadable-too-deep': [],
    'not-a-mapping': [],
    'no-front-matter': [],
    'unknown-field': ['key'],
    'required-field': ['key'],
    'unknown-rule-in-disable': ['id'],
    ...FIELD_MESSAGES,
  },
  rationale:
    'Every other check and every page of the site reads the front-matter. A misspelt key or an impossible date would otherwise be ignored silently, and the message would reach nobody or the wrong people.',
  example: {
    fail: '---\ntitle: Nieuwe roosterapp\ndate: 2026-02-30\naudiance: [magazijn]\ngoal: regie-over-rooster\n---',
    pass: '---\ntitle: Nieuwe roosterapp\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: regie-over-rooster\n---',
  },
  check({ message, report }) {
    // The validate stage already found these; this rule gives them an id and a severity.
    for (const problem of message.problems) report(problem);
  },
});
