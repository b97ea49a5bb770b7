import { describe, expect, it } from 'vitest';
import { proseOf, type ProseBlock } from '../../src/scope/prose.js';
import { messageOf, positionOf } from '../helpers/stages.js';

const FRONT = '---\ntitle: Test\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: roosterapp\n---\n';

function blocks(body: string, front = FRONT) {
  const text = front + body;
  return { text, blocks: proseOf(messageOf(text)) };
}

/** Where the block maps the n-th occurrence of `word` in its text, as `line:column`. */
function mapped(block: ProseBlock, word: string, occurrence = 0): string {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = block.text.indexOf(word, index + 1);
  if (index === -1) throw new Error(`"${word}" not in ${JSON.stringify(block.text)}`);
  const { line, column } = block.locate(index);
  return `${line}:${column}`;
}

/** Where the file has the n-th occurrence of `word`, as `line:column`. */
function actual(text: string, word: string, occurrence = 0): string {
  const { line, column } = positionOf(text, word, occurrence);
  return `${line}:${column}`;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('proseOf: what is prose', () => {
  it('leaves out fenced and indented code, and inline code', () => {
    const { blocks: b } = blocks('Voor `EXCLUSIEF()` na.\n\n```js\nconst LIMITED = 1;\n```\n\n    indented CODE here\n\nEinde.\n');
    expect(b.map((x) => squash(x.text))).toEqual(['Voor na.', 'Einde.']);
  });

  it('leaves out raw HTML blocks and tags, but keeps the words between inline tags', () => {
    const { blocks: b } = blocks('<div class="banner">\nHTML BLOK\n</div>\n\nTekst met <b>vet</b> en <!-- commentaar --> meer.\n');
    expect(b.map((x) => squash(x.text))).toEqual(['Tekst met vet en meer.']);
  });

  it('leaves out bare URLs, autolinks and e-mail addresses, but keeps link text', () => {
    const { blocks: b } = blocks(
      'Zie https://intranet.example/app?x=1 of <https://auto.example> of www.voorbeeld.nl of hr@voorbeeld.nl of [de roosterapp](https://intranet.example/app).\n',
    );
    expect(b).toHaveLength(1);
    expect(squash(b[0]!.text)).toBe('Zie of of of of de roosterapp.');
  });

  it('leaves out a link whose text is its own address', () => {
    const { blocks: b } = blocks(
      'Kijk op [intranet.example](https://intranet.example/) of [mail ons](mailto:hr@voorbeeld.nl) of [hr@voorbeeld.nl](mailto:hr@voorbeeld.nl).\n',
    );
    expect(squash(b[0]!.text)).toBe('Kijk op of mail ons of .');
  });

  it('leaves out images, but not the words around them', () => {
    const { blocks: b } = blocks('Voor ![EXCLUSIEF plaatje](foto.jpg) na.\n');
    expect(squash(b[0]!.text)).toBe('Voor na.');
  });

  it('keeps words apart where something was left out', () => {
    const { blocks: b } = blocks('een`code`twee\n');
    expect(b[0]!.text).not.toContain('eentwee');
  });

  it('returns paragraphs, headings and table cells, each as its own block', () => {
    const { blocks: b } = blocks('# Kop\n\nAlinea.\n\n| Kolom | Twee |\n| --- | --- |\n| cel | x |\n\n- item\n\n> citaat\n');
    expect(b.map((x) => [x.kind, squash(x.text)])).toEqual([
      ['heading', 'Kop'],
      ['paragraph', 'Alinea.'],
      ['tableCell', 'Kolom'],
      ['tableCell', 'Twee'],
      ['tableCell', 'cel'],
      ['tableCell', 'x'],
      ['paragraph', 'item'],
      ['paragraph', 'citaat'],
    ]);
  });

  it('marks prose inside :::for blocks with their segment', () => {
    const { blocks: b } = blocks('Voor iedereen.\n\n:::for{segment=magazijn}\nAlleen voor het magazijn.\n:::\n\nWeer iedereen.\n');
    expect(b.map((x) => [squash(x.text), x.segment])).toEqual([
      ['Voor iedereen.', undefined],
      ['Alleen voor het magazijn.', 'magazijn'],
      ['Weer iedereen.', undefined],
    ]);
  });

  it('is computed once per message', () => {
    const m = messageOf(`${FRONT}Tekst.\n`);
    expect(proseOf(m)).toBe(proseOf(m));
  });

  it('is empty for a message without body', () => {
    expect(proseOf(messageOf(FRONT))).toEqual([]);
  });
});

describe('proseOf: offsets map back to the file', () => {
  it('in a plain paragraph after the front-matter', () => {
    const { text, blocks: b } = blocks('Eerste regel met WOORD erin.\n');
    expect(mapped(b[0]!, 'WOORD')).toBe(actual(text, 'WOORD'));
    expect(mapped(b[0]!, 'Eerste')).toBe('7:1');
  });

  it('after inline code, emphasis, links and HTML on the same line', () => {
    const { text, blocks: b } = blocks('Met `code` en *nadruk* en [een link](https://x.example) en <b>vet</b> dan WOORD.\n');
    for (const word of ['nadruk', 'een link', 'vet', 'WOORD']) expect(mapped(b[0]!, word), word).toBe(actual(text, word));
  });

  it('on continuation lines of a paragraph', () => {
    const { text, blocks: b } = blocks('Eerste regel\ntweede regel met WOORD\n   derde regel met WOORD\n');
    expect(mapped(b[0]!, 'WOORD')).toBe(actual(text, 'WOORD'));
    expect(mapped(b[0]!, 'WOORD', 1)).toBe(actual(text, 'WOORD', 1));
    expect(mapped(b[0]!, 'derde')).toBe(actual(text, 'derde'));
  });

  it('on continuation lines of list items, bullet and numbered, nested', () => {
    const body = '- Eerste item dat\n  doorloopt met WOORD\n- Tweede\n\n1. Genummerd\n   vervolg met WOORD\n\n- buiten\n  - binnen\n    nog dieper WOORD\n';
    const { text, blocks: b } = blocks(body);
    const all = b.filter((x) => x.text.includes('WOORD'));
    expect(all).toHaveLength(3);
    all.forEach((block, i) => expect(mapped(block, 'WOORD'), block.text).toBe(actual(text, 'WOORD', i)));
    expect(mapped(b[0]!, 'doorloopt')).toBe(actual(text, 'doorloopt'));
  });

  it('on continuation lines of blockquotes, lazy lines and nested quotes included', () => {
    const body =
      '> Citaat regel een\n> en regel twee met WOORD\n\n> Citaat\nlazy regel met WOORD\n\n> > Dubbel\n> > genest met WOORD\n\n> - lijst in citaat\n>   vervolg WOORD\n';
    const { text, blocks: b } = blocks(body);
    const all = b.filter((x) => x.text.includes('WOORD'));
    expect(all).toHaveLength(4);
    all.forEach((block, i) => expect(mapped(block, 'WOORD'), block.text).toBe(actual(text, 'WOORD', i)));
  });

  it('in headings and table cells', () => {
    const { text, blocks: b } = blocks('## Kop met WOORD\n\n| a | b |\n| --- | --- |\n| een | cel met WOORD |\n');
    expect(mapped(b[0]!, 'WOORD')).toBe(actual(text, 'WOORD'));
    const cell = b.find((x) => x.text.includes('WOORD') && x.kind === 'tableCell')!;
    expect(mapped(cell, 'WOORD')).toBe(actual(text, 'WOORD', 1));
  });

  it('after entities and backslash escapes, which are shorter in the text than in the file', () => {
    const { text, blocks: b } = blocks('Tom &amp; Jerry \\*zijn\\* &eacute;&eacute;n WOORD.\n\n- item\n  en &lt;x&gt; WOORD\n');
    expect(b[0]!.text).toContain('Tom & Jerry *zijn* één WOORD');
    expect(mapped(b[0]!, 'WOORD')).toBe(actual(text, 'WOORD'));
    expect(mapped(b[0]!, 'Jerry')).toBe(actual(text, 'Jerry'));
    const item = b.find((x) => x.text.includes('<x>'))!;
    expect(mapped(item, 'WOORD')).toBe(actual(text, 'WOORD', 1));
  });

  it('after a hard line break', () => {
    const { text, blocks: b } = blocks('Regel met  \nharde break WOORD\n\nOf met\\\nbackslash WOORD\n');
    expect(mapped(b[0]!, 'WOORD')).toBe(actual(text, 'WOORD'));
    expect(mapped(b[1]!, 'WOORD')).toBe(actual(text, 'WOORD', 1));
  });

  it('inside :::for blocks', () => {
    const { text, blocks: b } = blocks(':::for{segment=magazijn}\nAlleen magazijn, met WOORD.\n:::\n');
    expect(mapped(b[0]!, 'WOORD')).toBe(actual(text, 'WOORD'));
  });

  it('with CRLF line endings and a long front-matter', () => {
    const front = '---\ntitle: Test\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: roosterapp\nwhy: >-\n  Een reden\n  over twee regels.\n---\n';
    const body = 'Eerste\n\n- item\n  met WOORD\n\n> quote\n> met WOORD\n';
    const text = (front + body).replace(/\n/g, '\r\n');
    const b = proseOf(messageOf(text));
    const all = b.filter((x) => x.text.includes('WOORD'));
    expect(all).toHaveLength(2);
    all.forEach((block, i) => expect(mapped(block, 'WOORD')).toBe(actual(text, 'WOORD', i)));
  });

  it('maps the end of a block to the end of its text', () => {
    const { text, blocks: b } = blocks('Kort zinnetje.\n');
    const end = b[0]!.locate(b[0]!.text.length);
    expect(`${end.line}:${end.column}`).toBe(actual(text, '.\n').replace(/:(\d+)$/, (_, c: string) => `:${Number(c) + 1}`));
  });
});
