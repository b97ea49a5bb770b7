import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';
import { compose } from '../../src/messages/index.js';

const FILE = 'content/2026/roosterapp.md';

// Test plan: quiet 2026-04-27 – 2026-05-01 (Inventarisatieweek), weekends: avoid.
describe('quiet-period', () => {
  it('warns at the date for a message in a quiet period', async () => {
    const text = message({ date: '2026-04-28T09:00' });
    expect(await check({ [FILE]: text })).toMatchObject([
      {
        ruleId: 'quiet-period',
        messageId: 'in-quiet-period',
        data: { date: '2026-04-28', reason: 'Inventarisatieweek', from: '2026-04-27', until: '2026-05-01' },
        severity: 'warning',
        file: FILE,
        ...positionOf(text, '2026-04-28T09:00'),
      },
    ]);
  });

  it('says to pick another date first, and quotes a reason without its own full stop, in both languages', async () => {
    const plan = PLAN.replace('reason: Inventarisatieweek', "reason: 'Meivakantie, veel collega''s zijn weg.'");
    const [d] = only(await check({ [FILE]: message({ date: '2026-04-28T09:00' }) }, plan), 'quiet-period');
    expect(d).toMatchObject({ messageId: 'in-quiet-period', data: { reason: "Meivakantie, veel collega's zijn weg" } });
    expect(d!.message).toBe('Pick another date: 2026-04-28 falls in the quiet period "Meivakantie, veel collega\'s zijn weg" (2026-04-27 – 2026-05-01).');
    expect(compose('nl', 'quiet-period', 'in-quiet-period', d!.data)).toBe(
      'Kies een andere datum: 2026-04-28 valt in de stille periode "Meivakantie, veel collega\'s zijn weg" (2026-04-27 – 2026-05-01).',
    );
  });

  it('includes the first and the last day of the quiet period, and not the days around it', async () => {
    expect(only(await check({ [FILE]: message({ date: '2026-04-27T07:00' }) }), 'quiet-period')).toHaveLength(1);
    expect(only(await check({ [FILE]: message({ date: '2026-05-01T17:00' }) }), 'quiet-period')).toHaveLength(1);
    expect(only(await check({ [FILE]: message({ date: '2026-04-24T09:00' }) }), 'quiet-period')).toEqual([]);
    expect(only(await check({ [FILE]: message({ date: '2026-05-04T09:00' }) }), 'quiet-period')).toEqual([]);
  });

  it('warns for a weekend when the calendar avoids weekends', async () => {
    const text = message({ date: '2026-02-07T10:00' });
    expect(await check({ [FILE]: text })).toMatchObject([
      { ruleId: 'quiet-period', messageId: 'on-saturday', data: { date: '2026-02-07' }, ...positionOf(text, '2026-02-07T10:00') },
    ]);
    expect(only(await check({ [FILE]: message({ date: '2026-02-08' }) }), 'quiet-period')).toMatchObject([
      { messageId: 'on-sunday', data: { date: '2026-02-08' } },
    ]);
  });

  it('accepts a weekend when the calendar allows weekends', async () => {
    const plan = PLAN.replace('weekends: avoid', 'weekends: allow');
    expect(await check({ [FILE]: message({ date: '2026-02-07T10:00' }) }, plan)).toEqual([]);
  });

  it('reads the weekday in the site time zone', async () => {
    // Friday 23:30 UTC is Saturday 00:30 in Amsterdam.
    const text = message({ date: '2026-02-06T23:30:00Z' });
    expect(only(await check({ [FILE]: text }), 'quiet-period')).toMatchObject([
      { messageId: 'on-saturday', data: { date: '2026-02-07' }, line: positionOf(text, '2026-02-06T23:30:00Z').line },
    ]);
    // Friday 22:30 in Amsterdam is still Friday.
    expect(only(await check({ [FILE]: message({ date: '2026-02-06T22:30' }) }), 'quiet-period')).toEqual([]);
  });

  it('suggests the rule id when the plan misspells it or cuts it short', async () => {
    const typo = await check({ [FILE]: message() }, `${PLAN}rules:\n  quiet-periode: error\n`);
    expect(only(typo, 'plan-schema')).toMatchObject([{ message: expect.stringContaining('did you mean "quiet-period"') }]);
    const short = await check({ [FILE]: message() }, `${PLAN}rules:\n  quiet: error\n`);
    expect(only(short, 'plan-schema')).toMatchObject([{ message: expect.stringContaining('did you mean "quiet-period"') }]);
  });

  it('follows the plan and the message settings', async () => {
    const text = message({ date: '2026-02-07T10:00' });
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  quiet-period: error\n`)).toMatchObject([
      { ruleId: 'quiet-period', messageId: 'on-saturday', severity: 'error', ...positionOf(text, '2026-02-07T10:00') },
    ]);
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  quiet-period: off\n`)).toEqual([]);
    expect(await check({ [FILE]: message({ date: '2026-02-07T10:00', extra: 'lint: {disable: [quiet-period]}' }) })).toEqual([]);
    const commented = text.replace('date:', '# herald-disable-next-line quiet-period\ndate:');
    expect(await check({ [FILE]: commented })).toEqual([]);
  });
});
