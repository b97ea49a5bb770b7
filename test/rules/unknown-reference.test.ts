import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';

describe('unknown-reference', () => {
  it('reports a misspelt segment at the id, with "did you mean"', async () => {
    const text = message({ audience: '[magazijn, chaufeurs]' });
    expect(await check({ [FILE]: text })).toMatchObject([
      {
        ruleId: 'unknown-reference',
        messageId: 'unknown-segment',
        data: { id: 'chaufeurs' },
        expected: ['chauffeurs'],
        severity: 'error',
        file: FILE,
        ...positionOf(text, 'chaufeurs'),
      },
    ]);
  });

  it('reports a misspelt goal, campaign and channel, each at its own value', async () => {
    const text = message({ goal: 'rooster-app', extra: 'campaign: invoering\nchannels: [ap, teamoverleg]' });
    expect(only(await check({ [FILE]: text }), 'unknown-reference')).toMatchObject([
      { messageId: 'unknown-goal', data: { id: 'rooster-app' }, expected: ['roosterapp'], ...positionOf(text, 'rooster-app') },
      // A dropped suffix is a likely typo too.
      { messageId: 'unknown-campaign', data: { id: 'invoering' }, expected: ['invoering-app'], ...positionOf(text, 'invoering\n') },
      { messageId: 'unknown-channel', data: { id: 'ap' }, expected: ['app'], ...positionOf(text, 'ap,') },
    ]);
  });

  it('gives no suggestion when nothing is close', async () => {
    const text = message({ audience: '[stagiairs]' });
    const diagnostics = await check({ [FILE]: text });
    expect(only(diagnostics, 'unknown-reference')).toMatchObject([
      { messageId: 'unknown-segment', data: { id: 'stagiairs' }, ...positionOf(text, 'stagiairs') },
    ]);
    expect(diagnostics[0]!.expected).toBeUndefined();
  });

  it('reports a segment given as a single id, not a list', async () => {
    const text = message({ audience: 'magazjin' });
    expect(only(await check({ [FILE]: text }), 'unknown-reference')).toMatchObject([
      { messageId: 'unknown-segment', data: { id: 'magazjin' }, expected: ['magazijn'], ...positionOf(text, 'magazjin') },
    ]);
  });

  it('still reports a typo that sits beside "all"', async () => {
    const text = message({ audience: '[all, magazjin]' });
    expect(only(await check({ [FILE]: text }), 'unknown-reference')).toMatchObject([
      { messageId: 'unknown-segment', data: { id: 'magazjin' }, expected: ['magazijn'], ...positionOf(text, 'magazjin') },
    ]);
  });

  it('reports an unknown segment in a :::for block at the block', async () => {
    const body = ['Vanaf maart staat je rooster in de app.', '', ':::for{segment=magazjin}', 'Je ziet ook de bezetting van je hal.', ':::', ''].join('\n');
    const text = message({ body });
    expect(only(await check({ [FILE]: text }), 'unknown-reference')).toMatchObject([
      { messageId: 'unknown-for-segment', data: { id: 'magazjin' }, expected: ['magazijn'], severity: 'error', ...positionOf(text, ':::for') },
    ]);
  });

  it('reports a :::for block without a segment', async () => {
    const body = ['Vanaf maart staat je rooster in de app.', '', ':::for', 'Voor wie is dit?', ':::', ''].join('\n');
    const text = message({ body });
    expect(only(await check({ [FILE]: text }), 'unknown-reference')).toMatchObject([
      { messageId: 'for-without-segment', data: {}, ...positionOf(text, ':::for') },
    ]);
  });

  it('accepts ids that exist, "all", and :::for blocks for known segments', async () => {
    const body = ['Vanaf maart staat je rooster in de app.', '', ':::for{segment=chauffeurs}', 'Je ziet ook je route.', ':::', ''].join('\n');
    const diagnostics = await check({
      'content/2026/a.md': message({ audience: '[magazijn, chauffeurs]', extra: 'campaign: invoering-app\nchannels: [app]', body }),
      'content/2026/b.md': message({ date: '2026-02-10T09:00', audience: 'all' }),
    });
    expect(diagnostics).toEqual([]);
  });

  it('does not report an id whose plan item is invalid (the plan error is enough)', async () => {
    const plan = PLAN.replace('segments:\n', 'segments:\n  - id: stagiairs\n    name: Stagiairs\n    channels: [app]\n    maxPerWeek: veel\n');
    const diagnostics = await check({ [FILE]: message({ audience: '[stagiairs]' }) }, plan);
    expect(only(diagnostics, 'unknown-reference')).toEqual([]);
    expect(only(diagnostics, 'plan-schema')).toHaveLength(1);
  });

  it('follows the severity set in the plan, and can be switched off for one message', async () => {
    const text = message({ audience: '[magazjin]' });
    const warn = await check({ [FILE]: text }, `${PLAN}rules:\n  unknown-reference: warn\n`);
    expect(only(warn, 'unknown-reference')).toMatchObject([{ severity: 'warning', messageId: 'unknown-segment', ...positionOf(text, 'magazjin') }]);

    const off = await check({ [FILE]: message({ audience: '[magazjin]', extra: 'lint: {disable: [unknown-reference]}' }) });
    expect(only(off, 'unknown-reference')).toEqual([]);
  });

  it('can be silenced for one line in the front-matter', async () => {
    const text = message({ audience: '[magazjin]' }).replace('audience:', '# herald-disable-next-line unknown-reference\naudience:');
    expect(only(await check({ [FILE]: text }), 'unknown-reference')).toEqual([]);
  });
});
