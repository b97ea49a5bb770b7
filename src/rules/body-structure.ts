import { bodyTooDeep, MAX_BODY_DEPTH, MAX_MARKDOWN_DEPTH } from '../scope/body-depth.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'body-structure',
  scope: 'message',
  defaultSeverity: 'error',
  docData: { depth: MAX_BODY_DEPTH },
  messages: {
    'nested-too-deeply': ['depth', 'limit'],
    'markdown-too-deep': ['limit'],
  },
  check({ message, report }) {
    const tooDeep = bodyTooDeep(message);
    if (tooDeep?.markdown) report({ at: tooDeep.at, messageId: 'markdown-too-deep', data: { limit: MAX_MARKDOWN_DEPTH } });
    else if (tooDeep) report({ at: tooDeep.at, messageId: 'nested-too-deeply', data: { depth: tooDeep.depth, limit: MAX_BODY_DEPTH } });
  },
});
