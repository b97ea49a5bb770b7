import { bodyTooDeep, MAX_BODY_DEPTH } from '../scope/body-depth.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'body-structure',
  scope: 'message',
  description: `The body nests no deeper than the site can render (${MAX_BODY_DEPTH} levels of lists, quotes and HTML elements inside each other).`,
  defaultSeverity: 'error',
  messages: {
    'nested-too-deeply': ['depth', 'limit'],
  },
  rationale:
    'A body nested thousands of levels deep (usually HTML pasted from another tool, or made to break the site) overflows the renderer, which would stop the whole build. The site leaves such a message out and publishes the rest; the check says where the nesting goes too deep.',
  example: {
    fail: '<div><div><div>… (300 levels deep) …</div></div></div>',
    pass: 'Plain paragraphs, and lists or quotes a few levels deep.',
  },
  check({ message, report }) {
    const tooDeep = bodyTooDeep(message);
    if (tooDeep) report({ at: tooDeep.at, messageId: 'nested-too-deeply', data: { depth: tooDeep.depth, limit: MAX_BODY_DEPTH } });
  },
});
