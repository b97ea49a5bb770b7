import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planJsonSchema } from '../../src/schema/json-schemas.js';
import { logoProjectPath } from '../../src/validate/validate-brand.js';
import { herald } from '../helpers/project.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validPlanFile = ajv.compile(planJsonSchema());

describe('site.brand in the JSON Schema (herald schema)', () => {
  it('accepts a colour as #rgb or #rrggbb, a logo and its alt text', () => {
    const plan = "site:\n  title: Nieuws\n  brand:\n    color: '#0A4F96'\n    logo: assets/logo.svg\n    alt: Vervoer Oost\n";
    expect(validPlanFile(parse(plan)), ajv.errorsText(validPlanFile.errors)).toBe(true);
    expect(validPlanFile(parse("site:\n  title: Nieuws\n  brand: {color: '#abc'}\n"))).toBe(true);
  });

  it.each([
    ['a named colour', 'brand: {color: red}'],
    ['a colour with CSS after it', "brand: {color: '#0a4f96;}body{display:none'}"],
    ['five hex digits', "brand: {color: '#0a4f9'}"],
    ['an unknown key', "brand: {colour: '#0a4f96'}"],
    ['an empty logo', "brand: {logo: ''}"],
  ])('rejects %s', (_, brand) => {
    expect(validPlanFile(parse(`site:\n  title: Nieuws\n  ${brand}\n`))).toBe(false);
  });

  it('is what herald schema prints', () => {
    const result = herald(['schema', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"brand"');
    expect(result.stdout).toContain('^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$');
  });
});

describe('the logo path', () => {
  it('is a project path, or refused when absolute or leading out of the project', () => {
    expect(logoProjectPath('assets/logo.svg')).toEqual({ file: 'assets/logo.svg' });
    expect(logoProjectPath('./assets//logo.svg')).toEqual({ file: 'assets/logo.svg' });
    expect(logoProjectPath('assets\\logo.svg')).toEqual({ file: 'assets/logo.svg' });
    expect(logoProjectPath('assets/../logo.png')).toEqual({ file: 'logo.png' });
    for (const p of ['../logo.png', '../../etc/passwd', 'a/../../b.png', '..\\..\\b.png']) expect(logoProjectPath(p), p).toEqual({ problem: 'logo-outside' });
    for (const p of ['/etc/passwd', 'C:\\logo.png', 'c:/logo.png', '\\\\server\\share\\logo.png'])
      expect(logoProjectPath(p), p).toEqual({ problem: 'logo-absolute' });
  });
});
