import { z } from 'zod';
import { fieldLocation, TOP } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import { scanWords } from '../text/words.js';

export default defineMessageRule({
  id: 'why-missing',
  scope: 'message',
  defaultSeverity: 'error',
  messages: {
    'no-why': [],
    'why-repeats-title': [],
    'why-too-short': ['count', 'minWords'],
  },
  options: z.object({ minWords: z.number().int().positive().default(6) }).strict(),
  check({ message, options, report }) {
    const { why, title } = message.fields;
    // Front-matter that cannot be read is a front-matter error; whether it has a why is unknown.
    if (!message.frontMatterReadable) return;
    if (why === undefined && message.presentKeys.has('why')) {
      // A why of the wrong type (a number, a list) is reported by front-matter, not as a missing why.
      const raw: unknown = message.data.why;
      if (raw !== null && raw !== undefined && raw !== '') return;
    }
    if (why === undefined || why.trim() === '') {
      report({
        at: message.presentKeys.has('why') ? fieldLocation(message, ['why']) : TOP,
        messageId: 'no-why',
      });
      return;
    }
    if (title !== undefined && normalise(why) === normalise(title)) {
      report({ at: fieldLocation(message, ['why']), messageId: 'why-repeats-title' });
      return;
    }
    let words = 0;
    scanWords(why, () => words++);
    if (words < options.minWords) {
      report({
        at: fieldLocation(message, ['why']),
        messageId: 'why-too-short',
        data: { count: words, minWords: options.minWords },
      });
    }
  },
});

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
