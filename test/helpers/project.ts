import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { checkProject } from '../../src/pipeline/check.js';

/** A small but complete plan: two frontline and two office segments. */
export const PLAN = `site:
  title: Testnieuws
  language: nl
  timezone: Europe/Amsterdam
channels:
  - {id: app, name: Medewerkersapp, kind: push}
  - {id: teamoverleg, name: Teamoverleg, kind: dialogue}
  - {id: intranet, name: Intranet, kind: pull}
  - {id: e-mail, name: E-mail, kind: push}
segments:
  - id: magazijn
    name: Magazijn
    channels: [app, teamoverleg]
    maxPerWeek: 2
    readingLevel: B1
  - id: chauffeurs
    name: Chauffeurs
    channels: [app]
    maxPerWeek: 3
  - id: kantoor
    name: Kantoor
    channels: [intranet, e-mail, app]
    maxPerWeek: 4
    readingLevel: B2
  - id: directie
    name: Directie
    channels: [e-mail, intranet]
    readingLevel: C1
goals:
  - id: roosterapp
    title: Iedereen regelt zijn rooster in de app
    from: 2026-01-01
    until: 2026-06-30
    measure: Aandeel ruilingen via de app
  - id: veilig-werken
    title: Veilig werken
    from: 2026-07-01
    until: 2026-12-31
    measure: Minder bijna-ongelukken
campaigns:
  - id: invoering-app
    title: Invoering roosterapp
    goal: roosterapp
    from: 2026-02-01
    until: 2026-03-31
    requireFeedback: false
calendar:
  quiet:
    - {from: 2026-04-27, until: 2026-05-01, reason: Inventarisatieweek}
  weekends: avoid
  leadTimeDays: 14
  neglectAfterDays: 60
`;

export interface MessageSpec {
  title?: string;
  date?: string;
  audience?: string;
  goal?: string;
  kind?: string;
  why?: string | null;
  cta?: string | null;
  extra?: string;
  body?: string;
}

/** A message that passes every rule, with parts replaced as a test needs. */
export function message(spec: MessageSpec = {}): string {
  const lines = ['---'];
  lines.push(`title: ${spec.title ?? 'Nieuwe roosterapp vanaf maart'}`);
  lines.push(`date: ${spec.date ?? '2026-02-02T09:00'}`);
  lines.push(`audience: ${spec.audience ?? '[magazijn]'}`);
  lines.push(`goal: ${spec.goal ?? 'roosterapp'}`);
  if (spec.kind) lines.push(`kind: ${spec.kind}`);
  if (spec.why !== null) lines.push(`why: ${spec.why ?? 'Je ruilt straks zelf diensten met collega’s, zonder de planner te bellen.'}`);
  if (spec.cta !== null) lines.push(spec.cta ?? 'cta:\n  text: Installeer de app en log één keer in\n  url: https://intranet.example/app');
  if (spec.extra) lines.push(spec.extra);
  lines.push('---');
  lines.push(
    spec.body ??
      'Vanaf maart regel je je rooster in de app. Je ziet je diensten. Je ruilt een dienst met een collega. De planner hoeft niets te doen.\n\nDe app werkt op je eigen telefoon. Je logt in met je personeelsnummer.',
  );
  return `${lines.join('\n')}\n`;
}

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** Writes a project into a fresh temp folder (removed after the test) and returns its root. */
export function makeProject(files: Record<string, string>, plan: string | false = PLAN): string {
  const root = mkdtempSync(path.join(tmpdir(), 'herald-test-'));
  made.push(root);
  const all = plan === false ? files : { 'plans/plan.yaml': plan, ...files };
  for (const [file, text] of Object.entries(all)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/**
 * Runs the check in-process and returns every finding, in English (as
 * `--lang en`: the tests that read sentences read the English ones; PLAN's
 * site is Dutch).
 */
export async function check(files: Record<string, string>, plan: string | false = PLAN): Promise<Diagnostic[]> {
  const { diagnostics } = await checkProject(makeProject(files, plan), { lang: { flag: 'en' } });
  return diagnostics;
}

/** Findings of one rule, as `file:line rule severity` strings for compact assertions. */
export function only(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.ruleId === ruleId);
}

const CLI = fileURLToPath(new URL('../../dist/bundle/herald.mjs', import.meta.url));

/** Runs the built CLI as a user would (with no HERALD_LANG of the machine's own, unless `env` sets one). */
export function herald(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    ...(options.input !== undefined ? { input: options.input } : {}),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', HERALD_LANG: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
