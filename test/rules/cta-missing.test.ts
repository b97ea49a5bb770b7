import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';

describe('cta-missing', () => {
  it('reports a message without cta at the top of the file', async () => {
    const diagnostics = await check({ [FILE]: message({ cta: null }) });
    expect(diagnostics).toMatchObject([{ ruleId: 'cta-missing', messageId: 'no-cta', data: {}, severity: 'error', file: FILE, line: 1, column: 1 }]);
  });

  it('reports a cta with a link but no text, at the cta', async () => {
    const text = message({ cta: 'cta:\n  url: https://intranet.example/app\n  due: 2026-02-28' });
    expect(await check({ [FILE]: text })).toMatchObject([{ ruleId: 'cta-missing', messageId: 'no-cta', severity: 'error', ...positionOf(text, 'url: https') }]);
  });

  it('reports an empty cta text at its value', async () => {
    const short = message({ cta: 'cta: ""' });
    expect(await check({ [FILE]: short })).toMatchObject([{ ruleId: 'cta-missing', messageId: 'no-cta', ...positionOf(short, '""') }]);
    const long = message({ cta: 'cta:\n  text: "  "\n  url: https://intranet.example/app' });
    expect(await check({ [FILE]: long })).toMatchObject([{ ruleId: 'cta-missing', messageId: 'no-cta', ...positionOf(long, 'text: "  "') }]);
  });

  it('accepts the short form and the full form', async () => {
    expect(await check({ [FILE]: message({ cta: 'cta: Installeer de app voor 1 maart in de app-winkel' }) })).toEqual([]);
    expect(await check({ [FILE]: message() })).toEqual([]);
  });

  it('does not call a cta with text missing when only its link is invalid', async () => {
    const diagnostics = await check({ [FILE]: message({ cta: 'cta:\n  text: Installeer de app\n  url: "javascript:void(0)"' }) });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['front-matter']);
  });

  it('follows the plan and the message settings', async () => {
    const warn = await check({ [FILE]: message({ cta: null }) }, `${PLAN}rules:\n  cta-missing: warn\n`);
    expect(warn).toMatchObject([{ ruleId: 'cta-missing', severity: 'warning', line: 1 }]);
    expect(await check({ [FILE]: message({ cta: null }) }, `${PLAN}rules:\n  cta-missing: off\n`)).toEqual([]);
    expect(await check({ [FILE]: message({ cta: null, extra: 'lint: {disable: [cta-missing]}' }) })).toEqual([]);
    expect(only(await check({ [FILE]: message({ cta: null }) }), 'cta-missing')).toHaveLength(1);
  });
});
