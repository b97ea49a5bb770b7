import { fieldLocation, TOP } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'feedback-missing',
  scope: 'message',
  defaultSeverity: 'warning',
  messages: {
    'change-without-feedback': [],
    'dialogue-without-feedback': [],
  },
  check({ message, report }) {
    const { kind, feedback } = message.fields;
    if ((kind !== 'change' && kind !== 'dialogue') || feedback || message.presentKeys.has('feedback')) return;
    report({
      at: message.presentKeys.has('kind') ? fieldLocation(message, ['kind']) : TOP,
      messageId: `${kind}-without-feedback`,
    });
  },
});
