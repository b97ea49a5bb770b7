import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const FILE = 'content/2026/roosterapp.md';

describe('feedback-missing', () => {
  it('warns at the kind for a dialogue message without a place to respond', async () => {
    const diagnostics = await check({ [FILE]: message({ kind: 'dialogue' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'feedback-missing', severity: 'warning', file: FILE, line: 6, column: 7 }]);
    expect(diagnostics[0]!.message).toBe('A dialogue message should say where readers can respond; add "feedback:" with a link or mailto: address.');
  });

  it('warns for a change message without feedback', async () => {
    const diagnostics = await check({ [FILE]: message({ kind: 'change', extra: 'effective: 2026-03-02' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'feedback-missing', line: 6, column: 7, message: expect.stringMatching(/^A change message/) }]);
  });

  it('accepts a link, a mailto address or another message as the place to respond', async () => {
    for (const feedback of ['https://intranet.example/vragen/roosterapp', 'mailto:communicatie@example.nl', './roosterapp.md']) {
      expect(await check({ [FILE]: message({ kind: 'dialogue', extra: `feedback: ${feedback}` }) })).toEqual([]);
    }
  });

  it('does not ask news, success or event messages for feedback', async () => {
    for (const kind of ['news', 'success', 'event']) expect(await check({ [FILE]: message({ kind }) })).toEqual([]);
    expect(await check({ [FILE]: message() })).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    expect(await check({ [FILE]: message({ kind: 'dialogue' }) }, `${PLAN}rules:\n  feedback-missing: error\n`)).toMatchObject([
      { ruleId: 'feedback-missing', severity: 'error', line: 6 },
    ]);
    expect(await check({ [FILE]: message({ kind: 'dialogue' }) }, `${PLAN}rules:\n  feedback-missing: off\n`)).toEqual([]);
    expect(await check({ [FILE]: message({ kind: 'dialogue', extra: 'lint: {disable: [feedback-missing]}' }) })).toEqual([]);
    const commented = message({ kind: 'dialogue' }).replace('kind:', '# herald-disable-next-line feedback-missing\nkind:');
    expect(await check({ [FILE]: commented })).toEqual([]);
  });
});
