// One file for the extension: VS Code loads `dist/extension.js` with its own `vscode` module, and the
// language client is bundled in, so the .vsix needs no node_modules (`vsce package --no-dependencies`).
import { build } from 'rolldown';

await build({
  input: 'src/extension.ts',
  platform: 'node',
  external: ['vscode'],
  output: { file: 'dist/extension.js', format: 'cjs', sourcemap: false },
});
