import { fieldLocation, TOP } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'feedback-missing',
  scope: 'message',
  description: 'A `change` or `dialogue` message says where to respond (`feedback`).',
  defaultSeverity: 'warning',
  messages: {
    'change-without-feedback': [],
    'dialogue-without-feedback': [],
  },
  rationale: 'Change lands better when people can ask and push back; a dialogue message without a place to respond is a broadcast.',
  example: {
    fail: 'kind: change\n# no feedback',
    pass: 'kind: change\nfeedback: https://intranet.example/vragen/roosterapp',
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
