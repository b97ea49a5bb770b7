import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulePageUrl, ruleUrl } from '../../src/model/diagnostic.js';

const GITHUB = 'https://github.com/org/herald/blob/main/docs/rules/hype.md';

describe('rulePageUrl: where a rule page is published, from a package.json', () => {
  it('gives no URL when the package names neither homepage nor repository', () => {
    expect(rulePageUrl({}, 'hype')).toBeUndefined();
    expect(rulePageUrl({ homepage: '', repository: {} }, 'hype')).toBeUndefined();
    expect(rulePageUrl({ homepage: 'not a url', repository: 42 }, 'hype')).toBeUndefined();
  });

  it('links the checked-in page on main for a GitHub repository, in every form npm accepts', () => {
    for (const repository of [
      'https://github.com/org/herald',
      'https://github.com/org/herald.git',
      'git+https://github.com/org/herald.git',
      'git@github.com:org/herald.git',
      'ssh://git@github.com/org/herald.git',
      'github:org/herald',
      'org/herald',
      { type: 'git', url: 'git+https://github.com/org/herald.git' },
    ])
      expect(rulePageUrl({ repository }, 'hype'), JSON.stringify(repository)).toBe(GITHUB);
  });

  it('links the Dutch page for a writer who reads Dutch', () => {
    expect(rulePageUrl({ repository: 'github:org/herald' }, 'hype', 'nl')).toBe('https://github.com/org/herald/blob/main/docs/rules/nl/hype.md');
    expect(rulePageUrl({ homepage: 'https://docs.example.org/herald/' }, 'hype', 'nl')).toBe('https://docs.example.org/herald/rules/nl/hype');
    expect(rulePageUrl({}, 'hype', 'nl')).toBeUndefined();
  });

  it('puts repository.directory in between for a package in a monorepo', () => {
    expect(rulePageUrl({ repository: { type: 'git', url: 'https://github.com/org/tools.git', directory: 'packages/herald' } }, 'hype')).toBe(
      'https://github.com/org/tools/blob/main/packages/herald/docs/rules/hype.md',
    );
  });

  it('links a GitLab repository (groups and subgroups included)', () => {
    expect(rulePageUrl({ repository: 'https://gitlab.com/comms/tools/herald.git' }, 'cta-vague')).toBe(
      'https://gitlab.com/comms/tools/herald/-/blob/main/docs/rules/cta-vague.md',
    );
    expect(rulePageUrl({ repository: 'gitlab:comms/herald' }, 'mix')).toBe('https://gitlab.com/comms/herald/-/blob/main/docs/rules/mix.md');
  });

  it('gives no URL for a repository on a host whose page layout it does not know', () => {
    expect(rulePageUrl({ repository: 'https://git.example.org/comms/herald.git' }, 'hype')).toBeUndefined();
  });

  it('prefers a homepage that is a site of its own: <homepage>/rules/<id>', () => {
    const repository = 'github:org/herald';
    expect(rulePageUrl({ homepage: 'https://docs.example.org/herald/', repository }, 'hype')).toBe('https://docs.example.org/herald/rules/hype');
    expect(rulePageUrl({ homepage: 'https://docs.example.org/herald', repository }, 'hype')).toBe('https://docs.example.org/herald/rules/hype');
    expect(rulePageUrl({ homepage: 'https://docs.example.org/#start' }, 'hype')).toBe('https://docs.example.org/rules/hype');
  });

  it('reads a homepage on GitHub (npm’s default, …#readme) as the repository', () => {
    expect(rulePageUrl({ homepage: 'https://github.com/org/herald#readme' }, 'hype')).toBe(GITHUB);
    expect(rulePageUrl({ homepage: 'https://github.com/org/herald/tree/main/docs' }, 'hype')).toBe(GITHUB);
  });

  it('never takes a homepage that is not http(s)', () => {
    expect(rulePageUrl({ homepage: 'javascript:alert(1)' }, 'hype')).toBeUndefined();
    expect(rulePageUrl({ homepage: 'file:///etc/' }, 'hype')).toBeUndefined();
  });
});

describe('ruleUrl: herald’s own', () => {
  it('follows herald’s package.json: no URL while it names no homepage or repository', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage?: string; repository?: unknown };
    expect(ruleUrl('hype')).toBe(rulePageUrl(pkg, 'hype'));
    if (pkg.homepage === undefined && pkg.repository === undefined) expect(ruleUrl('hype')).toBeUndefined();
  });
});
