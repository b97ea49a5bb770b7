import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const depcruise = path.join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = path.join(repo, '.dependency-cruiser.cjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

/** dependency-cruiser over `src/` of `cwd`, with the project's own rules; the violations it finds. */
function cruise(cwd: string): Violation[] {
  const run = spawnSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const trees: string[] = [];
afterAll(() => {
  for (const root of trees) rmSync(root, { recursive: true, force: true });
});

/** A throw-away tree with the project's tsconfig and the given modules under src/. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'herald-layers-'));
  trees.push(root);
  copyFileSync(path.join(repo, 'tsconfig.json'), path.join(root, 'tsconfig.json'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('the layers of src/ (docs/architecture.md, "Ranks")', () => {
  it('hold: no module imports from a higher rank, none sits outside a ranked folder, and there are no cycles', () => {
    expect(cruise(repo).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  it('would fail a backwards type import, a sideways import between equal ranks, and a cycle, each by its rule name', () => {
    const root = tree({
      'src/model/message.ts': "import type { Page } from '../render/page.js';\nexport interface Message { page?: Page }\n",
      'src/render/page.ts': 'export interface Page { url: string }\n',
      'src/report/format.ts': "import { months } from '../planning/months.js';\nexport const n = months.length;\n",
      'src/planning/months.ts': 'export const months = [1, 2];\n',
      'src/text/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/text/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'src/helpers.ts': 'export const x = 1;\n',
      'src/text/c.ts': "import { x } from '../helpers.js';\nexport const c = x;\n",
      'src/util.ts': 'export const y = 2;\n',
    });
    const found = cruise(root).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'rank-model: src/model/message.ts → src/render/page.ts',
        'rank-report: src/report/format.ts → src/planning/months.ts',
        'no-circular: src/text/a.ts → src/text/b.ts',
        'known-folder: src/text/c.ts → src/helpers.ts',
        'known-folder: src/util.ts → src/util.ts',
      ]),
    );
  });
});
