import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';

describe('why-missing', () => {
  it('reports a message without why at the top of the file', async () => {
    const diagnostics = await check({ [FILE]: message({ why: null }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'why-missing', messageId: 'no-why', data: {}, severity: 'error', file: FILE, line: 1, column: 1 }]);
  });

  it('reports an empty why at its value', async () => {
    const quoted = message({ why: '""' });
    expect(await check({ [FILE]: quoted })).toMatchObject([{ ruleId: 'why-missing', messageId: 'no-why', ...positionOf(quoted, '""') }]);
    const empty = message({ why: '' });
    expect(await check({ [FILE]: empty })).toMatchObject([{ ruleId: 'why-missing', messageId: 'no-why', line: positionOf(empty, 'why:').line }]);
  });

  it('reports a why that repeats the title, whatever the case and punctuation', async () => {
    const text = message({ title: 'Nieuwe roosterapp vanaf maart', why: 'Nieuwe roosterapp, vanaf maart!' });
    expect(await check({ [FILE]: text })).toMatchObject([
      { ruleId: 'why-missing', messageId: 'why-repeats-title', severity: 'error', ...positionOf(text, 'Nieuwe roosterapp, vanaf maart!') },
    ]);
  });

  it('reports a why too short to explain anything', async () => {
    const text = message({ why: 'Handig voor jou.' });
    expect(await check({ [FILE]: text })).toMatchObject([
      { ruleId: 'why-missing', messageId: 'why-too-short', data: { count: 3, minWords: 6 }, ...positionOf(text, 'Handig voor jou.') },
    ]);
  });

  it('accepts a why of six words, and a folded one over several lines', async () => {
    expect(await check({ [FILE]: message({ why: 'Zo ruil je zelf je diensten.' }) })).toEqual([]);
    const folded = message({ why: ">-\n  Je ruilt straks zelf diensten met collega's,\n  zonder tussenkomst van de planner." });
    expect(await check({ [FILE]: folded })).toEqual([]);
  });

  it('does not count a why of the wrong type as missing (front-matter reports it)', async () => {
    const diagnostics = await check({ [FILE]: message({ why: '[sneller, makkelijker]' }) });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['front-matter']);
  });

  it('does not report a why it could not read because the YAML is broken', async () => {
    const diagnostics = await check({ [FILE]: message({ title: 'Roosterapp: nu ook voor chauffeurs' }) });
    expect(only(diagnostics, 'why-missing')).toEqual([]);
    expect(only(diagnostics, 'front-matter')).toHaveLength(1);
  });

  it('takes minWords from the plan', async () => {
    const plan = `${PLAN}rules:\n  why-missing: [warn, {minWords: 15}]\n`;
    // The default why has 12 words.
    const text = message();
    expect(await check({ [FILE]: text }, plan)).toMatchObject([
      { ruleId: 'why-missing', messageId: 'why-too-short', data: { count: 12, minWords: 15 }, severity: 'warning', ...positionOf(text, 'Je ruilt straks') },
    ]);
  });

  it('can be silenced in the front-matter', async () => {
    expect(await check({ [FILE]: message({ why: 'Handig.', extra: 'lint: {disable: [why-missing]}' }) })).toEqual([]);
    const commented = message({ why: 'Handig.' }).replace('why:', '# herald-disable-next-line why-missing\nwhy:');
    expect(await check({ [FILE]: commented })).toEqual([]);
  });
});
