import { describe, expect, it } from 'vitest';
import { composeFrom, type Catalogue } from '../../src/messages/catalogue.js';
import { compose, placeholdersOf } from '../../src/messages/index.js';
import { en } from '../../src/messages/en.js';
import { RULES } from '../../src/rules/index.js';

/** Owned elsewhere for now: front-matter's sentences come with its own conversion. */
const NOT_YET = new Set(['front-matter']);
const ruleIds = new Set(RULES.map((r) => r.id));
const converted = RULES.filter((r) => !NOT_YET.has(r.id));

describe('the en catalogue and the rules', () => {
  it.each(converted.map((r) => [r.id, r] as const))('%s: every declared message has a sentence using exactly its placeholders', (_, rule) => {
    expect(rule.messages, `${rule.id} declares no messages`).toBeDefined();
    for (const [messageId, names] of Object.entries(rule.messages!)) {
      const template = en[rule.id]?.[messageId];
      expect(template, `${rule.id}/${messageId} has no sentence`).toBeTypeOf('string');
      const used = placeholdersOf(template!).filter((name) => name !== 'expected');
      expect(used, `${rule.id}/${messageId}`).toEqual([...names].sort());
    }
  });

  it('has no sentence a rule does not declare (namespaces that are rules only)', () => {
    for (const [namespace, sentences] of Object.entries(en)) {
      if (!ruleIds.has(namespace) || NOT_YET.has(namespace)) continue; // common, plan-schema, rebuild, template …
      const declared = Object.keys(RULES.find((r) => r.id === namespace)!.messages ?? {});
      for (const messageId of Object.keys(sentences)) expect(declared, `${namespace}/${messageId}`).toContain(messageId);
    }
  });

  it('declares message ids in kebab-case', () => {
    for (const rule of converted) for (const id of Object.keys(rule.messages ?? {})) expect(id, rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('the composer', () => {
  const catalogue: Catalogue = {
    common: { shared: 'Shared {{x}}.' },
    t: {
      words: '{{count}} {{count|word|words}}',
      did: 'Unknown "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
      list: 'Ids: {{ids}}.',
      quoted: 'Segments {{#ids}}"{{.}}"{{/ids}}; others {{#files}}{{.}} ({{.dates}}){{/files}}.',
    },
  };
  const c = (id: string, data = {}, expected?: string[]) => composeFrom(catalogue, 'en', 't', id, data, expected);

  it('chooses the singular or plural word by the number', () => {
    expect([0, 1, 2].map((count) => c('words', { count }))).toEqual(['0 words', '1 word', '2 words']);
  });

  it('shows a section when its value is there, the inverted one when not', () => {
    expect(c('did', { id: 'x' }, ['y'])).toBe('Unknown "x"; did you mean "y"?');
    expect(c('did', { id: 'x' })).toBe('Unknown "x".');
    expect(c('did', { id: 'x' }, [])).toBe('Unknown "x".');
  });

  it('joins a list with ", ", and repeats a section with {{.}} for each item', () => {
    expect(c('list', { ids: ['a', 'b', 'c'] })).toBe('Ids: a, b, c.');
    expect(c('quoted', { ids: ['a', 'b'], files: ['x.md', 'y.md'], dates: ['2026-01-01', '2026-01-02'] })).toBe(
      'Segments "a", "b"; others x.md (2026-01-01), y.md (2026-01-02).',
    );
    expect(c('quoted', { ids: [], files: [] })).toBe('Segments ; others .');
  });

  it('falls back to common, then to the bare id when no catalogue has the message', () => {
    expect(composeFrom(catalogue, 'en', 't', 'shared', { x: 1 })).toBe('Shared 1.');
    expect(c('nothing')).toBeUndefined();
    expect(compose('en', 'no-such-rule', 'no-such-message')).toBe('no-such-rule/no-such-message');
  });

  it('lists the placeholders of a template, sections and items included', () => {
    expect(placeholdersOf(catalogue.t!.quoted!)).toEqual(['dates', 'files', 'ids']);
    expect(placeholdersOf(catalogue.t!.did!)).toEqual(['expected', 'id']);
  });
});
