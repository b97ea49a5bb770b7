import { fieldLocation, TOP } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'cta-missing',
  scope: 'message',
  defaultSeverity: 'error',
  messages: { 'no-cta': [] },
  check({ message, report }) {
    const text = message.fields.cta?.text;
    if (text !== undefined && text.trim() !== '') return;
    // Front-matter that cannot be read is a front-matter error; whether it has a cta is unknown.
    if (!message.frontMatterReadable) return;
    if (message.fields.cta === undefined && message.presentKeys.has('cta')) {
      // A cta with text but an invalid part (a javascript: url, an unknown key) is reported by
      // front-matter; the call-to-action itself is there.
      const raw: unknown = message.data.cta;
      const rawText = typeof raw === 'string' ? raw : raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).text : undefined;
      if (rawText !== undefined && rawText !== null && String(rawText).trim() !== '') return;
    }
    report({
      at: message.presentKeys.has('cta') ? fieldLocation(message, ['cta']) : TOP,
      messageId: 'no-cta',
    });
  },
});
