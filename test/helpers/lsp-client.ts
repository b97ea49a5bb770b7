import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const CLI = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));

/**
 * A real LSP client over stdio against the built `herald lsp --stdio`, as an
 * editor runs it: no part of the protocol is mocked.
 */
export interface LspClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  uri(file: string): string;
  /** The latest diagnostics the server published for a file (relative to the root). */
  latest(file: string): PublishDiagnosticsParams | undefined;
  /** Resolves with the first publication for `file` that satisfies `test` (the latest one, if it already does). */
  diagnostics(file: string, test?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(file: string, text: string, languageId?: string): void;
  /** Replaces the whole buffer (an unsaved edit). */
  change(file: string, text: string): void;
  close(file: string): void;
  shutdown(): Promise<number | null>;
}

export async function startLsp(root: string, options: { env?: Record<string, string>; workspace?: boolean } = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], {
    cwd: root,
    env: { ...process.env, HERALD_LANG: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.test(params)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.listen();
  const uri = (file: string) => pathToFileURL(path.join(root, file)).href;
  const rootUri = pathToFileURL(root).href;
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: options.workspace === false ? null : [{ uri: rootUri, name: 'project' }],
    capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const versions = new Map<string, number>();
  return {
    connection,
    process: child,
    initialize,
    uri,
    latest: (file) => published.get(uri(file)),
    diagnostics(file, test = () => true, timeoutMs = 20_000) {
      const current = published.get(uri(file));
      if (current && test(current)) return Promise.resolve(current);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = waiters.findIndex((w) => w.resolve === done);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`no matching diagnostics for ${file}; latest: ${JSON.stringify(published.get(uri(file)))}\n${stderr}`));
        }, timeoutMs);
        const done = (p: PublishDiagnosticsParams) => {
          clearTimeout(timer);
          resolve(p);
        };
        waiters.push({ uri: uri(file), test, resolve: done });
      });
    },
    open(file, text, languageId = file.endsWith('.md') ? 'markdown' : 'yaml') {
      versions.set(file, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId, version: 1, text } });
    },
    change(file, text) {
      const version = (versions.get(file) ?? 1) + 1;
      versions.set(file, version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
    },
    close(file) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(file) } });
    },
    async shutdown() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
