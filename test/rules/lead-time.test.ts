import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
const change = (date: string, effective: string, kind = 'change') =>
  message({ kind, date, extra: `effective: ${effective}\nfeedback: https://intranet.example/vragen` });

// Test plan: leadTimeDays 14.
describe('lead-time', () => {
  it('reports a change announced 9 days before it takes effect, at the date', async () => {
    const text = change('2026-02-20T09:00', '2026-03-01');
    expect(await check({ [FILE]: text })).toMatchObject([
      {
        ruleId: 'lead-time',
        messageId: 'too-close-to-effective',
        data: { days: 9, effective: '2026-03-01', leadTimeDays: 14 },
        severity: 'error',
        file: FILE,
        ...positionOf(text, '2026-02-20T09:00'),
      },
    ]);
  });

  it('reports a change published after its effective date', async () => {
    const text = change('2026-03-03T09:00', '2026-03-01');
    expect(only(await check({ [FILE]: text }), 'lead-time')).toMatchObject([
      {
        messageId: 'after-effective',
        data: { date: '2026-03-03', days: 2, effective: '2026-03-01', leadTimeDays: 14 },
        ...positionOf(text, '2026-03-03T09:00'),
      },
    ]);
  });

  it('accepts exactly 14 days ahead, and more', async () => {
    expect(await check({ [FILE]: change('2026-02-13T09:00', '2026-02-27') })).toEqual([]);
    expect(await check({ [FILE]: change('2026-02-02T09:00', '2026-03-01') })).toEqual([]);
  });

  it('only looks at change messages with an effective date', async () => {
    expect(only(await check({ [FILE]: change('2026-02-26T09:00', '2026-03-01', 'news') }), 'lead-time')).toEqual([]);
    expect(
      only(await check({ [FILE]: message({ kind: 'change', date: '2026-02-26T09:00', extra: 'feedback: https://intranet.example/vragen' }) }), 'lead-time'),
    ).toEqual([]);
  });

  it('takes leadTimeDays from the plan', async () => {
    const plan = PLAN.replace('leadTimeDays: 14', 'leadTimeDays: 7');
    expect(await check({ [FILE]: change('2026-02-20T09:00', '2026-03-01') }, plan)).toEqual([]);
    expect(only(await check({ [FILE]: change('2026-02-24T09:00', '2026-03-01') }, plan), 'lead-time')).toMatchObject([
      { messageId: 'too-close-to-effective', data: { days: 5, leadTimeDays: 7 } },
    ]);
  });

  it('follows the plan and the message settings', async () => {
    expect(await check({ [FILE]: change('2026-02-20T09:00', '2026-03-01') }, `${PLAN}rules:\n  lead-time: warn\n`)).toMatchObject([
      { ruleId: 'lead-time', severity: 'warning' },
    ]);
    expect(await check({ [FILE]: change('2026-02-20T09:00', '2026-03-01') }, `${PLAN}rules:\n  lead-time: off\n`)).toEqual([]);
    const disabled = message({
      kind: 'change',
      date: '2026-02-20T09:00',
      extra: 'effective: 2026-03-01\nfeedback: https://intranet.example/vragen\nlint: {disable: [lead-time]}',
    });
    expect(await check({ [FILE]: disabled })).toEqual([]);
  });
});
