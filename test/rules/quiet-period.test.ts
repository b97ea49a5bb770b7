import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const FILE = 'content/2026/roosterapp.md';

// Test plan: quiet 2026-04-27 – 2026-05-01 (Inventarisatieweek), weekends: avoid.
describe('quiet-period', () => {
  it('warns at the date for a message in a quiet period', async () => {
    const diagnostics = await check({ [FILE]: message({ date: '2026-04-28T09:00' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'quiet-period', severity: 'warning', file: FILE, line: 3, column: 7 }]);
    expect(diagnostics[0]!.message).toBe('Published on 2026-04-28, in the quiet period "Inventarisatieweek" (2026-04-27 – 2026-05-01).');
  });

  it('includes the first and the last day of the quiet period, and not the days around it', async () => {
    expect(only(await check({ [FILE]: message({ date: '2026-04-27T07:00' }) }), 'quiet-period')).toHaveLength(1);
    expect(only(await check({ [FILE]: message({ date: '2026-05-01T17:00' }) }), 'quiet-period')).toHaveLength(1);
    expect(only(await check({ [FILE]: message({ date: '2026-04-24T09:00' }) }), 'quiet-period')).toEqual([]);
    expect(only(await check({ [FILE]: message({ date: '2026-05-04T09:00' }) }), 'quiet-period')).toEqual([]);
  });

  it('warns for a weekend when the calendar avoids weekends', async () => {
    const diagnostics = await check({ [FILE]: message({ date: '2026-02-07T10:00' }) });
    expect(diagnostics).toMatchObject([
      { ruleId: 'quiet-period', line: 3, column: 7, message: 'Published on a Saturday (2026-02-07), and the calendar avoids weekends.' },
    ]);
    expect(only(await check({ [FILE]: message({ date: '2026-02-08' }) }), 'quiet-period')).toMatchObject([{ message: expect.stringContaining('Sunday') }]);
  });

  it('accepts a weekend when the calendar allows weekends', async () => {
    const plan = PLAN.replace('weekends: avoid', 'weekends: allow');
    expect(await check({ [FILE]: message({ date: '2026-02-07T10:00' }) }, plan)).toEqual([]);
  });

  it('reads the weekday in the site time zone', async () => {
    // Friday 23:30 UTC is Saturday 00:30 in Amsterdam.
    expect(only(await check({ [FILE]: message({ date: '2026-02-06T23:30:00Z' }) }), 'quiet-period')).toMatchObject([
      { line: 3, message: expect.stringContaining('Saturday (2026-02-07)') },
    ]);
    // Friday 22:30 in Amsterdam is still Friday.
    expect(only(await check({ [FILE]: message({ date: '2026-02-06T22:30' }) }), 'quiet-period')).toEqual([]);
  });

  it('suggests the rule id when the plan misspells it or cuts it short', async () => {
    const typo = await check({ [FILE]: message() }, `${PLAN}rules:\n  quiet-periode: error\n`);
    expect(only(typo, 'plan-schema')).toMatchObject([{ suggestion: 'quiet-period', message: expect.stringContaining('did you mean "quiet-period"') }]);
    const short = await check({ [FILE]: message() }, `${PLAN}rules:\n  quiet: error\n`);
    expect(only(short, 'plan-schema')).toMatchObject([{ suggestion: 'quiet-period', message: expect.stringContaining('did you mean "quiet-period"') }]);
  });

  it('follows the plan and the message settings', async () => {
    const text = message({ date: '2026-02-07T10:00' });
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  quiet-period: error\n`)).toMatchObject([{ ruleId: 'quiet-period', severity: 'error', line: 3, column: 7 }]);
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  quiet-period: off\n`)).toEqual([]);
    expect(await check({ [FILE]: message({ date: '2026-02-07T10:00', extra: 'lint: {disable: [quiet-period]}' }) })).toEqual([]);
    const commented = text.replace('date:', '# herald-disable-next-line quiet-period\ndate:');
    expect(await check({ [FILE]: commented })).toEqual([]);
  });
});
