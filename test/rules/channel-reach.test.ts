import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';

// Test plan: magazijn [app, teamoverleg], chauffeurs [app], kantoor [intranet, e-mail, app], directie [e-mail, intranet].
describe('channel-reach', () => {
  it('reports a channel that does not reach the audience, at the channel, naming the segment', async () => {
    const text = message({ extra: 'channels: [app, intranet]' });
    expect(await check({ [FILE]: text })).toMatchObject([
      {
        ruleId: 'channel-reach',
        messageId: 'misses-segment',
        data: { channel: 'intranet', segment: 'magazijn' },
        severity: 'error',
        file: FILE,
        ...positionOf(text, 'intranet]'),
      },
    ]);
  });

  it('names every segment the channel misses, in a block list too', async () => {
    const text = message({ audience: '[magazijn, chauffeurs, kantoor]', extra: 'channels:\n  - app\n  - e-mail' });
    expect(await check({ [FILE]: text })).toMatchObject([
      {
        ruleId: 'channel-reach',
        messageId: 'misses-segments',
        data: { channel: 'e-mail', segments: ['magazijn', 'chauffeurs'] },
        ...positionOf(text, 'e-mail'),
      },
    ]);
  });

  it('checks every segment for audience: all', async () => {
    const text = message({ audience: 'all', extra: 'channels: [app]' });
    expect(only(await check({ [FILE]: text }), 'channel-reach')).toMatchObject([
      { messageId: 'misses-segment', data: { channel: 'app', segment: 'directie' }, ...positionOf(text, 'app]') },
    ]);
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
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  channel-reach: warn\n`)).toMatchObject([
      { ruleId: 'channel-reach', messageId: 'misses-segment', severity: 'warning', ...positionOf(text, 'intranet]') },
    ]);
    expect(await check({ [FILE]: text }, `${PLAN}rules:\n  channel-reach: off\n`)).toEqual([]);
    expect(await check({ [FILE]: message({ extra: 'lint: {disable: [channel-reach]}\nchannels: [intranet]' }) })).toEqual([]);
    expect(await check({ [FILE]: message({ extra: '# herald-disable-next-line channel-reach\nchannels: [intranet]' }) })).toEqual([]);
  });
});
