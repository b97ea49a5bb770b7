// Bundles the compiled CLI (dist/, from tsc) into dist/bundle/herald.mjs, the
// `herald` bin. Why: the tsc output is ~420 modules (zod alone is 95), and
// resolving and loading them was most of every command's start-up (a build
// of a 3-message project: 1.05 s from dist/cli/main.js, 0.68 s bundled; see
// docs/benchmarks.md). Commands stay lazily loaded: each is its own chunk.
//
// The bundle sits two folders deep like every tsc module, so the paths they
// compute from import.meta.url (../../data, ../../templates, ../../package.json)
// resolve the same. Pagefind (which finds its binary from its own package),
// chokidar and @inquirer/prompts stay external.
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../dist/bundle/', import.meta.url));

rmSync(out, { recursive: true, force: true });
await build({
  input: { herald: fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)) },
  cwd: root,
  platform: 'node',
  external: [/^node:/, 'pagefind', 'chokidar', '@inquirer/prompts'],
  logLevel: 'warn',
  output: {
    dir: out,
    format: 'esm',
    entryFileNames: '[name].mjs',
    chunkFileNames: '[name]-[hash].mjs',
    sourcemap: true,
  },
});
// Runnable as ./dist/bundle/herald.mjs too, as the tsc output never was.
chmodSync(new URL('herald.mjs', `file://${out}`), 0o755);
