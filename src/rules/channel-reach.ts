import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'channel-reach',
  scope: 'message',
  defaultSeverity: 'error',
  messages: {
    'misses-segment': ['channel', 'segment'],
    'misses-segments': ['channel', 'segments'],
  },
  check({ message, plan, facts, report }) {
    const channels = message.fields.channels;
    if (!channels?.length) return;
    const segments = facts.audienceOf(message);
    channels.forEach((channelId, index) => {
      if (!plan.channelById.has(channelId)) return; // unknown-reference reports that
      const missed = segments.filter((id) => {
        const segment = plan.segmentById.get(id);
        return segment !== undefined && !segment.channels.includes(channelId);
      });
      if (missed.length === 0) return;
      report({
        at: fieldLocation(message, ['channels', index]),
        ...(missed.length > 1
          ? { messageId: 'misses-segments', data: { channel: channelId, segments: missed } }
          : { messageId: 'misses-segment', data: { channel: channelId, segment: missed[0]! } }),
      });
    });
  },
});
