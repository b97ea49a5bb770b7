import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

// Test plan budgets: magazijn 2 per week, chauffeurs 3, kantoor 4, directie none.
describe('frequency-cap', () => {
  it('reports the third message to magazijn in 7 days, at its date, naming the other two', async () => {
    const diagnostics = await check({
      'content/2026/a-maandag.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b-woensdag.md': message({ date: '2026-02-04T09:00' }),
      'content/2026/c-donderdag.md': message({ date: '2026-02-05T09:00' }),
    });
    expect(diagnostics).toMatchObject([{ ruleId: 'frequency-cap', severity: 'error', file: 'content/2026/c-donderdag.md', line: 3, column: 7 }]);
    expect(diagnostics[0]!.message).toBe(
      'Segment "magazijn" gets 3 messages in the 7 days up to 2026-02-05, over its budget of 2 per week; the others are content/2026/a-maandag.md (2026-02-02), content/2026/b-woensdag.md (2026-02-04).',
    );
  });

  it('counts messages for audience: all for every segment', async () => {
    const diagnostics = await check({
      'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: 'all' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00', audience: 'all' }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00', audience: '[chauffeurs]' }),
      'content/2026/d.md': message({ date: '2026-02-05T09:00', audience: 'all' }),
    });
    // magazijn: a, b, d (3 > 2); chauffeurs: a, b, c, d (4 > 3); kantoor: a, b, d (3 <= 4).
    expect(only(diagnostics, 'frequency-cap')).toMatchObject([
      { file: 'content/2026/d.md', line: 3, column: 7, message: expect.stringMatching(/^Segment "chauffeurs" gets 4 messages.*a\.md.*b\.md.*c\.md/) },
      { file: 'content/2026/d.md', line: 3, column: 7, message: expect.stringMatching(/^Segment "magazijn" gets 3 messages/) },
    ]);
  });

  it('does not count drafts', async () => {
    const diagnostics = await check({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-04T09:00', extra: 'draft: true' }),
      'content/2026/c.md': message({ date: '2026-02-05T09:00' }),
    });
    expect(only(diagnostics, 'frequency-cap')).toEqual([]);
  });

  it('uses a sliding window of 7 calendar days', async () => {
    // Monday, Wednesday and the next Monday: the first has left the window.
    const spread = await check({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-04T09:00' }),
      'content/2026/c.md': message({ date: '2026-02-09T09:00' }),
    });
    expect(only(spread, 'frequency-cap')).toEqual([]);
    // Tuesday, Wednesday and the next Monday: all three within 7 days.
    const tight = await check({
      'content/2026/a.md': message({ date: '2026-02-03T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-04T09:00' }),
      'content/2026/c.md': message({ date: '2026-02-09T08:00' }),
    });
    expect(only(tight, 'frequency-cap')).toMatchObject([{ file: 'content/2026/c.md', line: 3 }]);
  });

  it('only counts the messages a segment receives', async () => {
    const diagnostics = await check({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00', audience: '[kantoor]' }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00', audience: '[chauffeurs]' }),
      'content/2026/d.md': message({ date: '2026-02-05T09:00' }),
    });
    expect(diagnostics).toEqual([]);
  });

  it('never limits a segment without maxPerWeek', async () => {
    const files = Object.fromEntries(
      ['02', '03', '04', '05', '06'].map((day) => [`content/2026/d${day}.md`, message({ date: `2026-02-${day}T09:00`, audience: '[directie]', extra: 'channels: [e-mail]' })]),
    );
    expect(only(await check(files), 'frequency-cap')).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    const files = (extra?: string) => ({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00' }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00', ...(extra ? { extra } : {}) }),
    });
    expect(only(await check(files(), `${PLAN}rules:\n  frequency-cap: warn\n`), 'frequency-cap')).toMatchObject([{ severity: 'warning', file: 'content/2026/c.md' }]);
    expect(only(await check(files(), `${PLAN}rules:\n  frequency-cap: off\n`), 'frequency-cap')).toEqual([]);
    expect(only(await check(files('lint: {disable: [frequency-cap]}')), 'frequency-cap')).toEqual([]);
  });
});
