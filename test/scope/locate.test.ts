import { describe, expect, it } from 'vitest';
import { fieldLocation } from '../../src/scope/locate.js';
import { locateInYaml } from '../../src/validate/yaml-locate.js';
import { messageOf, positionOf } from '../helpers/stages.js';

/** Where the positioned YAML document puts a top-level value: what fieldLocation must give, read off the text or not. */
const byDocument = (text: string, key: string) => {
  const message = messageOf(text);
  return locateInYaml(message.frontMatter, message.source, [key], { fallbackLine: 1 });
};

describe('fieldLocation of a top-level value', () => {
  const cases: [string, string][] = [
    ['plain values, one a line', '---\ntitle: Nieuw rooster\ndate: 2026-03-02T09:00\ngoal: roosterapp\ncampaign: app-2026\n---\nTekst.\n'],
    ['a value with spaces or a tab before it', '---\ndate:    2026-03-02\ngoal:\troosterapp\n---\n'],
    ['a comment after the value', '---\ndate: 2026-03-02 # maandag\ngoal: roosterapp\n---\n'],
    ['a plain value that runs on to the next line', '---\ndate: 2026-03-02\n  09:00\ngoal: roosterapp\n---\n'],
    ['a quoted text over two lines that holds a line like a key', '---\nwhy: "Omdat\ndate: 2026-01-01"\ndate: 2026-03-02\n---\n'],
    ['Windows line ends', '---\r\ndate: 2026-03-02\r\ngoal: roosterapp\r\n---\r\nTekst.\r\n'],
    ['an anchor and an alias', '---\ndate: &d 2026-03-02\ngoal: roosterapp\n---\n'],
    ['a flow mapping over several lines', '---\n{\ndate: 2026-03-02,\ngoal: roosterapp\n}\n---\n'],
    ['a blank line after the value', '---\ngoal: roosterapp\n\ndate: 2026-03-02\n---\n'],
    ['quoted values', '---\ndate: "2026-03-02"\ngoal: \'roosterapp\'\n---\n'],
  ];
  it.each(cases)('is where the YAML document puts it: %s', (_, text) => {
    for (const key of ['title', 'date', 'goal', 'campaign', 'why', 'audience']) {
      expect(fieldLocation(messageOf(text), [key])).toEqual(byDocument(text, key));
    }
  });

  it('spans the value as written', () => {
    const text = '---\ntitle: Nieuw rooster\ndate: 2026-03-02T09:00\n---\nTekst.\n';
    const at = positionOf(text, '2026-03-02T09:00');
    expect(fieldLocation(messageOf(text), ['date'])).toEqual({ line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 16 });
  });
});
