import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

/** Where a value of the front-matter starts: `key: value`. */
function valueOf(text: string, key: string): { line: number; column: number } {
  const { line, column } = positionOf(text, `${key}: `);
  return { line, column: column + key.length + 2 };
}

describe('duplicate-slug', () => {
  it('reports two files with the same name in the same year, each at its date, naming the other', async () => {
    const first = message({ date: '2026-02-02T09:00' });
    const second = message({ date: '2026-03-02T09:00', audience: '[kantoor]' });
    const diagnostics = await check({ 'content/2026/roosterapp.md': first, 'content/2026/maart/roosterapp.md': second });
    expect(diagnostics).toMatchObject([
      {
        ruleId: 'duplicate-slug',
        messageId: 'same-url',
        data: { url: '/2026/roosterapp/', others: ['content/2026/roosterapp.md'] },
        severity: 'error',
        file: 'content/2026/maart/roosterapp.md',
        ...valueOf(second, 'date'),
        related: [{ file: 'content/2026/roosterapp.md', ...valueOf(first, 'date'), messageId: 'other-message' }],
      },
      {
        ruleId: 'duplicate-slug',
        messageId: 'same-url',
        data: { url: '/2026/roosterapp/', others: ['content/2026/maart/roosterapp.md'] },
        file: 'content/2026/roosterapp.md',
        ...valueOf(first, 'date'),
      },
    ]);
  });

  it('reports a front-matter slug that takes another message its URL, at the slug', async () => {
    const vragenuur = message({ date: '2026-02-03T09:00', extra: 'slug: roosterapp' });
    const roosterapp = message({ date: '2026-03-02T09:00', audience: '[kantoor]' });
    const diagnostics = await check({ 'content/2026/vragenuur.md': vragenuur, 'content/2026/roosterapp.md': roosterapp });
    expect(only(diagnostics, 'duplicate-slug')).toMatchObject([
      {
        file: 'content/2026/roosterapp.md',
        ...valueOf(roosterapp, 'date'),
        related: [{ file: 'content/2026/vragenuur.md', ...valueOf(vragenuur, 'slug'), messageId: 'other-message' }],
      },
      { file: 'content/2026/vragenuur.md', ...valueOf(vragenuur, 'slug'), messageId: 'same-url', data: { url: '/2026/roosterapp/' } },
    ]);
  });

  it('sees file names that become the same slug', async () => {
    const diagnostics = await check({
      'content/2026/Rooster App.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/rooster-app.md': message({ date: '2026-03-02T09:00', audience: '[kantoor]' }),
    });
    expect(only(diagnostics, 'duplicate-slug').map((d) => d.file)).toEqual(['content/2026/Rooster App.md', 'content/2026/rooster-app.md']);
  });

  it('accepts the same slug in another year, and a slug that makes the name unique', async () => {
    expect(
      await check({
        'content/2026/roosterapp.md': message({ date: '2026-02-02T09:00' }),
        'content/2027/roosterapp.md': message({ date: '2027-02-01T09:00' }),
      }).then((d) => only(d, 'duplicate-slug')),
    ).toEqual([]);
    expect(
      await check({
        'content/2026/roosterapp.md': message({ date: '2026-02-02T09:00' }),
        'content/2026/maart/roosterapp.md': message({ date: '2026-03-02T09:00', audience: '[kantoor]', extra: 'slug: roosterapp-vragenuur' }),
      }),
    ).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    const files = (extra?: string) => ({
      'content/2026/roosterapp.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/maart/roosterapp.md': message({ date: '2026-03-02T09:00', audience: '[kantoor]', ...(extra ? { extra } : {}) }),
    });
    expect(only(await check(files(), `${PLAN}rules:\n  duplicate-slug: warn\n`), 'duplicate-slug').map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(only(await check(files(), `${PLAN}rules:\n  duplicate-slug: off\n`), 'duplicate-slug')).toEqual([]);
    expect(only(await check(files('lint: {disable: [duplicate-slug]}')), 'duplicate-slug').map((d) => d.file)).toEqual(['content/2026/roosterapp.md']);
  });
});
