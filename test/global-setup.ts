import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI tests run `dist/bundle/herald.mjs` (the `herald` bin) as a user would: build it once first, as `npm run build` does. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { cwd: root, stdio: 'inherit' });
  run('../node_modules/typescript/bin/tsc', '-p', 'tsconfig.json');
  run('../scripts/bundle.mjs');
}
