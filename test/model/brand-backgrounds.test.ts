import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DARK, DARK_HEADER_FOCUS, DARK_HEADER_TEXT, judgeBrandColour, LIGHT, MIN_CONTRAST, type Mode } from '../../src/model/brand.js';
import { contrastRatio, parseHex } from '../../src/model/contrast.js';

/**
 * The brand check measures the accent against the stylesheet's backgrounds
 * (src/model/brand.ts); these tests keep the two lists one: the values must
 * match templates/style.css, and every background the stylesheet paints is
 * either checked or named here as one that never carries the accent as text.
 */

const css = readFileSync(path.join(import.meta.dirname, '../../templates/style.css'), 'utf8');

/** `--name: #hex` declarations of the first `:root` block at `from`. */
function customProperties(from: number): Map<string, string> {
  const open = css.indexOf(':root {', from);
  const block = css.slice(open, css.indexOf('}', open));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = customProperties(0);
const dark = customProperties(css.indexOf('@media (prefers-color-scheme: dark)'));

/** Backgrounds that never carry the accent (or a link) as text, and why. */
const NOT_UNDER_THE_ACCENT: Record<string, string> = {
  '--header-bg': 'the header band: its text is --header-text (the accent itself in light mode, under white)',
  '--accent': 'the button and the skip link: their text is --on-accent',
  '--accent-hover': 'the button under the pointer: its text is --on-accent',
  '--chip-chosen-bg': 'the chosen chip: its text is --chip-chosen-text (= --on-accent)',
  '--draft-bg': 'the draft badge: --draft-text',
  '--scheduled-bg': 'the scheduled badge: --scheduled-text',
  '--heat-empty': '/plan/ cells: --text',
  '--heat-under': '/plan/ cells: --text',
  '--heat-at': '/plan/ cells: --text',
  '--heat-over': '/plan/ cells: --heat-over-text',
  '--header-hover': 'a nav link in the header under the pointer: --header-text',
};

describe('the backgrounds the brand colour is checked against', () => {
  for (const [name, mode, props] of [
    ['light', LIGHT, light],
    ['dark', DARK, dark],
  ] as [string, Mode, Map<string, string>][]) {
    it(`are the stylesheet's own values (${name})`, () => {
      expect(props.size).toBeGreaterThan(20);
      for (const b of mode.backgrounds) expect(props.get(b.variable), `${name} ${b.variable}`).toBe(b.colour);
    });
  }

  it('cover every background the stylesheet paints with a custom property, except those named as never under the accent', () => {
    const painted = new Set([...css.matchAll(/background(?:-color)?:\s*var\((--[\w-]+)\)/g)].map((m) => m[1]!));
    const checked = new Set(LIGHT.backgrounds.map((b) => b.variable));
    const unclassified = [...painted].filter((v) => !checked.has(v) && !(v in NOT_UNDER_THE_ACCENT));
    expect(unclassified).toEqual([]);
    // The lists match in both modes.
    expect(DARK.backgrounds.map((b) => b.variable)).toEqual(LIGHT.backgrounds.map((b) => b.variable));
  });

  it('has the same button text and dark header as the stylesheet', () => {
    expect(light.get('--on-accent')).toBe(LIGHT.onAccent);
    expect(light.get('--header-text')).toBe(LIGHT.onAccent);
    expect(dark.get('--header-text')).toBe(DARK_HEADER_TEXT);
    expect(dark.get('--header-focus')).toBe(DARK_HEADER_FOCUS);
  });
});

describe('the header band of a brand', () => {
  const ratio = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!);

  // Colours that just pass (a mid green, a red, a purple), the darkest, and the design's own blue.
  for (const hex of ['#1c7d4a', '#d32325', '#8c52bd', '#000000', '#0a4f96']) {
    it(`is the brand colour under white in light mode and a dark surface of it in dark mode (${hex})`, () => {
      const verdict = judgeBrandColour(hex);
      expect(verdict.ok, hex).toBe(true);
      if (!verdict.ok) return;
      const { light: l, dark: d } = verdict.palette;
      expect(l.headerBg).toBe(hex);
      expect(l.headerText).toBe('#ffffff');
      expect(ratio(l.headerBg, l.headerText)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(ratio(d.headerBg, d.headerText)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(ratio(d.headerBg, DARK_HEADER_FOCUS)).toBeGreaterThanOrEqual(3);
      // Dark, as the page around it.
      expect(ratio(d.headerBg, '#000000')).toBeLessThan(1.6);
    });
  }

  it('gives the design blue the dark band the stylesheet has, within a step', () => {
    const verdict = judgeBrandColour('#0a4f96');
    if (!verdict.ok) throw new Error('the design blue passes');
    expect(ratio(verdict.palette.dark.headerBg, dark.get('--header-bg')!)).toBeLessThan(1.1);
  });
});
