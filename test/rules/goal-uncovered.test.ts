import { afterEach, describe, expect, it, vi } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

function idAt(plan: string, id: string) {
  const lines = plan.split('\n');
  const index = lines.findIndex((l) => l.trim() === `- id: ${id}`);
  return { file: 'plans/plan.yaml', line: index + 1, column: lines[index]!.indexOf(id) + 1 };
}

// Test plan: roosterapp 2026-01-01 – 2026-06-30, veilig-werken 2026-07-01 – 2026-12-31.
const JUNE_JULY = {
  'content/2026/a.md': message({ date: '2026-06-01T09:00', audience: 'all' }),
  'content/2026/b.md': message({ date: '2026-06-22T09:00', audience: 'all' }),
  'content/2026/c.md': message({ date: '2026-07-13T09:00', audience: 'all', goal: 'roosterapp' }),
};

describe('goal-uncovered', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns at the goal in the plan when it is active in the period but has no message', async () => {
    const findings = only(await check(JUNE_JULY), 'goal-uncovered');
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        ...idAt(PLAN, 'veilig-werken'),
        messageId: 'no-message-in-period',
        data: { goal: 'veilig-werken', from: '2026-07-01', until: '2026-07-13' },
      },
    ]);
  });

  it('accepts a goal with a message in its period', async () => {
    const files = { ...JUNE_JULY, 'content/2026/c.md': message({ date: '2026-07-13T09:00', audience: 'all', goal: 'veilig-werken' }) };
    expect(await check(files)).toEqual([]);
  });

  it('does not ask for goals that are not active while the messages run', async () => {
    const files = {
      'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: 'all' }),
      'content/2026/b.md': message({ date: '2026-03-02T09:00', audience: 'all' }),
    };
    expect(await check(files)).toEqual([]);
  });

  it('does not count drafts, nor messages outside the goal’s own period', async () => {
    const draft = {
      ...JUNE_JULY,
      'content/2026/d.md': message({ date: '2026-07-08T09:00', audience: '[kantoor]', goal: 'veilig-werken', extra: 'draft: true' }),
    };
    expect(only(await check(draft), 'goal-uncovered')).toMatchObject([idAt(PLAN, 'veilig-werken')]);

    const early = { ...JUNE_JULY, 'content/2026/d.md': message({ date: '2026-06-24T09:00', audience: '[kantoor]', goal: 'veilig-werken' }) };
    expect(only(await check(early), 'goal-uncovered')).toMatchObject([idAt(PLAN, 'veilig-werken')]);
  });

  it('counts a goal without from and until as active for the whole period', async () => {
    const plan = PLAN.replace('campaigns:\n', '  - id: welzijn\n    title: Iedereen fit aan het werk\ncampaigns:\n');
    const files = {
      'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: 'all' }),
      'content/2026/b.md': message({ date: '2026-03-02T09:00', audience: 'all' }),
    };
    expect(only(await check(files, plan), 'goal-uncovered')).toMatchObject([
      { ...idAt(plan, 'welzijn'), messageId: 'no-message-in-period', data: { goal: 'welzijn', from: '2026-02-02', until: '2026-03-02' } },
    ]);
  });

  it('never depends on the day the check runs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-14T12:00:00Z'));
    const now = only(await check(JUNE_JULY), 'goal-uncovered');
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    const later = only(await check(JUNE_JULY), 'goal-uncovered');
    expect(later).toEqual(now);
    expect(now).toHaveLength(1);
    // And a goal still running "today" is not reported for days no message spans.
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    const files = { 'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: 'all' }) };
    expect(only(await check(files), 'goal-uncovered')).toEqual([]);
  });

  it('follows the severity set in the plan', async () => {
    expect(only(await check(JUNE_JULY, `${PLAN}rules:\n  goal-uncovered: error\n`), 'goal-uncovered')).toMatchObject([{ severity: 'error' }]);
    expect(only(await check(JUNE_JULY, `${PLAN}rules:\n  goal-uncovered: off\n`), 'goal-uncovered')).toEqual([]);
  });
});
