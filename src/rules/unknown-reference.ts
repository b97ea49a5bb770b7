import { fieldLocation } from '../scope/locate.js';
import { nodesOf } from '../scope/node-index.js';
import { defineMessageRule } from '../model/rule.js';
import { closest } from '../validate/suggest.js';

export default defineMessageRule({
  id: 'unknown-reference',
  scope: 'message',
  defaultSeverity: 'error',
  messages: {
    'unknown-segment': ['id', 'ids'],
    'unknown-goal': ['id', 'ids'],
    'unknown-campaign': ['id', 'ids'],
    'unknown-channel': ['id', 'ids'],
    'for-without-segment': [],
    'unknown-for-segment': ['id', 'ids'],
  },
  check({ message, plan, report }) {
    const { fields } = message;
    const check = (
      kind: 'segment' | 'goal' | 'campaign' | 'channel',
      id: string,
      known: Map<string, unknown>,
      invalid: Set<string>,
      path: (string | number)[],
    ) => {
      if (known.has(id) || invalid.has(id)) return;
      // An array, not known.keys(): closest() walks the candidates more than once.
      const ids = [...known.keys()];
      const suggestion = closest(id, ids);
      // No close match: the ids the plan does have, as herald new offers them.
      report({
        at: fieldLocation(message, path),
        messageId: `unknown-${kind}`,
        data: suggestion ? { id } : { id, ids },
        ...(suggestion ? { expected: [suggestion] } : {}),
      });
    };

    if (Array.isArray(fields.audience)) {
      // For `audience: magazijn` the path ['audience', 0] falls back to the scalar itself.
      fields.audience.forEach((id, i) => check('segment', id, plan.segmentById, plan.invalidIds.segments, ['audience', i]));
    } else if (fields.audience === 'all') {
      // `audience: [all, magazjin]` reaches everyone, but the typo beside `all` is still a typo.
      const raw: unknown = message.data.audience;
      if (Array.isArray(raw)) {
        raw.forEach((id, i) => {
          if (typeof id === 'string' && id !== 'all') check('segment', id, plan.segmentById, plan.invalidIds.segments, ['audience', i]);
        });
      }
    }
    if (fields.goal) check('goal', fields.goal, plan.goalById, plan.invalidIds.goals, ['goal']);
    if (fields.campaign) check('campaign', fields.campaign, plan.campaignById, plan.invalidIds.campaigns, ['campaign']);
    fields.channels?.forEach((id, i) => check('channel', id, plan.channelById, plan.invalidIds.channels, ['channels', i]));

    for (const node of nodesOf(message, 'containerDirective')) {
      if (node.name !== 'for' || !node.position) continue;
      const at = { line: node.position.start.line, column: node.position.start.column };
      const segment = node.attributes?.segment;
      if (!segment) {
        report({ at, messageId: 'for-without-segment' });
        continue;
      }
      if (plan.segmentById.has(segment) || plan.invalidIds.segments.has(segment)) continue;
      const ids = [...plan.segmentById.keys()];
      const suggestion = closest(segment, ids);
      report({
        at,
        messageId: 'unknown-for-segment',
        data: suggestion ? { id: segment } : { id: segment, ids },
        ...(suggestion ? { expected: [suggestion] } : {}),
      });
    }
  },
});
