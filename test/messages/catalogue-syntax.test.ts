import { describe, expect, it } from 'vitest';
import { composeFrom, positional, type Catalogue } from '../../src/messages/catalogue.js';

const CATALOGUE: Catalogue = {
  common: { 'value-text': '"{{value}}"', 'value-list': 'a list' },
  demo: {
    kind: '{{field}} is {{actual:value}}.',
    nested:
      'Unknown "{{key}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}{{#allowed}}; allowed: {{allowed}}.{{/allowed}}{{^allowed}}.{{/allowed}}{{/expected}}',
    braces: 'Write {x: {{n}}} {{n|item|items}}{{#expected}} or "{{expected}}"{{/expected}}.',
    each: 'Others: {{#files}}{{.}} ({{.dates}}){{/files}}.',
  },
};

const compose = (id: string, data = {}, expected?: string[]) => composeFrom(CATALOGUE, 'en', 'demo', id, data, expected);

describe('catalogue templates', () => {
  it('repeats a section per item of a list, and never reads a value as template syntax', () => {
    expect(compose('each', { files: ['a.md', 'b.md'], dates: ['2026-01-02', '2026-01-03'] })).toBe('Others: a.md (2026-01-02), b.md (2026-01-03).');
    const hostile = ['{{#files}}x{{/files}}', '{{dates}}', '{{.}}'];
    expect(compose('each', { files: hostile, dates: ['{{files}}', '', ''] })).toBe(`Others: ${hostile[0]} ({{files}}), ${hostile[1]} (), ${hostile[2]} ().`);
    expect(compose('kind', { field: '{{actual}}', actual: 'text', value: '{{field}}' })).toBe('{{actual}} is "{{field}}".');
  });

  it('looks a word id up in the catalogue ({{name:prefix}}), composed with the same data', () => {
    expect(compose('kind', { field: 'tags', actual: 'text', value: 'app' })).toBe('tags is "app".');
    expect(compose('kind', { field: 'tags', actual: 'list' })).toBe('tags is a list.');
    // No such word: the value itself.
    expect(compose('kind', { field: 'tags', actual: 'odd' })).toBe('tags is odd.');
  });

  it('nests sections of different names', () => {
    expect(compose('nested', { key: 'x', allowed: ['a', 'b'] }, ['y'])).toBe('Unknown "x"; did you mean "y"?');
    expect(compose('nested', { key: 'x', allowed: ['a', 'b'] })).toBe('Unknown "x"; allowed: a, b.');
    expect(compose('nested', { key: 'x', allowed: [] })).toBe('Unknown "x".');
  });

  it('gives a positional form: numbered placeholders, the declared ones first, plural words and looked-up words as arguments', () => {
    const p = positional(CATALOGUE, 'en', 'demo', 'braces', { n: 1 }, ['z'], {
      order: ['expected'],
      format: (i) => `{${i}}`,
      literal: (t) => t.replace(/[{}]/g, (c) => c + c),
    });
    expect(p).toEqual({ template: 'Write {{x: {1}}} {2} or "{0}".', args: ['z', '1', 'item'], variant: ['expected'] });
    expect(positional(CATALOGUE, 'en', 'demo', 'kind', { field: 'f', actual: 'list' }, undefined, { format: (i) => `%${i}` })).toEqual({
      template: '%0 is %1.',
      args: ['f', 'a list'],
      variant: [],
    });
    expect(positional(CATALOGUE, 'en', 'demo', 'missing', {}, undefined, { format: String })).toBeUndefined();
  });
});
