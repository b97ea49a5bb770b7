import { describe, expect, it } from 'vitest';
import { check, message, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';

describe('feedback-missing', () => {
  it('warns at the kind for a dialogue message without a place to respond', async () => {
    const text = message({ kind: 'dialogue' });
    expect(await check({ [FILE]: text })).toMatchObject([
      { ruleId: 'feedback-missing', messageId: 'dialogue-without-feedback', data: {}, severity: 'warning', file: FILE, ...positionOf(text, 'dialogue') },
    ]);
  });

  it('warns for a change message without feedback', async () => {
    const text = message({ kind: 'change', extra: 'effective: 2026-03-02' });
    expect(await check({ [FILE]: text })).toMatchObject([{ ruleId: 'feedback-missing', messageId: 'change-without-feedback', ...positionOf(text, 'change') }]);
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
