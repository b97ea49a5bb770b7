// The herald lsp benchmark: starts `herald lsp --stdio` (the real CLI, as a child process, talked to by
// a real LSP client over stdio) on a generated corpus, opens one message and types into it: each edit
// is a didChange of the whole buffer, and the time is didChange → the publishDiagnostics for that
// document version (what the writer waits for before a squiggle comes or goes). Edits are `gap` ms
// apart, like a writer typing in bursts, never saved. Also start-up (spawn → first diagnostics of the
// project) and the server's peak RSS (VmHWM). HERALD_BENCH_CLI runs another bundle (for an A/B comparison).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const cli = process.env.HERALD_BENCH_CLI ?? fileURLToPath(new URL('../dist/bundle/herald.mjs', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function peakRssMiB(pid) {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** Times `edits` body edits and `edits` front-matter (title) edits of one message at `root`. */
export async function benchLsp(root, { edits = 20, gap = 150 } = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, HERALD_LANG: 'en' } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  let first;
  const firstDiagnostics = new Promise((resolve) => (first = resolve));
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    first(performance.now());
    for (const w of [...waiters]) {
      if (w.uri !== p.uri || p.version !== w.version) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(performance.now());
    }
  });
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: {},
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const startup = (await firstDiagnostics) - started;

  const folder = path.join(root, 'content', readdirSync(path.join(root, 'content')).sort().at(-1));
  const file = path.join(
    folder,
    readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()[0],
  );
  const uri = pathToFileURL(file).href;
  let text = readFileSync(file, 'utf8');
  let version = 1;
  const opened = new Promise((resolve) => waiters.push({ uri, version, resolve }));
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  await opened;

  const times = { body: [], frontMatter: [] };
  for (const kind of ['body', 'frontMatter']) {
    for (let i = 0; i < edits + 2; i++) {
      text =
        kind === 'body' ? `${text}\nEen zin erbij, nummer ${i}.\n` : text.replace(/^title: (.*)$/m, (_, t) => `title: ${t.replace(/ \(\d+\)$/, '')} (${i})`);
      version++;
      const done = new Promise((resolve) => waiters.push({ uri, version, resolve }));
      const sent = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
      const ms = (await done) - sent;
      if (i >= 2) times[kind].push(ms); // two warm-up edits
      await sleep(gap);
    }
  }
  const rss = peakRssMiB(child.pid);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await exited;
  connection.dispose();
  return { startup, ...times, rss };
}
