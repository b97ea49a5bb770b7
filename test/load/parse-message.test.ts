import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { textInField } from '../../src/scope/locate.js';
import type { Message } from '../../src/model/message.js';
import { locateInYaml } from '../../src/validate/yaml-locate.js';
import { messageOf, parsed, positionOf, sentence, whereId } from '../helpers/stages.js';

const TEXT = `---
title: "Nieuwe app"
date: 2026-02-02T09:00
audience: [magazijn, kantoor]
goal: roosterapp
why: >-
  Je ruilt straks zelf
  diensten met collega's.
cta:
  text: 'Installeer de app'
  url: https://intranet.example/app
---
# Kop

Tekst hier, met een *nadruk*.

- een punt
`;

const at = (m: Message, path: (string | number)[]) => {
  const { line, column } = locateInYaml(m.frontMatter, m.source, path);
  return `${line}:${column}`;
};
const pos = (text: string, needle: string, occurrence = 0) => {
  const p = positionOf(text, needle, occurrence);
  return `${p.line}:${p.column}`;
};

/** Every node of the body, as `type line:column`, depth first. */
function outline(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type !== 'root' && node.position) out.push(`${node.type} ${node.position.start.line}:${node.position.start.column}`);
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(tree);
  return out;
}

describe('front-matter positions', () => {
  const variants: [string, string][] = [
    ['LF', TEXT],
    ['CRLF', TEXT.replace(/\n/g, '\r\n')],
    ['an opening fence with trailing blanks', TEXT.replace('---\n', '---  \n')],
    ['an opening fence that names yaml', TEXT.replace('---\n', '---yaml\n')],
    ['an opening fence that names yml, CRLF', TEXT.replace('---\n', '---yml\n').replace(/\n/g, '\r\n')],
  ];

  for (const [name, text] of variants) {
    it(`points at each value with ${name}`, () => {
      const m = messageOf(text);
      expect(m.problems).toEqual([]);
      expect(at(m, ['title'])).toBe(pos(text, '"Nieuwe app"'));
      expect(at(m, ['date'])).toBe(pos(text, '2026-02-02T09:00'));
      expect(at(m, ['audience', 0])).toBe(pos(text, 'magazijn'));
      expect(at(m, ['audience', 1])).toBe(pos(text, 'kantoor'));
      expect(at(m, ['goal'])).toBe(pos(text, 'roosterapp'));
      expect(at(m, ['why'])).toBe(pos(text, '>-'));
      expect(at(m, ['cta', 'text'])).toBe(pos(text, "'Installeer de app'"));
      expect(at(m, ['cta', 'url'])).toBe(pos(text, 'https://intranet'));
      // Text inside a folded block scalar is found on its own line.
      const diensten = textInField(m, ['why'], 'diensten');
      expect(`${diensten.line}:${diensten.column}`).toBe(pos(text, 'diensten'));
      expect(m.fields.why).toBe("Je ruilt straks zelf diensten met collega's.");
      expect(m.fields.title).toBe('Nieuwe app');
      expect(m.fields.cta).toEqual({ text: 'Installeer de app', url: 'https://intranet.example/app' });
    });
  }

  it('falls back to the nearest parent for a path that does not exist', () => {
    const m = messageOf(TEXT);
    expect(at(m, ['cta', 'due'])).toBe(pos(TEXT, 'text:'));
    expect(at(m, ['audience', 5])).toBe(pos(TEXT, '[magazijn'));
    expect(at(m, ['image', 'alt'])).toBe('2:1');
  });

  it('puts problems at the value at fault, also in CRLF files', () => {
    const text = '---\r\ntitle: Test\r\ndate: 2026-02-30\r\naudience: [Magazijn]\r\ngoal: roosterapp\r\nkind: nieuws\r\n---\r\nBody\r\n';
    const m = messageOf(text);
    expect(m.problems.map(whereId)).toEqual(['3:7 real-date-time', '4:12 kebab-case', '6:7 invalid-value']);
    expect(m.problems.map((p) => p.data.field)).toEqual(['date', 'audience', 'kind']);
    expect(m.problems[2]).toMatchObject({
      data: { actual: 'text', value: 'nieuws', options: ['news', 'change', 'success', 'dialogue', 'event'] },
      expected: ['news'],
    });
    // The wording a writer reads, once.
    expect(m.problems.map(sentence)).toEqual([
      '"date" is not a real date and time.',
      'Write "magazijn" instead of "Magazijn": an id has lower-case letters, digits and hyphens, no spaces.',
      '"kind" is "nieuws", but must be one of: news, change, success, dialogue, event; did you mean "news"?',
    ]);
  });

  it('puts an unknown key at the key, with a suggestion', () => {
    const m = messageOf('---\ntitle: Test\ndate: 2026-02-02\naudiance: all\ngoal: roosterapp\n---\n');
    expect(m.problems.map(whereId)).toEqual(['4:1 unknown-field', '1:1 required-field']);
    expect(m.problems[0]).toMatchObject({ data: { key: 'audiance' }, expected: ['audience'] });
    expect(m.problems[1]!.data).toEqual({ key: 'audience' });
    expect(sentence(m.problems[0]!)).toBe('Did you mean "audience"? herald does not know the field "audiance".');
  });

  it('reports YAML syntax errors at their line and column', () => {
    const m = messageOf('---\ntitle: Test\naudience: [magazijn\ngoal: roosterapp\n---\nBody\n');
    expect(m.problems.length).toBeGreaterThan(0);
    for (const p of m.problems) expect(p).toMatchObject({ messageId: 'unclosed-list', data: { key: 'audience' }, debug: expect.stringMatching(/\.$/) });
    expect(m.problems[0]!.at.line).toBeGreaterThanOrEqual(3);
    expect(m.problems[0]!.at.line).toBeLessThanOrEqual(4);
    // Nothing is taken from a front-matter that does not parse, and no "missing" cascade follows.
    expect(m.fields.title).toBeUndefined();
    expect(m.problems.some((p) => p.messageId === 'required-field')).toBe(false);
  });

  it('reports a quote that is never closed where it opens', () => {
    const text = "---\ntitle: Test\naudience: [magazijn, 'kantoor]\ngoal: roosterapp\n---\nBody\n";
    const m = messageOf(text);
    expect(m.problems[0]).toMatchObject({ at: positionOf(text, "'kantoor"), messageId: 'unclosed-quote', data: { key: 'audience' } });
    expect(sentence(m.problems[0]!)).toBe('Close the quotes of "audience": put the same quote mark at the end of the text, on the same line.');
  });

  it('reports a key written twice at the second one', () => {
    const m = messageOf('---\ntitle: Test\ntitle: Nog eens\n---\n');
    expect(m.problems.map((p) => `${p.at.line}:${p.at.column}`)).toEqual(['3:1']);
    expect(m.problems[0]).toMatchObject({ messageId: 'duplicate-key', data: { key: 'title' } });
  });

  it('keeps the parsed document with positions for the rules', () => {
    const m = messageOf(TEXT);
    expect(m.frontMatter?.getIn(['cta', 'url'])).toBe('https://intranet.example/app');
    expect([...m.presentKeys]).toEqual(['title', 'date', 'audience', 'goal', 'why', 'cta']);
  });
});

describe('body positions are file positions', () => {
  it('puts every node on the line where the file has it', () => {
    const m = messageOf(TEXT);
    expect(m.bodyLine).toBe(13);
    expect(outline(m.tree)).toEqual(
      expect.arrayContaining([
        `heading ${pos(TEXT, '# Kop')}`,
        `paragraph ${pos(TEXT, 'Tekst hier')}`,
        `emphasis ${pos(TEXT, '*nadruk*')}`,
        `list ${pos(TEXT, '- een')}`,
      ]),
    );
    const text = m.tree.children[1]!;
    expect(text.type).toBe('paragraph');
    expect(text.position?.start).toMatchObject({ line: 15, column: 1 });
  });

  it('does so with CRLF line endings too', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    expect(outline(messageOf(crlf).tree)).toEqual(outline(messageOf(TEXT).tree));
    expect(messageOf(crlf).bodyLine).toBe(13);
  });

  it('counts the lines of a long folded scalar and of blank lines in the front-matter', () => {
    const text = '---\ntitle: Test\n\nwhy: |\n  een\n  twee\n\n  drie\n---\n\n\nEerste alinea.\n';
    const m = messageOf(text);
    expect(m.bodyLine).toBe(10);
    expect(outline(m.tree)[0]).toBe('paragraph 12:1');
  });

  it('starts at line 1 in a file without front-matter', () => {
    const m = messageOf('Alleen tekst.\n\n## Kop\n');
    expect(m.bodyLine).toBe(1);
    expect(outline(m.tree).filter((n) => !n.startsWith('text'))).toEqual(['paragraph 1:1', 'heading 3:1']);
  });

  it('gives an empty tree for a message with only front-matter', () => {
    const m = messageOf('---\ntitle: Test\n---');
    expect(m.tree.children).toEqual([]);
    expect(m.bodyLine).toBe(3);
  });
});

describe('files without, or with odd, front-matter', () => {
  it('a file without front-matter is one problem at 1:1', () => {
    const m = messageOf('Geen front-matter hier.\n');
    expect(m.frontMatter).toBeUndefined();
    expect(m.problems.map(whereId)).toEqual(['1:1 no-front-matter']);
    expect(sentence(m.problems[0]!)).toBe('Start the file with a block between two "---" lines, with title, date, audience and goal.');
    expect(parsed('Geen front-matter hier.\n').hasFrontMatter).toBe(false);
  });

  it('a thematic break (----) on the first line is not a front-matter fence', () => {
    const p = parsed('----\n\nTekst.\n');
    expect(p.hasFrontMatter).toBe(false);
    expect(p.syntaxProblems).toEqual([]);
    expect(outline(p.tree)[0]).toBe('thematicBreak 1:1');
  });

  it('an unclosed front-matter is reported at the opening fence', () => {
    const m = messageOf('---\ntitle: Test\ndate: 2026-02-02\n');
    expect(m.problems[0]).toEqual({ at: { line: 1, column: 1 }, messageId: 'unclosed', data: {} });
  });

  it('an empty front-matter reports each required field', () => {
    for (const text of ['---\n---\nBody\n', '---\n\n---\nBody\n', '---\r\n---\r\nBody\r\n']) {
      const m = messageOf(text);
      expect(
        m.problems.map((p) => `${p.messageId} ${p.data.key}`),
        JSON.stringify(text),
      ).toEqual(['required-field title', 'required-field date', 'required-field audience', 'required-field goal']);
      expect(m.fields).toEqual({ kind: 'news', draft: false });
    }
  });

  it('a front-matter with only comments counts as empty, and keeps the body where it is', () => {
    const m = messageOf('---\n# nog invullen\n---\nBody\n');
    expect(m.problems).toHaveLength(4);
    expect(m.bodyLine).toBe(4);
    expect(outline(m.tree)[0]).toBe('paragraph 4:1');
  });

  it('a front-matter that is not a mapping says so', () => {
    const m = messageOf('---\nzomaar tekst\n---\n');
    expect(m.problems[0]).toMatchObject({ at: { line: 2, column: 1 }, messageId: 'not-a-mapping' });
  });
});

describe('front-matter in other languages is refused and never evaluated', () => {
  const g = globalThis as { heraldEvaluated?: number };

  for (const opening of ['---js', '---javascript', '--- js', '---JS', '---coffee']) {
    it(`${opening}`, () => {
      delete g.heraldEvaluated;
      const text = `${opening}\n{ title: (globalThis.heraldEvaluated = 1, "x"), date: "2026-02-02" }\n---\nBody text.\n`;
      const m = messageOf(text);
      expect(g.heraldEvaluated).toBeUndefined();
      expect(m.frontMatter).toBeUndefined();
      expect(m.fields.title).toBeUndefined();
      expect(m.problems).toHaveLength(1);
      expect(m.problems[0]!.at).toEqual({ line: 1, column: 4 });
      expect(m.problems[0]).toMatchObject({ messageId: 'not-yaml', data: { language: opening.slice(3).trim().toLowerCase() } });
      // The body after the block is still read, at its real lines.
      expect(outline(m.tree)[0]).toBe('paragraph 4:1');
    });
  }

  it('---json', () => {
    const m = messageOf('---json\n{"title": "x"}\n---\nBody\n');
    expect(m.fields.title).toBeUndefined();
    expect(m.problems.map(sentence)).toEqual(['Front-matter must be YAML, but this block is marked "json"; start it with a plain "---" line.']);
  });

  it('---toml', () => {
    const m = messageOf('---toml\ntitle = "x"\n---\nBody\n');
    expect(m.fields.title).toBeUndefined();
    expect(m.problems.map((p) => [p.messageId, p.data])).toEqual([['not-yaml', { language: 'toml' }]]);
  });

  it('a refused block that is never closed leaves no body', () => {
    const m = messageOf('---js\n{ title: "x" }\n');
    expect(m.tree.children).toEqual([]);
    expect(m.problems).toHaveLength(1);
  });
});

describe('every file is parsed on its own', () => {
  it('parses identical texts into separate documents, each with its own positions', () => {
    const a = parsed(TEXT, 'content/a.md');
    const b = parsed(TEXT, 'content/b.md');
    expect(a.frontMatter).toBeDefined();
    expect(b.frontMatter).toBeDefined();
    expect(a.frontMatter).not.toBe(b.frontMatter);
    expect(b.file).toBe('content/b.md');
    a.frontMatter!.setIn(['title'], 'Veranderd');
    expect(b.frontMatter!.getIn(['title'])).toBe('Nieuwe app');
  });

  it('reads a changed file afresh', () => {
    const before = messageOf('---\ntitle: Een\n---\n', 'content/a.md');
    const after = messageOf('---\ntitle: Twee\n---\n', 'content/a.md');
    expect([before.fields.title, after.fields.title]).toEqual(['Een', 'Twee']);
  });
});

describe('autolinks (GFM)', () => {
  const links = (body: string) => {
    const out: string[] = [];
    const walk = (node: Root | RootContent) => {
      if (node.type === 'link') out.push(node.url);
      if ('children' in node) for (const child of node.children) walk(child as RootContent);
    };
    walk(parsed(`---\ntitle: x\n---\n${body}\n`).tree);
    return out;
  };

  it('links URLs, www. hosts, bare domains and e-mail addresses in text', () => {
    expect(links('Zie https://intranet.example/rooster of www.koelkade.nl.')).toEqual(['https://intranet.example/rooster', 'http://www.koelkade.nl']);
    expect(links('Kijk op koelkade.nl of mail hr@koelkade.nl.')).toEqual(['http://koelkade.nl', 'mailto:hr@koelkade.nl']);
    expect(links('Protocol-relatief: //cdn.example/x')).toEqual(['//cdn.example/x']);
  });

  it('leaves prose without a host, scheme or address alone', () => {
    expect(links('Dit is gewoon tekst. Met zinnen, o.a. afkortingen en 3.5 procent.')).toEqual([]);
  });
});

describe('YAML mistakes become advice, never the parser’s words', () => {
  it.each([
    ['a backslash in double quotes', 'title: "C:\\q map"', 'bad-escape'],
    ['an alias', 'title: *belangrijk', 'quote-value'],
    ['a custom tag', 'title: !belangrijk Nieuws', 'quote-value'],
    ['a value starting with @', 'title: @team nieuws', 'quote-value'],
    ['a document end marker', '...\ngoal: roosterapp', 'extra-document'],
    ['a block list inside brackets', 'audience: [magazijn,\n- kantoor]', undefined],
    ['a line without a colon', 'Vanaf maart', 'missing-colon'],
    ['a colon in a value', 'title: Let op: nieuw', 'colon-in-value'],
    ['a tab', 'cta:\n\ttext: Lees het', 'tab-indent'],
  ])('%s', (_, line, messageId) => {
    const m = messageOf(`---\ntitle: Test\ndate: 2026-02-02\n${line}\n---\nBody\n`.replace('title: Test\n', line.startsWith('title:') ? '' : 'title: Test\n'));
    expect(m.problems.length).toBeGreaterThan(0);
    for (const p of m.problems) {
      // Every problem is a sentence of the front-matter rule's own, with no parser reason in its data.
      expect(p.messageId).not.toBe('yaml-error');
      expect(Object.keys(p.data)).not.toContain('reason');
      expect(sentence(p)).not.toMatch(/mapping|scalar|implicit|indentation|token/i);
    }
    if (messageId) expect(m.problems[0]!.messageId).toBe(messageId);
  });
});
