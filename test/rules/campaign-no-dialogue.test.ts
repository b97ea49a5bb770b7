import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

// The test plan's campaign "invoering-app" (2026-02-01 – 2026-03-31) has requireFeedback: false; drop it for the default (true).
const CAMPAIGN_PLAN = PLAN.replace('    requireFeedback: false\n', '');
const CAMPAIGN = 'campaign: invoering-app';
const FEEDBACK = 'feedback: https://intranet.example/vragen/roosterapp';

function idAt(plan: string, id: string) {
  const lines = plan.split('\n');
  const index = lines.findIndex((l) => l.trim() === `- id: ${id}`);
  return { file: 'plans/plan.yaml', line: index + 1, column: lines[index]!.indexOf(id) + 1 };
}

const NEWS_ONLY = {
  'content/2026/a.md': message({ date: '2026-02-02T09:00', extra: CAMPAIGN }),
  'content/2026/b.md': message({ date: '2026-02-16T09:00', audience: '[kantoor]', kind: 'success', extra: CAMPAIGN }),
};

describe('campaign-no-dialogue', () => {
  it('warns at the campaign in the plan when it has no dialogue message', async () => {
    const findings = only(await check(NEWS_ONLY, CAMPAIGN_PLAN), 'campaign-no-dialogue');
    expect(findings).toMatchObject([
      { severity: 'warning', ...idAt(CAMPAIGN_PLAN, 'invoering-app'), messageId: 'no-dialogue-message', data: { campaign: 'invoering-app' } },
    ]);
  });

  it('accepts a campaign with a dialogue message', async () => {
    const files = {
      ...NEWS_ONLY,
      'content/2026/c.md': message({ date: '2026-02-10T09:00', audience: '[chauffeurs]', kind: 'dialogue', extra: `${CAMPAIGN}\n${FEEDBACK}` }),
    };
    expect(await check(files, CAMPAIGN_PLAN)).toEqual([]);
  });

  it('does not count a dialogue draft, or a dialogue message outside the campaign', async () => {
    const draft = {
      ...NEWS_ONLY,
      'content/2026/c.md': message({ date: '2026-02-10T09:00', kind: 'dialogue', extra: `${CAMPAIGN}\n${FEEDBACK}\ndraft: true` }),
    };
    expect(only(await check(draft, CAMPAIGN_PLAN), 'campaign-no-dialogue')).toHaveLength(1);
    const unrelated = { ...NEWS_ONLY, 'content/2026/c.md': message({ date: '2026-02-10T09:00', audience: '[chauffeurs]', kind: 'dialogue', extra: FEEDBACK }) };
    expect(only(await check(unrelated, CAMPAIGN_PLAN), 'campaign-no-dialogue')).toHaveLength(1);
  });

  it('leaves campaigns with requireFeedback: false alone', async () => {
    expect(only(await check(NEWS_ONLY, PLAN), 'campaign-no-dialogue')).toEqual([]);
  });

  it('leaves campaigns outside the period of the messages alone', async () => {
    const files = {
      'content/2026/a.md': message({ date: '2026-05-04T09:00' }),
      'content/2026/b.md': message({ date: '2026-05-18T09:00', audience: '[kantoor]' }),
    };
    expect(only(await check(files, CAMPAIGN_PLAN), 'campaign-no-dialogue')).toEqual([]);
  });

  it('follows the severity set in the plan', async () => {
    expect(only(await check(NEWS_ONLY, `${CAMPAIGN_PLAN}rules:\n  campaign-no-dialogue: error\n`), 'campaign-no-dialogue')).toMatchObject([
      { severity: 'error' },
    ]);
    expect(only(await check(NEWS_ONLY, `${CAMPAIGN_PLAN}rules:\n  campaign-no-dialogue: off\n`), 'campaign-no-dialogue')).toEqual([]);
  });
});
