import { fieldLocation } from '../scope/locate.js';
import { nodesOf } from '../scope/node-index.js';
import { defineMessageRule } from '../model/rule.js';
import type { Fix } from '../model/diagnostic.js';
import type { SourceText } from '../model/source-text.js';
import { closest } from '../validate/suggest.js';
import { replaceScalar } from '../scope/fixes.js';

/**
 * The one id the writer can have meant: `closest`'s suggestion, when no other
 * id would have been suggested on its own. With two near ids (`team-a`,
 * `team-b` for `team-c`) a fix would be a guess.
 */
function onlyMatch(id: string, ids: readonly string[], suggestion: string | undefined): string | undefined {
  if (suggestion === undefined) return undefined;
  return ids.every((other) => other === suggestion || closest(id, [other]) === undefined) ? suggestion : undefined;
}

/** The segment of a `:::for{segment=…}` line replaced, when the line names it exactly once (plain or in quotes). */
function forSegmentFix(source: SourceText, line: number, segment: string, id: string): Fix | undefined {
  const text = source.lineText(line);
  const escaped = segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hits = [...text.matchAll(new RegExp(`(?<=[{\\s]segment=(["']?))${escaped}(?=\\1[\\s}])`, 'g'))];
  if (hits.length !== 1 || !/^:{3,}\s*for\s*\{/.test(text)) return undefined;
  const start = source.offsetOfLine(line) + hits[0]!.index!;
  return { range: [start, start + segment.length], text: id };
}

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
      const only = onlyMatch(id, ids, suggestion);
      // `audience: magazjin` names its one segment without a list.
      const at = path[0] === 'audience' && typeof message.data.audience === 'string' ? ['audience'] : path;
      const fix = only === undefined ? undefined : replaceScalar(message, at, only, id);
      // No close match: the ids the plan does have, as herald new offers them.
      report({
        at: fieldLocation(message, path),
        messageId: `unknown-${kind}`,
        data: suggestion ? { id } : { id, ids },
        ...(suggestion ? { expected: [suggestion] } : {}),
        ...(fix ? { fix } : {}),
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
      const only = onlyMatch(segment, ids, suggestion);
      const fix = only === undefined ? undefined : forSegmentFix(message.source, at.line, segment, only);
      report({
        at,
        messageId: 'unknown-for-segment',
        data: suggestion ? { id: segment } : { id: segment, ids },
        ...(suggestion ? { expected: [suggestion] } : {}),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
