import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';
import { compose } from '../../src/messages/index.js';

/** Where a message's date value is. */
function dateOf(text: string): { line: number; column: number } {
  const { line, column } = positionOf(text, 'date: ');
  return { line, column: column + 'date: '.length };
}

// Test plan budgets: magazijn 2 per week, chauffeurs 3, kantoor 4, directie none.
describe('frequency-cap', () => {
  it('reports the third message to magazijn in 7 days, at its date, naming the other two', async () => {
    const files = {
      'content/2026/a-maandag.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b-woensdag.md': message({ date: '2026-02-04T09:00' }),
      'content/2026/c-donderdag.md': message({ date: '2026-02-05T09:00' }),
    };
    const diagnostics = await check(files);
    expect(diagnostics).toMatchObject([
      {
        ruleId: 'frequency-cap',
        messageId: 'over-budget',
        data: {
          segment: 'magazijn',
          count: 3,
          days: 7,
          date: '2026-02-05',
          budget: 2,
          others: ['content/2026/a-maandag.md', 'content/2026/b-woensdag.md'],
          otherDates: ['2026-02-02', '2026-02-04'],
        },
        severity: 'error',
        file: 'content/2026/c-donderdag.md',
        ...dateOf(files['content/2026/c-donderdag.md']),
      },
    ]);
    // The others are related places, at their dates.
    expect(diagnostics[0]!.related).toEqual([
      { file: 'content/2026/a-maandag.md', ...dateOf(files['content/2026/a-maandag.md']), messageId: 'other-message' },
      { file: 'content/2026/b-woensdag.md', ...dateOf(files['content/2026/b-woensdag.md']), messageId: 'other-message' },
    ]);
  });

  it('names one other message in the singular, in both languages', async () => {
    const plan = PLAN.replace('maxPerWeek: 2', 'maxPerWeek: 1');
    const files = {
      'content/2026/a-maandag.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b-woensdag.md': message({ date: '2026-02-04T09:00' }),
    };
    const [d, ...rest] = only(await check(files, plan), 'frequency-cap');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ messageId: 'over-budget', data: { count: 2, budget: 1, others: ['content/2026/a-maandag.md'] } });
    expect(d!.message).toContain('and this one (2026-02-04) goes over it; the other is content/2026/a-maandag.md (2026-02-02).');
    expect(compose('nl', 'frequency-cap', 'over-budget', d!.data)).toContain('kom je erboven. Het andere bericht is content/2026/a-maandag.md (2026-02-02).');
    const two = { ...d!.data, others: ['a.md', 'b.md'], otherDates: ['2026-02-02', '2026-02-03'] };
    expect(compose('nl', 'frequency-cap', 'over-budget', two)).toContain('De andere berichten zijn a.md (2026-02-02), b.md (2026-02-03).');
    expect(compose('en', 'frequency-cap', 'over-budget', two)).toContain('the others are a.md (2026-02-02), b.md (2026-02-03).');
  });

  it('a busy week with 4 messages for a budget of 2 is one finding, on the third, naming the other three once', async () => {
    const files = {
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00' }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00' }),
      'content/2026/d.md': message({ date: '2026-02-05T09:00' }),
    };
    const diagnostics = only(await check(files), 'frequency-cap');
    expect(diagnostics).toMatchObject([
      {
        file: 'content/2026/c.md',
        ...dateOf(files['content/2026/c.md']),
        data: {
          segment: 'magazijn',
          count: 4,
          budget: 2,
          from: '2026-02-02',
          until: '2026-02-05',
          date: '2026-02-04',
          others: ['content/2026/a.md', 'content/2026/b.md', 'content/2026/d.md'],
        },
      },
    ]);
    expect(diagnostics[0]!.related!.map((r) => r.file)).toEqual(['content/2026/a.md', 'content/2026/b.md', 'content/2026/d.md']);
  });

  it('two separate busy windows are two findings', async () => {
    const days = ['02', '03', '04', '16', '17', '18'];
    const files = Object.fromEntries(days.map((d) => [`content/2026/${d}.md`, message({ date: `2026-02-${d}T09:00` })]));
    expect(only(await check(files), 'frequency-cap')).toMatchObject([
      { file: 'content/2026/04.md', data: { count: 3, from: '2026-02-02', until: '2026-02-04' } },
      { file: 'content/2026/18.md', data: { count: 3, from: '2026-02-16', until: '2026-02-18' } },
    ]);
  });

  it('counts messages for audience: all for every segment', async () => {
    const d = message({ date: '2026-02-05T09:00', audience: 'all' });
    const diagnostics = await check({
      'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: 'all' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00', audience: 'all' }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00', audience: '[chauffeurs]' }),
      'content/2026/d.md': d,
    });
    // magazijn: a, b, d (3 > 2); chauffeurs: a, b, c, d (4 > 3); kantoor: a, b, d (3 <= 4).
    expect(only(diagnostics, 'frequency-cap')).toMatchObject([
      {
        file: 'content/2026/d.md',
        ...dateOf(d),
        messageId: 'over-budget',
        data: { segment: 'chauffeurs', count: 4, others: ['content/2026/a.md', 'content/2026/b.md', 'content/2026/c.md'] },
      },
      { file: 'content/2026/d.md', ...dateOf(d), messageId: 'over-budget', data: { segment: 'magazijn', count: 3 } },
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
    expect(only(tight, 'frequency-cap')).toMatchObject([{ file: 'content/2026/c.md', messageId: 'over-budget', data: { date: '2026-02-09' } }]);
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
      ['02', '03', '04', '05', '06'].map((day) => [
        `content/2026/d${day}.md`,
        message({ date: `2026-02-${day}T09:00`, audience: '[directie]', extra: 'channels: [e-mail]' }),
      ]),
    );
    expect(only(await check(files), 'frequency-cap')).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    const files = (extra?: string) => ({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00' }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00', ...(extra ? { extra } : {}) }),
    });
    expect(only(await check(files(), `${PLAN}rules:\n  frequency-cap: warn\n`), 'frequency-cap')).toMatchObject([
      { severity: 'warning', file: 'content/2026/c.md' },
    ]);
    expect(only(await check(files(), `${PLAN}rules:\n  frequency-cap: off\n`), 'frequency-cap')).toEqual([]);
    expect(only(await check(files('lint: {disable: [frequency-cap]}')), 'frequency-cap')).toEqual([]);
  });
});
