import { fieldLocation, otherFieldLocation, TOP } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';
import type { Location } from '../model/diagnostic.js';
import type { Message, MessageSummary } from '../model/message.js';

export default defineMessageRule({
  id: 'duplicate-slug',
  scope: 'message',
  dependsOn: 'messages',
  defaultSeverity: 'error',
  messages: {
    'same-url': ['url', 'others'],
    // A related place: another message published at the same URL.
    'other-message': [],
  },
  check({ message, facts, report }) {
    if (!message.url) return;
    const same = facts.byUrl.get(message.url);
    if (!same || same.length < 2) return;
    const others = same.filter((m) => m.file !== message.file);
    report({
      at: urlAt(message),
      messageId: 'same-url',
      data: { url: message.url, others: others.map((m) => m.file) },
      related: others.map((m) => {
        const field = urlField(m);
        return { file: m.file, ...(field ? otherFieldLocation(m, field) : TOP), messageId: 'other-message' };
      }),
    });
  },
});

/** What decides a message's URL: its slug, else its date (the year), else the top of the file. */
function urlField(message: MessageSummary & { presentKeys?: ReadonlySet<string> }): readonly string[] | undefined {
  return message.presentKeys?.has('slug') ? ['slug'] : message.presentKeys?.has('date') ? ['date'] : undefined;
}

function urlAt(message: Message): Location {
  const field = urlField(message);
  return field ? fieldLocation(message, field) : TOP;
}
