import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  ReferencesRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Location,
  type MarkupContent,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { makeProject, message, PLAN } from '../helpers/project.js';
import { startLsp, type LspClient } from '../helpers/lsp-client.js';

const running: LspClient[] = [];
afterEach(async () => {
  while (running.length) {
    const client = running.pop()!;
    if (client.process.exitCode === null) client.process.kill();
  }
});

async function lsp(root: string, options?: Parameters<typeof startLsp>[1]): Promise<LspClient> {
  const client = await startLsp(root, options);
  running.push(client);
  return client;
}

/** Line and character (0-based) of the first `needle` in `text`, plus `shift` characters. */
function at(text: string, needle: string, shift = 0): Position {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function offsetOf(text: string, p: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < p.line; i++) offset += lines[i]!.length + 1;
  return offset + p.character;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetOf(out, e.range.start)) + e.newText + out.slice(offsetOf(out, e.range.end));
  return out;
}

function labels(result: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return items.map((i) => i.label);
}

const A = 'content/2026/a.md';
const B = 'content/2026/b.md';
const C = 'content/2026/c.md';

function project(extra: Record<string, string> = {}): { root: string; texts: Record<string, string> } {
  const texts = {
    [A]: message({ date: '2026-02-02T09:00', title: 'Roosterapp voor het magazijn' }),
    [B]: message({ date: '2026-02-03T09:00', title: 'Ruilen in de roosterapp' }),
    [C]: message({ date: '2026-03-03T09:00', title: 'De roosterapp na een maand' }),
    ...extra,
  };
  return { root: makeProject(texts), texts };
}

describe('herald lsp: a real client over stdio', () => {
  it('announces what it can do, and ends on shutdown and exit', async () => {
    const { root } = project();
    const client = await lsp(root);
    const caps = client.initialize.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.completionProvider).toBeTruthy();
    expect(caps.hoverProvider).toBe(true);
    expect(caps.definitionProvider).toBe(true);
    expect(caps.referencesProvider).toBe(true);
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix'] });
    expect(await client.shutdown()).toBe(0);
  });

  it('reports findings at their exact range, in the plan language, and follows unsaved edits', async () => {
    const { root } = project();
    const client = await lsp(root);
    const text = message({ date: '2026-03-10T09:00', audience: '[magazjin]' });
    const file = 'content/2026/nieuw.md';
    client.open(file, text);
    const first = await client.diagnostics(file, (p) => p.diagnostics.some((d) => d.code === 'unknown-reference'));
    const d = first.diagnostics.find((x) => x.code === 'unknown-reference')!;
    expect(d.range).toEqual({ start: at(text, 'magazjin'), end: at(text, 'magazjin', 'magazjin'.length) });
    expect(d.severity).toBe(1);
    expect(d.source).toBe('herald');
    expect(d.message).toContain('Bedoel je "magazijn"?');
    // The file is not on disk: the buffer is what the server lints.
    client.change(file, text.replace('magazjin', 'magazijn'));
    const fixed = await client.diagnostics(file, (p) => !p.diagnostics.some((x) => x.code === 'unknown-reference'));
    expect(fixed.version).toBe(2);
  });

  it('speaks English with HERALD_LANG=en', async () => {
    const { root } = project();
    const client = await lsp(root, { env: { HERALD_LANG: 'en' } });
    const text = message({ audience: '[magazjin]' });
    client.open('content/2026/x.md', text);
    const p = await client.diagnostics('content/2026/x.md', (x) => x.diagnostics.length > 0);
    expect(p.diagnostics.find((x) => x.code === 'unknown-reference')!.message).toMatch(/Did you mean "magazijn"\?/);
  });

  it('updates the other messages of a week that an unsaved edit pushes over the budget', async () => {
    const { root, texts } = project({ [A]: message({ date: '2026-01-20T09:00', title: 'Eerder bericht' }) });
    const client = await lsp(root);
    client.open(A, texts[A]!);
    client.open(C, texts[C]!);
    await client.diagnostics(A);
    // C moves next to B (3 and 4 February): two messages for magazijn that week, within its budget of 2.
    client.change(C, texts[C]!.replace('2026-03-03T09:00', '2026-02-04T09:00'));
    await client.diagnostics(C, (p) => p.diagnostics.every((d) => d.code !== 'frequency-cap'));
    // Now A, still unsaved, moves into the same week before B: C becomes the third message for magazijn.
    client.change(A, texts[A]!.replace('2026-01-20T09:00', '2026-02-02T08:00'));
    const over = await client.diagnostics(C, (p) => p.diagnostics.some((d) => d.code === 'frequency-cap'));
    const cap = over.diagnostics.find((d) => d.code === 'frequency-cap')!;
    expect(cap.message).toContain('magazijn');
    expect(cap.relatedInformation?.map((r) => r.location.uri).sort()).toEqual([client.uri(A), client.uri(B)].sort());
    // And back: the finding goes from C while A is edited.
    client.change(A, texts[A]!);
    await client.diagnostics(C, (p) => p.diagnostics.every((d) => d.code !== 'frequency-cap'));
  });

  it('completes plan ids, kinds, keys, segment blocks, rule ids and links', async () => {
    const { root, texts } = project();
    const client = await lsp(root);
    const text = texts[A]!.replace('goal: roosterapp', 'goal: roosterapp\nkind: \n').replace(
      'De app werkt',
      ':::for{segment=}\nTekst\n:::\n\n<!-- herald-disable-next-line  -->\nZie [eerder](\n\nDe app werkt',
    );
    client.open(A, text);
    await client.diagnostics(A);
    const complete = (p: Position) => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: client.uri(A) }, position: p });

    const audience = await complete(at(text, 'audience: [', 'audience: ['.length));
    expect(labels(audience)).toEqual(expect.arrayContaining(['magazijn', 'chauffeurs', 'kantoor', 'directie', 'all']));
    const magazijn = (audience as CompletionItem[]).find((i) => i.label === 'magazijn')!;
    expect(magazijn.detail).toBe('Magazijn — app, teamoverleg · hoogstens 2 per week · B1');

    const goal = (await complete(at(text, 'goal: ', 'goal: '.length))) as CompletionItem[];
    expect(goal.find((i) => i.label === 'roosterapp')!.detail).toBe('Iedereen regelt zijn rooster in de app — 2026-01-01 tot 2026-06-30');
    expect(labels(await complete(at(text, 'kind: ', 'kind: '.length)))).toEqual(['news', 'change', 'success', 'dialogue', 'event']);
    expect(labels(await complete(at(text, 'segment=', 'segment='.length)))).toEqual(expect.arrayContaining(['magazijn', 'kantoor']));
    const rules = labels(await complete(at(text, 'next-line ', 'next-line '.length)));
    expect(rules).toEqual(expect.arrayContaining(['hype', 'readability', 'frequency-cap']));
    expect(labels(await complete(at(text, '[eerder](', '[eerder]('.length)))).toEqual(expect.arrayContaining(['./b.md', './c.md']));

    // A new key: the keys the message does not have yet, each with a line of help.
    const keyed = text.replace('kind: \n', 'kind: news\nca\n');
    client.change(A, keyed);
    const keys = (await complete(at(keyed, '\nca\n', 3))) as CompletionItem[];
    expect(keys.map((k) => k.label)).toEqual(expect.arrayContaining(['campaign', 'channels', 'tags']));
    expect(keys.map((k) => k.label)).not.toContain('title');
    expect(keys.find((k) => k.label === 'campaign')!.detail).toBe('De campagne waar het bij hoort.');
  });

  it('completes ids across plan sections in a plan file', async () => {
    const { root } = project();
    const client = await lsp(root);
    const plan = PLAN.replace('    goal: roosterapp\n', '    goal: \n');
    client.open('plans/plan.yaml', plan);
    const items = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: client.uri('plans/plan.yaml') },
      position: at(plan, '    goal: \n', '    goal: '.length),
    });
    expect(labels(items)).toEqual(['roosterapp', 'veilig-werken']);
    const channels = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: client.uri('plans/plan.yaml') },
      position: at(plan, 'channels: [app, teamoverleg]', 'channels: ['.length),
    });
    expect(labels(channels)).toEqual(['app', 'teamoverleg', 'intranet', 'e-mail']);
  });

  it("explains a segment on hover with the load of the message's own week, and a goal", async () => {
    const { root, texts } = project();
    const client = await lsp(root);
    client.open(A, texts[A]!);
    await client.diagnostics(A);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: client.uri(A) },
      position: at(texts[A]!, 'audience: [magazijn', 14),
    });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('**Magazijn** (`magazijn`)');
    expect(value).toContain('Kanalen: app, teamoverleg');
    expect(value).toContain('Taalniveau: B1');
    // A (Mon 2 Feb) and B (Tue 3 Feb) are both in ISO week 6; the budget is 2.
    expect(value).toContain('2 van 2 berichten in week 6');
    const goal = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri(A) }, position: at(texts[A]!, 'goal: rooster', 8) });
    expect((goal!.contents as MarkupContent).value).toContain('We meten het zo: Aandeel ruilingen via de app');
  });

  it('goes to the definition of an id in the plan and of a linked message, and finds the references of a plan id', async () => {
    const { root, texts } = project();
    const client = await lsp(root);
    const text = texts[A]!.replace('De app werkt', 'Zie [het tweede bericht](./b.md).\n\nDe app werkt');
    client.open(A, text);
    await client.diagnostics(A);
    const def = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: client.uri(A) },
      position: at(text, 'goal: roosterapp', 'goal: roo'.length),
    })) as Location;
    expect(def.uri).toBe(client.uri('plans/plan.yaml'));
    expect(def.range.start.line).toBe(at(PLAN, '- id: roosterapp').line);
    const link = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: client.uri(A) },
      position: at(text, './b.md', 3),
    })) as Location;
    expect(link.uri).toBe(client.uri(B));

    client.open('plans/plan.yaml', PLAN);
    const refs = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: client.uri('plans/plan.yaml') },
      position: at(PLAN, '- id: roosterapp', '- id: roo'.length),
      context: { includeDeclaration: false },
    });
    expect(refs!.map((r) => r.uri).sort()).toEqual([client.uri(A), client.uri(B), client.uri(C)].sort());
    const inA = refs!.find((r) => r.uri === client.uri(A))!;
    expect(inA.range).toEqual({ start: at(text, 'roosterapp\n', 0), end: at(text, 'roosterapp\n', 'roosterapp'.length) });
  });

  it('turns a rule off for a line or for the message, and the finding goes', async () => {
    const { root, texts } = project();
    const client = await lsp(root);
    const text = texts[A]!.replace('De app werkt', 'Dit is EXCLUSIEF voor jou.\n\nDe app werkt');
    client.open(A, text);
    const p = await client.diagnostics(A, (x) => x.diagnostics.some((d) => d.code === 'hype'));
    const hype = p.diagnostics.find((d) => d.code === 'hype')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: client.uri(A) },
      range: hype.range,
      context: { diagnostics: [hype] },
    })) as CodeAction[];
    const explained = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri(A) }, position: hype.range.start });
    expect((explained!.contents as MarkupContent).value).toContain('**hype**');
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Zet hype uit voor deze regel', 'Zet hype uit voor dit hele bericht']));

    const line = actions.find((a) => a.title === 'Zet hype uit voor deze regel')!;
    const silenced = applyEdits(text, line.edit!.changes![client.uri(A)]!);
    expect(silenced).toContain('<!-- herald-disable-next-line hype -->\nDit is EXCLUSIEF');
    client.change(A, silenced);
    await client.diagnostics(A, (x) => x.diagnostics.every((d) => d.code !== 'hype'));

    client.change(A, text);
    await client.diagnostics(A, (x) => x.diagnostics.some((d) => d.code === 'hype'));
    const again = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: client.uri(A) },
      range: hype.range,
      context: { diagnostics: [hype] },
    })) as CodeAction[];
    const whole = again.find((a) => a.title === 'Zet hype uit voor dit hele bericht')!;
    const off = applyEdits(text, whole.edit!.changes![client.uri(A)]!);
    expect(off).toContain('lint: {disable: [hype]}\n---');
    client.change(A, off);
    await client.diagnostics(A, (x) => x.diagnostics.every((d) => d.code !== 'hype'));
  });

  it('keeps up with a burst of edits: the last version wins, and no stale finding stays', async () => {
    const { root, texts } = project();
    const client = await lsp(root);
    client.open(A, texts[A]!);
    await client.diagnostics(A);
    for (let i = 0; i < 30; i++) client.change(A, texts[A]!.replace('[magazijn]', i % 2 ? '[magazjin]' : `[magazijn${'x'.repeat(i)}]`));
    client.change(A, texts[A]!);
    const last = await client.diagnostics(A, (p) => p.version === 32);
    expect(last.diagnostics).toEqual([]);
  });

  it('follows files renamed and deleted on disk, and takes a huge message without falling over', async () => {
    const { root, texts } = project({ 'content/2026/fout.md': message({ date: '2026-03-10T09:00', audience: '[magazjin]' }) });
    const client = await lsp(root);
    await client.diagnostics('content/2026/fout.md', (p) => p.diagnostics.some((d) => d.code === 'unknown-reference'));
    renameSync(path.join(root, 'content/2026/fout.md'), path.join(root, 'content/2026/nog-fout.md'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [
        { uri: client.uri('content/2026/fout.md'), type: FileChangeType.Deleted },
        { uri: client.uri('content/2026/nog-fout.md'), type: FileChangeType.Created },
      ],
    });
    await client.diagnostics('content/2026/fout.md', (p) => p.diagnostics.length === 0);
    await client.diagnostics('content/2026/nog-fout.md', (p) => p.diagnostics.some((d) => d.code === 'unknown-reference'));
    rmSync(path.join(root, 'content/2026/nog-fout.md'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: client.uri('content/2026/nog-fout.md'), type: FileChangeType.Deleted }],
    });
    await client.diagnostics('content/2026/nog-fout.md', (p) => p.diagnostics.length === 0);

    const huge = texts[C]!.replace('De app werkt', `${'Een korte zin over de app. '.repeat(80_000)}\n\nDe app werkt`);
    client.open(C, huge);
    const p = await client.diagnostics(C, () => true, 60_000);
    expect(p.version).toBe(1);
    expect(await client.shutdown()).toBe(0);
  });

  it('offers the fix the check would make as the preferred quick fix, and the finding goes once it is applied', async () => {
    const { root } = project();
    const client = await lsp(root);
    const file = 'content/2026/nieuw.md';
    const text = message({ date: '2026-03-10T09:00', audience: '[magazjin]' });
    client.open(file, text);
    const p = await client.diagnostics(file, (x) => x.diagnostics.some((d) => d.code === 'unknown-reference'));
    const finding = p.diagnostics.find((d) => d.code === 'unknown-reference')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: client.uri(file) },
      range: finding.range,
      context: { diagnostics: [finding] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe('Herstel: maak er "magazijn" van');
    expect(fix.kind).toBe('quickfix');
    const fixed = applyEdits(text, fix.edit!.changes![client.uri(file)]!);
    expect(fixed).toContain('audience: [magazijn]');
    client.change(file, fixed);
    await client.diagnostics(file, (x) => x.version === 2 && x.diagnostics.every((d) => d.code !== 'unknown-reference'));
  });

  it('survives a broken plan and recovers when it is mended', async () => {
    const { root, texts } = project();
    const client = await lsp(root);
    client.open(A, texts[A]!.replace('[magazijn]', '[magazjin]'));
    await client.diagnostics(A, (p) => p.diagnostics.some((d) => d.code === 'unknown-reference'));
    const broken = PLAN.replace('  - id: magazijn\n', '  - id: magazijn\n   name: [oops\n');
    client.open('plans/plan.yaml', broken);
    const planDiags = await client.diagnostics('plans/plan.yaml', (p) => p.diagnostics.length > 0);
    expect(planDiags.diagnostics[0]!.source).toBe('herald');
    client.change('plans/plan.yaml', PLAN);
    await client.diagnostics('plans/plan.yaml', (p) => p.diagnostics.length === 0);
    await client.diagnostics(A, (p) => p.diagnostics.some((d) => d.code === 'unknown-reference'));
    // Still answering.
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri(B) }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
  });

  it('leaves a document outside any project alone', async () => {
    const { root } = project();
    const outside = mkdtempSync(path.join(tmpdir(), 'herald-outside-'));
    try {
      writeFileSync(path.join(outside, 'notes.md'), '# Notes\n');
      const client = await lsp(root);
      const uri = `file://${path.join(outside, 'notes.md')}`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Notes\n' } });
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
      expect(hover).toBeNull();
      expect(await client.shutdown()).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
