import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { favicon, FAVICON_PNG_DATA_URL, FAVICON_SVG } from '../../src/render/favicon.js';

/** The RGBA pixel at (x, y) of the fallback PNG (32×32, 8-bit RGBA, filter 0 on every row, as favicon.ts writes it). */
function pixel(png: Buffer, x: number, y: number): number[] {
  const idat = png.indexOf('IDAT', 0, 'latin1');
  const length = png.readUInt32BE(idat - 4);
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
  const at = y * (1 + 32 * 4) + 1 + x * 4;
  return [...raw.subarray(at, at + 4)];
}

describe('favicon', () => {
  const png = Buffer.from(FAVICON_PNG_DATA_URL.replace(/^data:image\/png;base64,/, ''), 'base64');

  it('is a plain SVG drawing: no script, no handler, no link', () => {
    expect(FAVICON_SVG).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(FAVICON_SVG).not.toMatch(/<script|\son\w+=|href/i);
  });

  it('has a 32×32 RGBA PNG fallback of the same picture: accent square, white page, clear corners', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(32);
    expect(png.readUInt32BE(20)).toBe(32);
    expect(pixel(png, 0, 0)[3]).toBe(0); // rounded corner
    expect(pixel(png, 3, 16)).toEqual([0x0a, 0x4f, 0x96, 255]); // the square
    expect(pixel(png, 10, 10)).toEqual([255, 255, 255, 255]); // the headline bar
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('takes the brand colour for its square, the same bytes on every build', () => {
    const branded = favicon('#8c52bd');
    expect(branded.svg).toContain('<rect width="32" height="32" rx="6" fill="#8c52bd"/>');
    expect(branded.svg).toBe(favicon('#8c52bd').svg);
    expect(branded.pngDataUrl).toBe(favicon('#8c52bd').pngDataUrl);
    const brandedPng = Buffer.from(branded.pngDataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
    expect(pixel(brandedPng, 3, 16)).toEqual([0x8c, 0x52, 0xbd, 255]);
    expect(pixel(brandedPng, 10, 10)).toEqual([255, 255, 255, 255]);
    // Without a brand (or with anything but #rrggbb): the design's own.
    expect(favicon().svg).toBe(FAVICON_SVG);
    expect(favicon('red" onload="x').svg).toBe(FAVICON_SVG);
  });
});
