import { fieldLocation } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'channel-reach',
  scope: 'message',
  description: "Every channel a message lists reaches every segment in its audience (it is in the segment's `channels`).",
  defaultSeverity: 'error',
  messages: {
    'misses-segment': ['channel', 'segment'],
    'misses-segments': ['channel', 'segments'],
  },
  rationale:
    'Frontline staff often have no desk and no company mail. A message for them on the intranet or by e-mail does not arrive, however well it is written.',
  example: {
    fail: 'audience: [magazijn]\nchannels: [intranet]   # magazijn has channels [app, teamoverleg]',
    pass: 'audience: [magazijn]\nchannels: [app, teamoverleg]',
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
