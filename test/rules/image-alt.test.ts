import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const FILE = 'content/2026/roosterapp.md';
const IMAGE = 'content/2026/app.png';
// message() without kind or extra: the body starts on line 11.
const body = (...lines: string[]) => ({ [FILE]: message({ body: lines.join('\n') }), [IMAGE]: 'png' });

describe('image-alt', () => {
  it('reports a Markdown image without alt text, at the image', async () => {
    const diagnostics = await check(body('Zo ziet de app eruit:', '', '![](./app.png)'));
    expect(diagnostics).toMatchObject([{ ruleId: 'image-alt', severity: 'error', file: FILE, line: 13, column: 1 }]);
    expect(diagnostics[0]!.message).toBe('The image "./app.png" has no alt text; describe it between the brackets: ![what it shows](…).');
  });

  it('reports alt text of only spaces, an image in a sentence, and a reference image', async () => {
    const diagnostics = await check(body('Dit is de app ![ ](./app.png) op je telefoon.', '', '![][scherm]', '', '[scherm]: ./app.png'));
    expect(only(diagnostics, 'image-alt')).toMatchObject([
      { line: 11, column: 15 },
      { line: 13, column: 1, message: expect.stringMatching(/has no alt text/) },
    ]);
  });

  it('reports an HTML image without an alt attribute, and accepts alt="" for decoration', async () => {
    const diagnostics = await check(body('Zo ziet het eruit: <img src="./app.png" width="200">', '', '<img src="./app.png" alt="">'));
    expect(only(diagnostics, 'image-alt')).toMatchObject([{ line: 11, column: 20, message: expect.stringContaining('no alt attribute') }]);
  });

  it('reports a front-matter image without alt, at the image', async () => {
    const short = await check({ [FILE]: message({ extra: 'image: ./app.png' }), [IMAGE]: 'png' });
    expect(short).toMatchObject([{ ruleId: 'image-alt', severity: 'error', line: 10, column: 8, message: expect.stringContaining('add "alt:"') }]);
    const map = await check({ [FILE]: message({ extra: 'image:\n  src: ./app.png' }), [IMAGE]: 'png' });
    expect(map).toMatchObject([{ ruleId: 'image-alt', line: 11, column: 3 }]);
    const empty = await check({ [FILE]: message({ extra: 'image: {src: ./app.png, alt: ""}' }), [IMAGE]: 'png' });
    expect(empty).toMatchObject([{ ruleId: 'image-alt', line: 10 }]);
  });

  it('accepts images with alt text', async () => {
    expect(await check(body('![Een chauffeur opent de roosterapp op zijn telefoon](./app.png)', '', '<img src="./app.png" alt="Het startscherm van de app">'))).toEqual([]);
    expect(await check({ [FILE]: message({ extra: 'image: {src: ./app.png, alt: Een chauffeur opent de app}' }), [IMAGE]: 'png' })).toEqual([]);
  });

  it('does not mistake an image inside code for an image', async () => {
    expect(await check(body('Schrijf een afbeelding zo: `![](./foto.jpg)`.', '', '```', '![](./foto.jpg)', '```'))).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    expect(await check(body('![](./app.png)'), `${PLAN}rules:\n  image-alt: warn\n`)).toMatchObject([{ ruleId: 'image-alt', severity: 'warning', line: 11 }]);
    expect(await check(body('![](./app.png)'), `${PLAN}rules:\n  image-alt: off\n`)).toEqual([]);
    expect(await check(body('<!-- herald-disable-next-line image-alt -->', '![](./app.png)'))).toEqual([]);
    expect(await check({ [FILE]: message({ body: '![](./app.png)', extra: 'lint: {disable: [image-alt]}' }), [IMAGE]: 'png' })).toEqual([]);
  });
});
