import { describe, expect, it } from 'vitest';
import { composeFrom, type Catalogue } from '../../src/messages/catalogue.js';
import { compose, formatNumber, formatPercent } from '../../src/messages/index.js';

describe('numbers in the writer’s language', () => {
  it('formats with the language’s separators: Dutch "1.234" and "0,4", English "1,234" and "0.4"', () => {
    expect(formatNumber(1234, 'nl')).toBe('1.234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(0.4, 'nl')).toBe('0,4');
    expect(formatNumber(0.4, 'en')).toBe('0.4');
    expect(formatNumber(12345.67, 'nl')).toBe('12.345,67');
    // A fixed number of decimals, as a duration shows it.
    expect(formatNumber(2, 'nl', 1)).toBe('2,0');
    expect(formatNumber(0.44, 'en', 1)).toBe('0.4');
    expect(formatPercent(0.25, 'nl')).toBe('25%');
    expect(formatPercent(0.333, 'en')).toBe('33%');
  });

  it('the catalogue writes every number in a sentence in the language, lists included', () => {
    const catalogue: Catalogue = {
      t: { n: '{{count}} berichten, {{ratio}} per week, regels {{lines}}', raw: 'bestand.yaml:{{line:raw}}, het getal {{value:raw}}' },
    };
    const data = { count: 1234, ratio: 0.4, lines: [1200, 1300] };
    expect(composeFrom(catalogue, 'nl', 't', 'n', data)).toBe('1.234 berichten, 0,4 per week, regels 1.200, 1.300');
    expect(composeFrom(catalogue, 'en', 't', 'n', data)).toBe('1,234 berichten, 0.4 per week, regels 1,200, 1,300');
    // A line after "file:" and a number as the writer wrote it stay as they are.
    expect(composeFrom(catalogue, 'nl', 't', 'raw', { line: 1234, value: 1.5 })).toBe('bestand.yaml:1234, het getal 1.5');
    // Text is never read as a number: "1.5" as the writer wrote it stays "1.5".
    expect(composeFrom(catalogue, 'nl', 't', 'n', { count: '1.5', ratio: 'x', lines: 'y' })).toBe('1.5 berichten, x per week, regels y');
  });

  it('real sentences: the stylish summary and the readability score', () => {
    expect(compose('nl', 'report', 'summary-problems', { count: 1234, errors: 1000, warnings: 234 })).toBe(
      '1.234 problemen (1.000 fouten, 234 waarschuwingen)',
    );
    expect(compose('en', 'report', 'summary-problems', { count: 1234, errors: 1000, warnings: 234 })).toBe('1,234 problems (1,000 errors, 234 warnings)');
    expect(compose('nl', 'terminal', 'build-done', { pages: 1500, messages: 1200, seconds: formatNumber(0.42, 'nl', 1), out: 'site/' })).toMatch(
      /^1\.500 pagina's gemaakt van 1\.200 berichten in 0,4 s → site\/ /,
    );
  });
});
