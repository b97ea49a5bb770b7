import { describe, expect, it } from 'vitest';
import { explainRule } from '../../src/cli/rules-command.js';

describe('herald rules <id>: the built-in lists an option adds to', () => {
  it('shows hype’s word and acronym lists, not just an empty default', () => {
    const text = explainRule('hype', false);
    expect(text).toContain('  words: []');
    expect(text).toMatch(/words: \[\]\n {4}adds to \d+ built-in entries \(data\/wordlists\/hype\.yaml\):\n {6}exclusief, exclusieve, nu of nooit/);
    expect(text).toContain('geweldig');
    expect(text).toMatch(/acronyms: \[\]\n {4}adds to \d+ built-in entries/);
    for (const line of text.split('\n').filter((l) => l.startsWith('      '))) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('shows readability’s substitutions and link-text’s phrases', () => {
    expect(explainRule('readability', false)).toContain('nl: teneinde → om');
    expect(explainRule('link-text', false)).toContain('klik hier');
  });
});
