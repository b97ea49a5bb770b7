import { afterEach, describe, expect, it, vi } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const PLAN_21 = PLAN.replace('neglectAfterDays: 60', 'neglectAfterDays: 21');
const NOT_MAGAZIJN = '[chauffeurs, kantoor, directie]';

/** Where the plan defines a segment, goal or campaign: the value of its `id`. */
function idAt(plan: string, id: string, file = 'plans/plan.yaml') {
  const lines = plan.split('\n');
  const index = lines.findIndex((l) => l.trim() === `- id: ${id}`);
  return { file, line: index + 1, column: lines[index]!.indexOf(id) + 1 };
}

// Every two weeks for everyone but magazijn, which hears nothing between 2 February and 16 March.
const SILENT_MAGAZIJN = {
  'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: 'all' }),
  'content/2026/b.md': message({ date: '2026-02-16T09:00', audience: NOT_MAGAZIJN }),
  'content/2026/c.md': message({ date: '2026-03-02T09:00', audience: NOT_MAGAZIJN }),
  'content/2026/d.md': message({ date: '2026-03-16T09:00', audience: 'all' }),
};

describe('segment-neglected', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns at the segment in the plan when it hears nothing for longer than neglectAfterDays', async () => {
    const findings = only(await check(SILENT_MAGAZIJN, PLAN_21), 'segment-neglected');
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        ...idAt(PLAN_21, 'magazijn'),
        messageId: 'no-message-for-days',
        data: { segment: 'magazijn', days: 42, from: '2026-02-02', until: '2026-03-16', limit: 21 },
      },
    ]);
  });

  it('warns about a segment that gets no message at all in the period', async () => {
    const files = {
      'content/2026/a.md': message({ date: '2026-02-02T09:00', audience: '[magazijn, chauffeurs, kantoor]' }),
      'content/2026/b.md': message({ date: '2026-02-23T09:00', audience: '[magazijn, chauffeurs, kantoor]' }),
      'content/2026/c.md': message({ date: '2026-03-16T09:00', audience: '[magazijn, chauffeurs, kantoor]' }),
    };
    expect(only(await check(files, PLAN_21), 'segment-neglected')).toMatchObject([
      {
        ...idAt(PLAN_21, 'directie'),
        messageId: 'no-message-at-all',
        data: { segment: 'directie', first: '2026-02-02', last: '2026-03-16', days: 42, limit: 21 },
      },
    ]);
  });

  it('accepts a segment that hears something every three weeks, exactly neglectAfterDays apart', async () => {
    // magazijn: 2 February, 23 February, 16 March: gaps of 21 days.
    const files = { ...SILENT_MAGAZIJN, 'content/2026/e.md': message({ date: '2026-02-23T09:00' }) };
    expect(await check(files, PLAN_21)).toEqual([]);
  });

  it('does not count a draft as a message', async () => {
    const files = { ...SILENT_MAGAZIJN, 'content/2026/e.md': message({ date: '2026-02-23T09:00', extra: 'draft: true' }) };
    expect(only(await check(files, PLAN_21), 'segment-neglected')).toMatchObject([
      { ...idAt(PLAN_21, 'magazijn'), messageId: 'no-message-for-days', data: { days: 42 } },
    ]);
  });

  it('looks only at the period the messages span, never at today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-17T12:00:00Z'));
    const dayAfter = await check(SILENT_MAGAZIJN, PLAN_21);
    vi.setSystemTime(new Date('2031-01-01T12:00:00Z'));
    const yearsLater = await check(SILENT_MAGAZIJN, PLAN_21);
    vi.setSystemTime(new Date('2025-06-01T12:00:00Z'));
    const before = await check(SILENT_MAGAZIJN, PLAN_21);
    expect(only(yearsLater, 'segment-neglected')).toEqual(only(dayAfter, 'segment-neglected'));
    expect(only(before, 'segment-neglected')).toEqual(only(dayAfter, 'segment-neglected'));
    expect(only(dayAfter, 'segment-neglected')).toHaveLength(1);
  });

  it('reports against the plan file that defines the segments', async () => {
    const segments = /^segments:\n(?: {2}.*\n)+/m.exec(PLAN_21)![0];
    const plan = PLAN_21.replace(segments, '');
    const findings = only(await check({ ...SILENT_MAGAZIJN, 'plans/segments.yaml': segments }, plan), 'segment-neglected');
    expect(findings).toMatchObject([idAt(segments, 'magazijn', 'plans/segments.yaml')]);
  });

  it('follows the severity set in the plan', async () => {
    expect(only(await check(SILENT_MAGAZIJN, `${PLAN_21}rules:\n  segment-neglected: error\n`), 'segment-neglected')).toMatchObject([{ severity: 'error' }]);
    expect(only(await check(SILENT_MAGAZIJN, `${PLAN_21}rules:\n  segment-neglected: off\n`), 'segment-neglected')).toEqual([]);
  });
});
