import { existsSync } from 'node:fs';
import path from 'node:path';
import { workspace, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * The herald a project pins is the one that knows its plan: start
 * `node_modules/.bin/herald` of the workspace folder that holds plans/, and
 * only without one the program configured in `herald.path`.
 */
function heraldCommand(): string | undefined {
  for (const folder of workspace.workspaceFolders ?? []) {
    const bin = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'herald.cmd' : 'herald');
    if (existsSync(bin)) return bin;
  }
  const configured = workspace.getConfiguration('herald').get<string>('path');
  return configured ? configured : undefined;
}

export async function activate(context: ExtensionContext): Promise<void> {
  const command = heraldCommand();
  if (!command) {
    void window.showWarningMessage('herald: no node_modules/.bin/herald in this project. Run "npm install", or set "herald.path".');
    return;
  }
  const lang = workspace.getConfiguration('herald').get<string>('lang');
  const serverOptions: ServerOptions = {
    command,
    args: ['lsp', '--stdio'],
    transport: TransportKind.stdio,
    options: { shell: process.platform === 'win32' },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown', pattern: '**/content/**/*.md' },
      { scheme: 'file', language: 'yaml', pattern: '**/plans/*.{yaml,yml}' },
    ],
    initializationOptions: lang ? { lang } : {},
  };
  client = new LanguageClient('herald', 'herald', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
