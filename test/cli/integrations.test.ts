import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeProject, message } from '../helpers/project.js';

/**
 * The integrations at the repository's root, as GitHub, pre-commit and git
 * run them: the composite Action (action.yml), the pre-commit manifest
 * (.pre-commit-hooks.yaml) and the CI guide's plain git hook, each against a
 * real project whose node_modules/.bin/herald is the built herald.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'dist/bundle/herald.mjs');
const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8')) as object;

/** A herald project in `sub` of a fresh folder (the checkout), installed as npm would: node_modules/.bin/herald. */
function checkout(files: Record<string, string>, sub = '.'): { workspace: string; project: string } {
  const workspace = makeProject({});
  const project = path.join(workspace, sub);
  for (const [file, text] of Object.entries({ 'plans/plan.yaml': readFileSync(path.join(workspace, 'plans/plan.yaml'), 'utf8'), ...files })) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, path.join(project, 'node_modules/.bin/herald'));
  return { workspace, project };
}

const BAD = message({ audience: '[magazjin]' });
const env = { ...process.env, NO_COLOR: '1', HERALD_LANG: '' };

interface Step {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

/**
 * Runs the composite action's steps as the runner does, for the expressions
 * it uses: `${{ inputs.x }}`, `${{ github.workspace }}`, the pull request's
 * base commit, and `if: inputs.x == '…'` / `!=`. Anything else fails the test.
 */
function runAction(workspace: string, given: Record<string, string>, event: { baseSha?: string } = {}) {
  const outputFile = path.join(workspace, '.github-output');
  writeFileSync(outputFile, '');
  const github: Record<string, string> = { workspace, 'event.pull_request.base.sha': event.baseSha ?? '' };
  const expand = (text: string, inputs: Record<string, string>): string =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
      if (name.startsWith('inputs.')) return inputs[name.slice(7)] ?? '';
      if (name.startsWith('github.') && name.slice(7) in github) return github[name.slice(7)]!;
      throw new Error(`the test does not know ${name}`);
    });
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, given[name] ?? expand(spec.default ?? '', {})]));
  const steps: { id?: string; status: number | null; stdout: string; stderr: string }[] = [];
  for (const step of action.runs.steps) {
    if (step.if) {
      const m = /^inputs\.([\w-]+) (==|!=) '([^']*)'$/.exec(step.if);
      if (!m) throw new Error(`the test does not know if: ${step.if}`);
      if ((inputs[m[1]!] === m[3]) !== (m[2] === '==')) continue;
      // A step after a failed one runs only with always() or failure(): these have neither.
    }
    if (steps.some((s) => s.status !== 0)) break;
    expect(step.shell).toBe('bash');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]));
    const cwd = path.resolve(workspace, expand(step['working-directory'] ?? '.', inputs));
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd,
      encoding: 'utf8',
      env: { ...env, ...stepEnv, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: 'true' },
    });
    steps.push({ ...(step.id ? { id: step.id } : {}), status: run.status, stdout: run.stdout, stderr: run.stderr });
  }
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return { inputs, steps, outputs };
}

describe('action.yml, the composite GitHub Action', () => {
  it('validates against GitHub’s action metadata schema (SchemaStore’s, composite part)', () => {
    const validate = new Ajv({ strict: false }).compile(schema('github-action.schema.json'));
    expect(validate(action), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a rubber stamp: a misspelt key or a run step without its shell fails.
    expect(validate({ ...action, input: {} })).toBe(false);
    expect(validate({ ...action, runs: { using: 'composite', steps: [{ run: 'true' }] } })).toBe(false);
  });

  it('takes root, format and changed-since, installs with npm ci, and runs the project’s own herald', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['root', 'format', 'changed-since']));
    expect(action.inputs['changed-since']!.default).toBe('${{ github.event.pull_request.base.sha }}');
    const [install, ...checks] = action.runs.steps;
    expect(install!.run).toMatch(/^npm ci\b/);
    expect(install!['working-directory']).toBe('${{ inputs.root }}');
    for (const step of checks) expect(step.run).toContain('"$HERALD_ROOT/node_modules/.bin/herald" ');
    expect(action.outputs['sarif-file']!.value).toBe('${{ steps.sarif.outputs.file }}');
  });

  it('passes inputs to its scripts as environment variables, never as script text', () => {
    for (const step of action.runs.steps) expect(step.run, step.name).not.toContain('${{');
  });

  it('writes a SARIF file of every file, then annotates and fails the step on errors, for a project in a subfolder', () => {
    const { workspace } = checkout({ 'content/2026/app.md': BAD, 'content/2026/fine.md': message({ title: 'Een ander bericht' }) }, 'comms');
    const { steps, outputs } = runAction(workspace, { root: 'comms', install: 'false' });
    expect(steps.map((s) => s.status)).toEqual([0, 1]);
    expect(outputs).toEqual({ file: 'herald.sarif' });
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'herald.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const results = sarif.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri])).toContainEqual([
      'unknown-reference',
      'comms/content/2026/app.md',
    ]);
    // Annotations name the file from the repository's root, where GitHub looks for it.
    expect(steps[1]!.stdout).toMatch(/^::error file=comms\/content\/2026\/app\.md,line=4,/m);
  });

  it('passes on a clean project and leaves the SARIF file out when asked', () => {
    const { workspace } = checkout({ 'content/2026/app.md': message() });
    const { steps, outputs } = runAction(workspace, { install: 'false', 'sarif-file': '' });
    expect(steps.map((s) => s.status)).toEqual([0]);
    expect(outputs).toEqual({});
    expect(existsSync(path.join(workspace, 'herald.sarif'))).toBe(false);
  });
});

/** pre-commit's `shlex.split(entry) + args + file names`, run without a shell from the repository's root. */
function preCommit(hook: { entry: string; args?: string[] }, cwd: string, files: string[]) {
  const [command, ...rest] = hook.entry.split(' ');
  return spawnSync(path.resolve(cwd, command!), [...rest, ...(hook.args ?? []), ...files], { cwd, encoding: 'utf8', env });
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    files: string;
    language: string;
    pass_filenames?: boolean;
  }[];

  it('fits pre-commit’s manifest (MANIFEST_HOOK_DICT) and offers the hook "herald"', () => {
    // pre-commit compiles `files` and `exclude` as (Python) regular expressions; ours are plain enough for JavaScript's too.
    const ajv = new Ajv({ strict: false }).addFormat('regex', (text: string) => {
      try {
        return new RegExp(text) instanceof RegExp;
      } catch {
        return false;
      }
    });
    const validate = ajv.compile(schema('pre-commit-hooks.schema.json'));
    expect(validate(hooks), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...hooks[0], language: 'nodejs' }])).toBe(false);
    expect(validate([{ ...hooks[0], files: '^(content/' }])).toBe(false);
    expect(hooks.map((h) => h.id)).toEqual(['herald']);
    expect(hooks[0]!.pass_filenames ?? true).toBe(true);
  });

  it('matches the messages and plan files pre-commit may pass, and nothing else', () => {
    const files = new RegExp(hooks[0]!.files);
    for (const yes of ['content/2026/a.md', 'content/2026/met spatie.md', 'plans/plan.yaml', 'plans/goals.yml']) expect(files.test(yes), yes).toBe(true);
    for (const no of ['README.md', 'content/README.txt', 'plans/notes.md', 'site/index.html', 'src/content/x.md']) expect(files.test(no), no).toBe(false);
  });

  it('checks the files it is given, names with spaces included, and fails on an error', () => {
    const { project } = checkout({ 'content/2026/met spatie.md': BAD, 'content/2026/goed.md': message({ title: 'Goed bericht' }) });
    const failed = preCommit(hooks[0]!, project, ['content/2026/met spatie.md', 'plans/plan.yaml']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('content/2026/met spatie.md');
    expect(failed.stdout).toContain('unknown-reference');
    const passed = preCommit(hooks[0]!, project, ['content/2026/goed.md']);
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
  });
});

describe('the CI guide’s git pre-commit hook (docs/ci.md)', () => {
  const guide = readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
  const script = /```sh\n(#!\/bin\/sh\n# herald: check the staged messages[\s\S]*?)```/.exec(guide)?.[1];

  const git = (cwd: string, ...args: string[]) => {
    const run = spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
    });
    return run;
  };

  function repository(files: Record<string, string>): string {
    const { project } = checkout(files);
    expect(git(project, 'init', '-q', '-b', 'main').status).toBe(0);
    writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n');
    expect(git(project, 'add', '.gitignore', 'plans').status).toBe(0);
    expect(git(project, 'commit', '-q', '-m', 'plan').status).toBe(0);
    writeFileSync(path.join(project, '.git/hooks/pre-commit'), script!);
    chmodSync(path.join(project, '.git/hooks/pre-commit'), 0o755);
    return project;
  }

  it('is in the CI guide', () => {
    expect(script).toContain('git diff --cached --name-only --diff-filter=ACMR -z');
    expect(script).toContain('xargs -0');
  });

  it('stops a commit of a message with an error whose name has a space, and lets a good one through', () => {
    const project = repository({ 'content/2026/met spatie.md': BAD, "content/2026/it's fine.md": message({ title: 'Een goed bericht' }) });
    git(project, 'add', 'content/2026/met spatie.md');
    const refused = git(project, 'commit', '-q', '-m', 'bad');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('content/2026/met spatie.md');
    expect(refused.stdout + refused.stderr).toContain('unknown-reference');
    expect(git(project, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);

    git(project, 'reset', '-q');
    git(project, 'add', "content/2026/it's fine.md");
    const accepted = git(project, 'commit', '-q', '-m', 'good');
    // git shows a hook's output on stderr: herald ran and found nothing.
    expect(accepted.stderr).toMatch(/^✔ \d+ bestanden gecontroleerd, geen problemen\n$/);
    expect(accepted.status).toBe(0);
    expect(git(project, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(2);
  });

  it('lets a commit without messages or plan files through without running herald', () => {
    const project = repository({ 'content/2026/kapot bericht.md': BAD });
    writeFileSync(path.join(project, 'notes.txt'), 'x\n');
    git(project, 'add', 'notes.txt');
    const commit = git(project, 'commit', '-q', '-m', 'notes');
    expect(commit.stdout + commit.stderr).toBe('');
    expect(commit.status).toBe(0);
  });
});
