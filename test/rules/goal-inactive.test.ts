import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';

// In the test plan, goal "roosterapp" runs 2026-01-01 – 2026-06-30 and campaign
// "invoering-app" 2026-02-01 – 2026-03-31; the site's time zone is Europe/Amsterdam.
describe('goal-inactive', () => {
  it('warns at the date when the message is published after its goal has ended', async () => {
    const text = message({ date: '2026-07-02T09:00' });
    expect(only(await check({ [FILE]: text }), 'goal-inactive')).toMatchObject([
      {
        messageId: 'after-goal',
        data: { date: '2026-07-02', id: 'roosterapp', until: '2026-06-30' },
        severity: 'warning',
        file: FILE,
        ...positionOf(text, '2026-07-02T09:00'),
      },
    ]);
  });

  it('warns when the message is published before its campaign starts, though the goal has begun', async () => {
    const text = message({ date: '2026-01-14T09:00', extra: 'campaign: invoering-app' });
    expect(only(await check({ [FILE]: text }), 'goal-inactive')).toMatchObject([
      {
        messageId: 'before-campaign',
        data: { date: '2026-01-14', id: 'invoering-app', from: '2026-02-01' },
        severity: 'warning',
        ...positionOf(text, '2026-01-14T09:00'),
      },
    ]);
  });

  it('accepts the first and last day of the period, late in the evening', async () => {
    const diagnostics = await check({
      'content/2026/a.md': message({ date: '2026-02-02T08:00', extra: 'campaign: invoering-app' }),
      'content/2026/b.md': message({ date: '2026-03-31T22:30', audience: '[kantoor]', extra: 'campaign: invoering-app' }),
      'content/2026/c.md': message({ date: '2026-06-30T23:30', audience: '[chauffeurs]' }),
    });
    expect(only(diagnostics, 'goal-inactive')).toEqual([]);
  });

  it('reads the date in the site time zone', async () => {
    // 23:30 UTC on 30 June is 01:30 on 1 July in Amsterdam: after the goal has ended.
    const text = message({ date: '2026-06-30T23:30:00Z' });
    const late = await check({ [FILE]: text });
    expect(only(late, 'goal-inactive')).toMatchObject([{ messageId: 'after-goal', data: { date: '2026-07-01' }, ...positionOf(text, '2026-06-30T23:30:00Z') }]);
    // 21:30 UTC is 23:30 in Amsterdam: still inside.
    expect(only(await check({ [FILE]: message({ date: '2026-06-30T21:30:00Z' }) }), 'goal-inactive')).toEqual([]);
  });

  it('never warns for a goal without a period', async () => {
    const plan = PLAN.replace('    from: 2026-01-01\n    until: 2026-06-30\n', '');
    expect(only(await check({ [FILE]: message({ date: '2027-03-02T09:00' }) }, plan), 'goal-inactive')).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    const asError = await check({ [FILE]: message({ date: '2026-07-02T09:00' }) }, `${PLAN}rules:\n  goal-inactive: error\n`);
    expect(only(asError, 'goal-inactive')).toMatchObject([{ severity: 'error', messageId: 'after-goal' }]);

    const off = await check({ [FILE]: message({ date: '2026-07-02T09:00' }) }, `${PLAN}rules:\n  goal-inactive: off\n`);
    expect(only(off, 'goal-inactive')).toEqual([]);

    const disabled = await check({ [FILE]: message({ date: '2026-07-02T09:00', extra: 'lint:\n  disable: [goal-inactive]' }) });
    expect(only(disabled, 'goal-inactive')).toEqual([]);
  });
});
