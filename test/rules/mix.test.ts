import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const MIX_PLAN = `${PLAN}mix:\n  success: 0.25\n  dialogue: 0.1\n`;
const FEEDBACK = 'feedback: https://intranet.example/vragen';

/** Where the plan sets a kind's minimum share: the value under `mix:`. */
function mixAt(plan: string, kind: string) {
  const lines = plan.split('\n');
  const index = lines.findIndex((l) => l.startsWith(`  ${kind}: `), lines.indexOf('mix:'));
  return { file: 'plans/plan.yaml', line: index + 1, column: `  ${kind}: `.length + 1 };
}

// Four February messages, spread over segments and weeks; one dialogue, no success.
const FEBRUARY = {
  'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
  'content/2026/b.md': message({ date: '2026-02-04T09:00', audience: '[kantoor]' }),
  'content/2026/c.md': message({ date: '2026-02-10T09:00', audience: '[chauffeurs]', kind: 'dialogue', extra: FEEDBACK }),
  'content/2026/d.md': message({ date: '2026-02-17T09:00' }),
};

describe('mix', () => {
  it('warns at the kind in the plan’s mix when a month has too few of it', async () => {
    const findings = only(await check(FEBRUARY, MIX_PLAN), 'mix');
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        ...mixAt(MIX_PLAN, 'success'),
        messageId: 'too-few-success',
        data: { month: '2026-02', count: 0, total: 4, percent: 0, minimum: 25 },
      },
    ]);
  });

  it('accepts a month that meets every share', async () => {
    const files = { ...FEBRUARY, 'content/2026/d.md': message({ date: '2026-02-17T09:00', kind: 'success' }) };
    expect(await check(files, MIX_PLAN)).toEqual([]);
  });

  it('judges each month on its own and names the month', async () => {
    const files = {
      ...FEBRUARY,
      'content/2026/d.md': message({ date: '2026-02-17T09:00', kind: 'success' }),
      'content/2026/e.md': message({ date: '2026-03-02T09:00' }),
      'content/2026/f.md': message({ date: '2026-03-10T09:00', audience: '[kantoor]', kind: 'success' }),
      'content/2026/g.md': message({ date: '2026-03-17T09:00' }),
    };
    const findings = only(await check(files, MIX_PLAN), 'mix');
    expect(findings).toMatchObject([
      { ...mixAt(MIX_PLAN, 'dialogue'), messageId: 'too-few-dialogue', data: { month: '2026-03', count: 0, total: 3, percent: 0, minimum: 10 } },
    ]);
  });

  it('skips months with fewer than 3 messages, or fewer than minMessages', async () => {
    const two = { 'content/2026/a.md': FEBRUARY['content/2026/a.md'], 'content/2026/b.md': FEBRUARY['content/2026/b.md'] };
    expect(only(await check(two, MIX_PLAN), 'mix')).toEqual([]);
    expect(only(await check(FEBRUARY, `${MIX_PLAN}rules:\n  mix: [warn, {minMessages: 5}]\n`), 'mix')).toEqual([]);
  });

  it('does not count drafts', async () => {
    const files = { ...FEBRUARY, 'content/2026/e.md': message({ date: '2026-02-18T09:00', audience: '[kantoor]', kind: 'success', extra: 'draft: true' }) };
    expect(only(await check(files, MIX_PLAN), 'mix')).toMatchObject([{ messageId: 'too-few-success', data: { count: 0, total: 4 } }]);
  });

  it('asks nothing without a mix in the plan', async () => {
    expect(await check(FEBRUARY)).toEqual([]);
  });

  it('follows the severity set in the plan', async () => {
    expect(only(await check(FEBRUARY, `${MIX_PLAN}rules:\n  mix: error\n`), 'mix')).toMatchObject([{ severity: 'error' }]);
    expect(only(await check(FEBRUARY, `${MIX_PLAN}rules:\n  mix: off\n`), 'mix')).toEqual([]);
  });
});
