import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
const IMAGE = 'content/2026/app.png';
// message() without kind or extra: the body starts on line 11.
const body = (...lines: string[]) => ({ [FILE]: message({ body: lines.join('\n') }), [IMAGE]: 'png' });
const at = (files: Record<string, string>, needle: string, occurrence = 0) => positionOf(files[FILE]!, needle, occurrence);

describe('image-alt', () => {
  it('reports a Markdown image without alt text, at the image', async () => {
    const files = body('Zo ziet de app eruit:', '', '![](./app.png)');
    expect(await check(files)).toMatchObject([
      { ruleId: 'image-alt', messageId: 'image-without-alt', data: { src: './app.png' }, severity: 'error', file: FILE, ...at(files, '![](') },
    ]);
  });

  it('reports alt text of only spaces, an image in a sentence, and a reference image', async () => {
    const files = body('Dit is de app ![ ](./app.png) op je telefoon.', '', '![][scherm]', '', '[scherm]: ./app.png');
    expect(only(await check(files), 'image-alt')).toMatchObject([
      { messageId: 'image-without-alt', data: { src: './app.png' }, ...at(files, '![ ]') },
      { messageId: 'image-without-alt', data: { src: './app.png' }, ...at(files, '![][scherm]') },
    ]);
  });

  it('reports an HTML image without an alt attribute, and accepts alt="" for decoration', async () => {
    const files = body('Zo ziet het eruit: <img src="./app.png" width="200">', '', '<img src="./app.png" alt="">');
    expect(only(await check(files), 'image-alt')).toMatchObject([{ messageId: 'img-without-alt', data: {}, ...at(files, '<img') }]);
  });

  it('reports a front-matter image without alt, at the image', async () => {
    const short = { [FILE]: message({ extra: 'image: ./app.png' }), [IMAGE]: 'png' };
    expect(await check(short)).toMatchObject([
      { ruleId: 'image-alt', messageId: 'front-matter-image-without-alt', data: { src: './app.png' }, severity: 'error', ...at(short, './app.png') },
    ]);
    const map = { [FILE]: message({ extra: 'image:\n  src: ./app.png' }), [IMAGE]: 'png' };
    expect(await check(map)).toMatchObject([{ ruleId: 'image-alt', messageId: 'front-matter-image-without-alt', ...at(map, 'src: ./app.png') }]);
    const empty = { [FILE]: message({ extra: 'image: {src: ./app.png, alt: ""}' }), [IMAGE]: 'png' };
    expect(await check(empty)).toMatchObject([{ ruleId: 'image-alt', messageId: 'front-matter-image-without-alt', line: at(empty, 'image:').line }]);
  });

  it('accepts images with alt text', async () => {
    expect(
      await check(body('![Een chauffeur opent de roosterapp op zijn telefoon](./app.png)', '', '<img src="./app.png" alt="Het startscherm van de app">')),
    ).toEqual([]);
    expect(await check({ [FILE]: message({ extra: 'image: {src: ./app.png, alt: Een chauffeur opent de app}' }), [IMAGE]: 'png' })).toEqual([]);
  });

  it('does not mistake an image inside code for an image', async () => {
    expect(await check(body('Schrijf een afbeelding zo: `![](./foto.jpg)`.', '', '```', '![](./foto.jpg)', '```'))).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    const files = body('![](./app.png)');
    expect(await check(files, `${PLAN}rules:\n  image-alt: warn\n`)).toMatchObject([{ ruleId: 'image-alt', severity: 'warning', ...at(files, '![](') }]);
    expect(await check(body('![](./app.png)'), `${PLAN}rules:\n  image-alt: off\n`)).toEqual([]);
    expect(await check(body('<!-- herald-disable-next-line image-alt -->', '![](./app.png)'))).toEqual([]);
    expect(await check({ [FILE]: message({ body: '![](./app.png)', extra: 'lint: {disable: [image-alt]}' }), [IMAGE]: 'png' })).toEqual([]);
  });
});
