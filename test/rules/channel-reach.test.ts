import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const FILE = 'content/2026/roosterapp.md';

// Test plan: magazijn [app, teamoverleg], chauffeurs [app], kantoor [intranet, e-mail, app], directie [e-mail, intranet].
describe('channel-reach', () => {
  it('reports a channel that does not reach the audience, at the channel, naming the segment', async () => {
    const diagnostics = await check({ [FILE]: message({ extra: 'channels: [app, intranet]' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'channel-reach', severity: 'error', file: FILE, line: 10, column: 17 }]);
    expect(diagnostics[0]!.message).toBe('Channel "intranet" does not reach segment "magazijn"; use a channel listed for it in the plan.');
  });

  it('names every segment the channel misses, in a block list too', async () => {
    const diagnostics = await check({ [FILE]: message({ audience: '[magazijn, chauffeurs, kantoor]', extra: 'channels:\n  - app\n  - e-mail' }) });
    expect(diagnostics).toMatchObject([
      { ruleId: 'channel-reach', line: 12, column: 5, message: expect.stringContaining('Channel "e-mail" does not reach segments "magazijn", "chauffeurs"') },
    ]);
  });

  it('checks every segment for audience: all', async () => {
    const diagnostics = await check({ [FILE]: message({ audience: 'all', extra: 'channels: [app]' }) });
    expect(only(diagnostics, 'channel-reach')).toMatchObject([{ line: 10, column: 12, message: expect.stringContaining('segment "directie"') }]);
  });

  it('accepts channels every segment of the audience has, and messages without channels', async () => {
    expect(await check({ [FILE]: message({ audience: '[magazijn, chauffeurs]', extra: 'channels: [app]' }) })).toEqual([]);
    expect(await check({ [FILE]: message({ audience: '[kantoor, directie]', extra: 'channels: [intranet, e-mail]' }) })).toEqual([]);
    expect(await check({ [FILE]: message({ audience: 'all' }) })).toEqual([]);
  });

  it('leaves an unknown channel to unknown-reference', async () => {
    const diagnostics = await check({ [FILE]: message({ extra: 'channels: [whatsapp]' }) });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-reference']);
  });

  it('follows the plan and the message settings', async () => {
    const text = message({ extra: 'channels: [intranet]' });
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  channel-reach: warn\n`)).toMatchObject([{ ruleId: 'channel-reach', severity: 'warning', line: 10, column: 12 }]);
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  channel-reach: off\n`)).toEqual([]);
    expect(await check({ [FILE]: message({ extra: 'lint: {disable: [channel-reach]}\nchannels: [intranet]' }) })).toEqual([]);
    expect(await check({ [FILE]: message({ extra: '# herald-disable-next-line channel-reach\nchannels: [intranet]' }) })).toEqual([]);
  });
});
