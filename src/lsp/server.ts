import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
  MarkupKind,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LangChoice } from '../messages/index.js';
import { compose } from '../messages/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { isInside, PLANS_DIR, projectFileKind } from '../model/paths.js';
import { ProjectState } from '../workspace/project-state.js';
import { quickFixes } from './code-actions.js';
import { cursorAt, frontMatterKeys } from './cursor.js';
import { completions, definition, hover, references, ruleDoc, type ProjectView } from './features.js';

/**
 * `herald lsp`: the language server. One `ProjectState` per project root
 * (the folder that holds plans/), the same workspace `herald dev` keeps,
 * with the editor's open buffers laid over the disk through its text
 * overlay: every rule, cross-message ones included, sees what the writer
 * sees while typing. Edits are coalesced: while one lint runs, further
 * changes only mark their files, and the next lint takes them all.
 */

export interface LspOptions {
  lang?: LangChoice;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

interface Project {
  root: string;
  state: Promise<ProjectState | undefined>;
  /** Files changed since the last lint (relative to the root). */
  dirty: Set<string>;
  running: boolean;
  /** What was last sent per file URI, to send only what changed and to clear what went. */
  published: Map<string, string>;
  /** The latest findings per file, for code actions, with the document version they were computed on. */
  findings: Map<string, Diagnostic[]>;
  lintedVersion: Map<string, number>;
}

/** The project a file belongs to: the nearest folder above it with a plans/ folder. */
export function projectRootOf(file: string): string | undefined {
  let dir = path.dirname(file);
  for (;;) {
    try {
      if (statSync(path.join(dir, PLANS_DIR)).isDirectory()) return dir;
    } catch {
      // not here: look further up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function startLanguageServer(options: LspOptions = {}): Connection {
  const connection =
    options.input && options.output ? createConnection(ProposedFeatures.all, options.input, options.output) : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  /** Open documents by absolute path: the overlay and URIs as the client spelled them. */
  const open = new Map<string, TextDocument>();
  const projects = new Map<string, Project>();
  let workspaceRoots: string[] = [];
  let watchDynamically = false;
  let initOptionsLang: string | undefined;

  const log = (text: string) => connection.console.log(text);

  function uriOf(project: Project, file: string): string {
    const full = path.join(project.root, file);
    return open.get(full)?.uri ?? pathToFileURL(full).href;
  }

  function projectFor(root: string): Project {
    let project = projects.get(root);
    if (project) return project;
    const created: Project = {
      root,
      state: Promise.resolve(undefined),
      dirty: new Set(),
      running: false,
      published: new Map(),
      findings: new Map(),
      lintedVersion: new Map(),
    };
    const overlay = (file: string) => open.get(path.join(root, file))?.getText();
    const lang: LangChoice = { ...options.lang, ...(initOptionsLang ? { flag: initOptionsLang as 'nl' | 'en' } : {}) };
    created.state = ProjectState.load(root, { overlay, lang })
      .then((state) => {
        for (const [full, doc] of open) if (isInside(root, full)) created.lintedVersion.set(path.relative(root, full).split(path.sep).join('/'), doc.version);
        publish(created, state, [...created.lintedVersion.keys()]);
        return state;
      })
      .catch((error: unknown) => {
        // A project that cannot be read (no plan files, a plans/ that is not readable): log it and serve nothing for it.
        log(`herald: ${root}: ${(error as Error).message}`);
        return undefined;
      });
    projects.set(root, created);
    project = created;
    return project;
  }

  function projectOfPath(full: string): Project | undefined {
    const root = [...projects.keys()].find((r) => isInside(r, full) && !path.relative(r, full).startsWith('..')) ?? projectRootOf(full);
    return root ? projectFor(root) : undefined;
  }

  /** Marks a file changed and lints the project when the current lint (if any) is done. */
  function touch(full: string): void {
    const project = projectOfPath(full);
    if (!project) return;
    project.dirty.add(path.relative(project.root, full).split(path.sep).join('/'));
    void run(project);
  }

  async function run(project: Project): Promise<void> {
    if (project.running) return;
    project.running = true;
    try {
      const state = await project.state;
      if (!state) return;
      // Let a burst of keystrokes arrive before reading them.
      await new Promise((resolve) => setImmediate(resolve));
      while (project.dirty.size > 0) {
        const files = [...project.dirty];
        project.dirty.clear();
        for (const file of files) {
          const doc = open.get(path.join(project.root, file));
          if (doc) project.lintedVersion.set(file, doc.version);
          else project.lintedVersion.delete(file);
        }
        if (files.some((f) => f === PLANS_DIR || f.startsWith(`${PLANS_DIR}/`))) await state.reload();
        else await state.update(files);
        // A newer edit arrived while reading: its lint supersedes this one.
        if (project.dirty.size > 0) continue;
        publish(project, state, files);
      }
    } catch (error) {
      log(`herald: ${(error as Error).stack ?? String(error)}`);
    } finally {
      project.running = false;
      if (project.dirty.size > 0) void run(project);
    }
  }

  /** Sends the findings that changed, and (even when empty) those of `linted`, so the editor knows that version was checked. */
  function publish(project: Project, state: ProjectState, linted: readonly string[]): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of state.diagnostics()) {
      const list = byFile.get(d.file);
      if (list) list.push(d);
      else byFile.set(d.file, [d]);
    }
    project.findings = byFile;
    const fresh = new Set(linted.filter((f) => project.lintedVersion.has(f)));
    const files = new Set([...byFile.keys(), ...project.published.keys(), ...fresh]);
    for (const file of files) {
      const diagnostics = (byFile.get(file) ?? []).map((d) => toLsp(project, state, d));
      const key = JSON.stringify(diagnostics);
      if (project.published.get(file) === key && !fresh.has(file)) continue;
      if (diagnostics.length) project.published.set(file, key);
      else project.published.delete(file);
      const uri = uriOf(project, file);
      const version = project.lintedVersion.get(file);
      void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
    }
  }

  function toLsp(project: Project, state: ProjectState, d: Diagnostic): LspDiagnostic {
    const start = { line: d.line - 1, character: d.column - 1 };
    let end = d.endLine !== undefined && d.endColumn !== undefined ? { line: d.endLine - 1, character: d.endColumn - 1 } : undefined;
    if (!end || (end.line === start.line && end.character <= start.character)) {
      // A point: widen it to the word there, so the editor has something to underline.
      const text = state.message(d.file)?.source.lineText(d.line) ?? '';
      const rest = /^[\p{L}\p{N}_-]+/u.exec(text.slice(d.column - 1));
      end = { line: start.line, character: start.character + Math.max(1, rest?.[0].length ?? 1) };
    }
    return {
      range: { start, end },
      severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: d.ruleId,
      ...(d.url ? { codeDescription: { href: d.url } } : {}),
      source: 'herald',
      message: d.message,
      ...(d.related?.length
        ? {
            relatedInformation: d.related.map((r) => ({
              location: {
                uri: uriOf(project, r.file),
                range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.line - 1, character: r.column - 1 } },
              },
              message: r.messageId ? compose(state.lang, d.ruleId, r.messageId, d.data) : r.file,
            })),
          }
        : {}),
      data: { ruleId: d.ruleId, messageId: d.messageId },
    };
  }

  async function viewAt(uri: string): Promise<{ view: ProjectView; file: string; doc: TextDocument; state: ProjectState; project: Project } | undefined> {
    const full = toPath(uri);
    const doc = documents.get(uri);
    if (!full || !doc) return undefined;
    const project = projectOfPath(full);
    const state = await project?.state;
    if (!project || !state) return undefined;
    const view: ProjectView = { root: state.root, plan: state.plan, facts: state.facts, lang: state.lang, message: (f) => state.message(f) };
    return { view, file: path.relative(project.root, full).split(path.sep).join('/'), doc, state, project };
  }

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => toPath(f.uri)).filter((p): p is string => p !== undefined) ?? [];
    const rootUri = params.rootUri ? toPath(params.rootUri) : undefined;
    workspaceRoots = folders.length ? folders : rootUri ? [rootUri] : [];
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const init = params.initializationOptions as { lang?: unknown } | undefined;
    if (init?.lang === 'nl' || init?.lang === 'en') initOptionsLang = init.lang;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '=', '(', '/', '-'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'herald' },
    };
  });

  connection.onInitialized(() => {
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/plans/*.{yaml,yml}' }, { globPattern: '**/content/**' }],
      });
    }
    // Findings for the whole project from the start, not only for the files the writer opens.
    for (const root of workspaceRoots) {
      const found = statSafe(path.join(root, PLANS_DIR)) ? root : undefined;
      if (found) projectFor(found);
    }
  });

  documents.onDidOpen(({ document }) => {
    const full = toPath(document.uri);
    if (!full) return;
    open.set(full, document);
    touch(full);
  });
  documents.onDidChangeContent(({ document }) => {
    const full = toPath(document.uri);
    if (!full || !open.has(full)) return;
    touch(full);
  });
  documents.onDidClose(({ document }) => {
    const full = toPath(document.uri);
    if (!full) return;
    open.delete(full);
    // Back to what is on disk (the writer may have closed without saving).
    touch(full);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const full = toPath(change.uri);
      if (full && !open.has(full)) touch(full);
    }
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const at = await viewAt(textDocument.uri);
    const kind = at && projectFileKind(at.file);
    if (!at || !kind) return [];
    const cursor = cursorAt(at.doc.getText(), position.line, position.character, kind);
    return completions(at.view, at.file, cursor, kind === 'message' ? frontMatterKeys(at.doc.getText()) : new Set());
  });

  connection.onHover(async ({ textDocument, position }) => {
    const at = await viewAt(textDocument.uri);
    const kind = at && projectFileKind(at.file);
    if (!at || !kind) return null;
    const found = hover(at.view, at.file, cursorAt(at.doc.getText(), position.line, position.character, kind));
    // On a finding: what its rule checks and why, below whatever the id under the cursor says.
    const rules = new Set<string>();
    if (at.project.lintedVersion.get(at.file) === at.doc.version) {
      const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
      for (const d of at.project.findings.get(at.file) ?? []) {
        const r = toLsp(at.project, at.state, d).range;
        if (after(position, r.start) && after(r.end, position)) rules.add(d.ruleId);
      }
    }
    if (!found && rules.size === 0) return null;
    const parts = [...(found ? [(found.contents as MarkupContent).value] : []), ...[...rules].map((id) => ruleDoc(id, at.state.lang))];
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(found?.range ? { range: found.range } : {}) };
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const at = await viewAt(textDocument.uri);
    const kind = at && projectFileKind(at.file);
    if (!at || !kind) return null;
    const target = definition(at.view, at.file, cursorAt(at.doc.getText(), position.line, position.character, kind));
    if (!target) return null;
    const pos = { line: target.line - 1, character: target.column - 1 };
    return { uri: uriOf(at.project, target.file), range: { start: pos, end: pos } };
  });

  connection.onReferences(async ({ textDocument, position }) => {
    const at = await viewAt(textDocument.uri);
    const kind = at && projectFileKind(at.file);
    if (!at || !kind) return [];
    return references(at.view, cursorAt(at.doc.getText(), position.line, position.character, kind)).map((r) => ({
      uri: uriOf(at.project, r.file),
      range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.line - 1, character: r.column - 1 + r.length } },
    }));
  });

  connection.onCodeAction(async ({ textDocument, range }) => {
    const at = await viewAt(textDocument.uri);
    const kind = at && projectFileKind(at.file);
    if (!at || !kind) return [];
    // Offsets in a finding belong to the text it was computed on: no edits for a version the server has not linted yet.
    if (at.project.lintedVersion.get(at.file) !== at.doc.version) return [];
    const text = at.doc.getText();
    const actions: CodeAction[] = [];
    for (const d of at.project.findings.get(at.file) ?? []) {
      const line = d.line - 1;
      const endLine = (d.endLine ?? d.line) - 1;
      if (endLine < range.start.line || line > range.end.line) continue;
      const lsp = toLsp(at.project, at.state, d);
      for (const fix of quickFixes(d, text, at.state.lang, kind === 'message')) {
        actions.push({
          title: fix.title,
          kind: fix.kind === 'quickfix' ? CodeActionKind.QuickFix : `${CodeActionKind.QuickFix}.herald.disable`,
          diagnostics: [lsp],
          ...(fix.preferred ? { isPreferred: true } : {}),
          edit: {
            changes: {
              [textDocument.uri]: fix.edits.map((e) => ({ range: { start: at.doc.positionAt(e.start), end: at.doc.positionAt(e.end) }, newText: e.text })),
            },
          },
        });
      }
    }
    return actions;
  });

  connection.onShutdown(() => {
    projects.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function statSafe(full: string): boolean {
  try {
    return statSync(full).isDirectory();
  } catch {
    return false;
  }
}
