import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const FILE = 'content/2026/roosterapp.md';

describe('unknown-reference', () => {
  it('reports a misspelt segment at the id, with "did you mean"', async () => {
    const diagnostics = await check({ [FILE]: message({ audience: '[magazijn, chaufeurs]' }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'unknown-reference', severity: 'error', file: FILE, line: 4, column: 22, suggestion: 'chauffeurs' }]);
    expect(diagnostics[0]!.message).toBe('Unknown segment "chaufeurs": the plan has no such id; did you mean "chauffeurs"?');
  });

  it('reports a misspelt goal, campaign and channel, each at its own value', async () => {
    const diagnostics = await check({
      [FILE]: message({ goal: 'rooster-app', extra: 'campaign: invoering\nchannels: [ap, teamoverleg]' }),
    });
    expect(only(diagnostics, 'unknown-reference')).toMatchObject([
      { line: 5, column: 7, suggestion: 'roosterapp', message: expect.stringMatching(/^Unknown goal "rooster-app"/) },
      // A dropped suffix is a likely typo too.
      { line: 10, column: 11, suggestion: 'invoering-app', message: expect.stringMatching(/^Unknown campaign "invoering".*did you mean "invoering-app"/) },
      { line: 11, column: 12, suggestion: 'app', message: expect.stringMatching(/^Unknown channel "ap"/) },
    ]);
  });

  it('gives no suggestion when nothing is close', async () => {
    const diagnostics = await check({ [FILE]: message({ audience: '[stagiairs]' }) });
    expect(only(diagnostics, 'unknown-reference')).toMatchObject([{ line: 4, column: 12, message: 'Unknown segment "stagiairs": the plan has no such id.' }]);
    expect(diagnostics[0]!.suggestion).toBeUndefined();
  });

  it('reports a segment given as a single id, not a list', async () => {
    const diagnostics = await check({ [FILE]: message({ audience: 'magazjin' }) });
    expect(only(diagnostics, 'unknown-reference')).toMatchObject([{ line: 4, column: 11, suggestion: 'magazijn' }]);
  });

  it('still reports a typo that sits beside "all"', async () => {
    const diagnostics = await check({ [FILE]: message({ audience: '[all, magazjin]' }) });
    expect(only(diagnostics, 'unknown-reference')).toMatchObject([{ line: 4, column: 17, suggestion: 'magazijn' }]);
  });

  it('reports an unknown segment in a :::for block at the block', async () => {
    const body = ['Vanaf maart staat je rooster in de app.', '', ':::for{segment=magazjin}', 'Je ziet ook de bezetting van je hal.', ':::', ''].join('\n');
    const diagnostics = await check({ [FILE]: message({ body }) });
    // Body starts on line 11: the block opens on line 13.
    expect(only(diagnostics, 'unknown-reference')).toMatchObject([
      { line: 13, column: 1, severity: 'error', message: 'Unknown segment "magazjin" in a :::for block; did you mean "magazijn"?' },
    ]);
  });

  it('reports a :::for block without a segment', async () => {
    const body = ['Vanaf maart staat je rooster in de app.', '', ':::for', 'Voor wie is dit?', ':::', ''].join('\n');
    const diagnostics = await check({ [FILE]: message({ body }) });
    expect(only(diagnostics, 'unknown-reference')).toMatchObject([{ line: 13, column: 1, message: expect.stringMatching(/names no segment/) }]);
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
    const warn = await check({ [FILE]: message({ audience: '[magazjin]' }) }, `${PLAN}rules:\n  unknown-reference: warn\n`);
    expect(only(warn, 'unknown-reference')).toMatchObject([{ severity: 'warning', line: 4, column: 12 }]);

    const off = await check({ [FILE]: message({ audience: '[magazjin]', extra: 'lint: {disable: [unknown-reference]}' }) });
    expect(only(off, 'unknown-reference')).toEqual([]);
  });

  it('can be silenced for one line in the front-matter', async () => {
    const text = message({ audience: '[magazjin]' }).replace('audience:', '# herald-disable-next-line unknown-reference\naudience:');
    expect(only(await check({ [FILE]: text }), 'unknown-reference')).toEqual([]);
  });
});
