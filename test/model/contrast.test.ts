import { describe, expect, it } from 'vitest';
import { DARK, judgeBrandColour, LIGHT, MIN_CONTRAST, weakestContrast } from '../../src/model/brand.js';
import { contrastRatio, formatRatio, parseHex, relativeLuminance, toHex, toOklab, withLightness } from '../../src/model/contrast.js';

const ratio = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!);

describe('WCAG 2.x contrast', () => {
  it('gives the ratios WebAIM and the WCAG examples give for known pairs', () => {
    expect(formatRatio(ratio('#767676', '#ffffff'))).toBe('4.54');
    expect(formatRatio(ratio('#777777', '#ffffff'))).toBe('4.47');
    expect(ratio('#000000', '#ffffff')).toBe(21);
    expect(ratio('#ffffff', '#ffffff')).toBe(1);
    expect(formatRatio(ratio('#0000ff', '#ffffff'))).toBe('8.59');
    expect(formatRatio(ratio('#ff0000', '#ffffff'))).toBe('3.99');
    expect(formatRatio(ratio('#595959', '#ffffff'))).toBe('7.00');
    // The order does not matter.
    expect(ratio('#ffffff', '#767676')).toBe(ratio('#767676', '#ffffff'));
  });

  it('reads #rgb and #rrggbb in either case, and nothing else', () => {
    expect(parseHex('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc });
    expect(parseHex('#0A4F96')).toEqual({ r: 10, g: 79, b: 150 });
    for (const bad of ['0a4f96', '#0a4f9', '#0a4f966', 'red', '#ggg', '#0a4f96;}body{', 'url(x)', '']) expect(parseHex(bad), bad).toBeUndefined();
    expect(toHex(parseHex('#ABC')!)).toBe('#aabbcc');
  });

  it('has luminance 0 for black and 1 for white', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
  });

  it('never rounds a failing ratio up to the threshold', () => {
    expect(formatRatio(4.4999)).toBe('4.49');
  });
});

/** The OKLab hue angle, in degrees. */
const hue = (c: { r: number; g: number; b: number }) => {
  const { a, b } = toOklab(c);
  return (Math.atan2(b, a) * 180) / Math.PI;
};

describe('OKLab', () => {
  it('gives the reference values for white, black and sRGB red', () => {
    expect(toOklab(parseHex('#ffffff')!).L).toBeCloseTo(1, 4);
    expect(toOklab(parseHex('#000000')!).L).toBe(0);
    const red = toOklab(parseHex('#ff0000')!);
    expect(red.L).toBeCloseTo(0.628, 3);
    expect(red.a).toBeCloseTo(0.2249, 3);
    expect(red.b).toBeCloseTo(0.1258, 3);
  });

  it('changes only the lightness where sRGB allows, and gives up colourfulness, not hue, where it does not', () => {
    const green = parseHex('#1d7436')!;
    const lighter = withLightness(green, 0.75);
    expect(toOklab(lighter).L).toBeCloseTo(0.75, 2);
    expect(Math.abs(hue(lighter) - hue(green))).toBeLessThan(2);
    // At full lightness nothing of the colour is left.
    const white = withLightness(green, 1);
    expect(Math.min(white.r, white.g, white.b)).toBeGreaterThanOrEqual(254);
  });
});

describe('the brand palette', () => {
  it('keeps a colour that passes as the light accent and derives a lighter tint for dark mode that passes there', () => {
    const verdict = judgeBrandColour('#0a4f96');
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const { light, dark } = verdict.palette;
    expect(light.accent).toBe('#0a4f96');
    expect(light.onAccent).toBe('#ffffff');
    expect(weakestContrast(parseHex(light.accent)!, LIGHT).ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(weakestContrast(parseHex(dark.accent)!, DARK).ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(ratio(dark.accent, dark.onAccent)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(ratio(light.accentHover, light.onAccent)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(ratio(dark.accentHover, dark.onAccent)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // Lighter than the brand colour, the same hue, and the nearest shade that passes: one step (0.005 lightness) less would not.
    const source = parseHex('#0a4f96')!;
    const tint = parseHex(dark.accent)!;
    expect(relativeLuminance(tint)).toBeGreaterThan(relativeLuminance(source));
    expect(Math.abs(hue(tint) - hue(source))).toBeLessThan(3);
    const start = toOklab(source).L;
    const steps = Math.round((toOklab(tint).L - start) / 0.005);
    expect(weakestContrast(withLightness(source, start + (steps - 1) * 0.005), DARK).ratio).toBeLessThan(MIN_CONTRAST);
  });

  it('refuses a colour too light for white, with the weakest ratio and a darker shade of it that passes', () => {
    const verdict = judgeBrandColour('#ff6600');
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.ratio).toBeLessThan(MIN_CONTRAST);
    expect(formatRatio(verdict.ratio)).toBe(formatRatio(ratio('#ff6600', '#e9f1fb')));
    expect(verdict.against).toBe('variant');
    expect(weakestContrast(parseHex(verdict.suggestion)!, LIGHT).ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // The same hue, darker.
    const s = parseHex(verdict.suggestion)!;
    expect(Math.abs(hue(s) - hue(parseHex('#ff6600')!))).toBeLessThan(3);
    expect(toOklab(s).L).toBeLessThan(toOklab(parseHex('#ff6600')!).L);
    expect(judgeBrandColour(verdict.suggestion).ok).toBe(true);
  });

  it('measures a grey that passes on white alone against the lighter surfaces the links also sit on', () => {
    // #767676 is 4.54:1 on white but less on the header's grey: links there would fail.
    const verdict = judgeBrandColour('#767676');
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.against).toBe('variant');
    expect(judgeBrandColour(verdict.suggestion).ok).toBe(true);
  });

  it('gives every passing colour a dark tint that passes, from black to the lightest that passes', () => {
    for (const hex of ['#000000', '#1d7436', '#b93c00', '#5b2f91', '#0000ff', '#333']) {
      const verdict = judgeBrandColour(hex);
      expect(verdict.ok, hex).toBe(true);
      if (verdict.ok) expect(weakestContrast(parseHex(verdict.palette.dark.accent)!, DARK).ratio, hex).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });
});
