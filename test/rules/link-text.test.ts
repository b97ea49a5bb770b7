import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
const body = (...lines: string[]) => ({ [FILE]: message({ body: lines.join('\n') }) });
const at = (files: Record<string, string>, needle: string, occurrence = 0) => positionOf(files[FILE]!, needle, occurrence);

describe('link-text', () => {
  it('reports "klik hier" and "lees meer" in a Dutch message, at the link text', async () => {
    const files = body(
      'Het rooster staat online. [Klik hier](https://intranet.example/rooster).',
      '',
      'Over de app: [lees meer →](https://intranet.example/app)',
    );
    const found = only(await check(files), 'link-text');
    expect(found).toMatchObject([
      { messageId: 'vague-link-text', data: { text: 'Klik hier' }, severity: 'warning', file: FILE, ...at(files, 'Klik hier') },
      { messageId: 'vague-link-text', data: { text: 'lees meer →' }, ...at(files, 'lees meer') },
    ]);
    const { line, column } = at(files, 'Klik hier');
    expect(found[0]).toMatchObject({ endLine: line, endColumn: column + 'Klik hier'.length });
    expect(found[0]!.message).toContain('"Klik hier" says nothing on its own');
  });

  it('reports "click here", "read more" and "here" in an English message, also as a reference link', async () => {
    const files = {
      [FILE]: message({
        extra: 'lang: en',
        body: [
          'The new roster is online: click [here](https://intranet.example/rooster).',
          '',
          '[Read more.][app]',
          '',
          '[app]: https://intranet.example/app',
        ].join('\n'),
      }),
    };
    const found = only(await check(files), 'link-text');
    expect(found.map((d) => d.data)).toEqual([{ text: 'here' }, { text: 'Read more.' }]);
    expect(found[1]).toMatchObject(at(files, 'Read more'));
  });

  it('accepts links that say where they go, images, autolinks and bare URLs', async () => {
    const files = body(
      'Bekijk [het nieuwe rooster op intranet](https://intranet.example/rooster).',
      '',
      '[Lees meer over de roosterapp](https://intranet.example/app), of kijk op <https://intranet.example/app> of https://intranet.example/hier.',
      '',
      '[![Het startscherm van de app](./app.png)](https://intranet.example/app)',
      '',
      'Schrijf nooit `[klik hier](…)`.',
    );
    expect(only(await check({ ...files, 'content/2026/app.png': 'png' }), 'link-text')).toEqual([]);
  });

  it('takes more phrases from the plan, and allows listed ones', async () => {
    const files = body('Alles staat [op deze plek](https://intranet.example/rooster). [Download](https://intranet.example/rooster.pdf)');
    const plan = (options: string) => `${PLAN}rules:\n  link-text: [warn, ${options}]\n`;
    expect(only(await check(files, plan('{words: [op deze plek], allow: [download]}')), 'link-text').map((d) => d.data)).toEqual([{ text: 'op deze plek' }]);
    expect(only(await check(files), 'link-text').map((d) => d.data)).toEqual([{ text: 'Download' }]);
  });
});
