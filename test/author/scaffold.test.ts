import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decideInit, fillTemplate, planCiFile, scaffoldDates, type PlannedFile } from '../../src/author/scaffold.js';
import { runInit } from '../../src/cli/init-command.js';
import { checkProject, loadProject } from '../../src/pipeline/check.js';
import { schemaFiles } from '../../src/schema/json-schemas.js';
import { dayNumber, weekdayOfDay } from '../../src/validate/moment.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-init-'));
  made.push(dir);
  return dir;
}

/** 10:00 UTC on a day: 11:00 or 12:00 in Amsterdam, the same day. */
const at = (ymd: string) => Date.parse(`${ymd}T10:00:00Z`);

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) =>
      path
        .relative(dir, path.join((e as unknown as { parentPath: string }).parentPath, e.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
}

describe('herald init: the scaffold checks clean on any day', () => {
  // Today; inside and just before the Christmas break; New Year's Day; a
  // Saturday and a Sunday; a leap day; the spring clock change.
  const days = ['2026-11-23', '2026-12-23', '2026-12-27', '2027-01-01', '2026-07-04', '2026-03-01', '2028-02-29', '2026-03-29'];

  it.each(
    days.flatMap(
      (day) =>
        [
          [day, 'nl'],
          [day, 'en'],
        ] as const,
    ),
  )('on %s (%s): 0 findings, three messages on past weekdays', async (day, lang) => {
    const dir = tempDir();
    runInit({ dir, lang, force: false, now: at(day) });
    const { diagnostics, messageCount } = await checkProject(dir);
    expect(diagnostics).toEqual([]);
    expect(messageCount).toBe(3);
    const { messages } = await loadProject(dir);
    for (const m of messages) {
      const date = m.fields.date!;
      expect(date.ymd < day, `${m.file} is dated ${date.ymd}`).toBe(true);
      expect([0, 6]).not.toContain(date.weekday);
      expect(m.file).toBe(`content/${date.ymd.slice(0, 4)}/${path.basename(m.file)}`);
    }
  });
});

describe('herald init: what a new project holds', () => {
  it('writes plans, messages, README, .gitignore, package.json, editor settings and schemas', () => {
    const dir = tempDir();
    runInit({ dir, lang: 'nl', force: false, now: at('2026-11-23') });
    expect(files(dir)).toEqual([
      '.gitignore',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'README.md',
      'content/2026/je-idee-voortaan-in-de-app.md',
      'content/2026/minder-tillen-in-de-wielenstraat.md',
      'content/2026/praat-mee-welk-idee-eerst.md',
      'content/lifting-aid.svg',
      'package.json',
      'plans/calendar.yaml',
      'plans/campaigns.yaml',
      'plans/channels.yaml',
      'plans/goals.yaml',
      'plans/segments.yaml',
      'plans/site.yaml',
      'schemas/front-matter.schema.json',
      'schemas/plan.schema.json',
      // The running herald, packed: test/cli/init-install.test.ts.
      `vendor/herald-${VERSION}.tgz`,
    ]);
  });

  it('points every plan file and VS Code at the schema, written by the same code as herald schema', () => {
    const dir = tempDir();
    runInit({ dir, lang: 'en', force: false, now: at('2026-11-23') });
    for (const name of readdirSync(path.join(dir, 'plans'))) {
      expect(readFileSync(path.join(dir, 'plans', name), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    }
    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({ './schemas/plan.schema.json': ['plans/*.yaml', 'plans/*.yml'] });
    for (const schema of schemaFiles()) expect(readFileSync(path.join(dir, 'schemas', schema.name), 'utf8')).toBe(schema.text);
  });

  it('writes the English plan with --lang en, and a package.json naming the folder', () => {
    const dir = path.join(tempDir(), 'Comms Team');
    runInit({ dir, lang: 'en', force: false, now: at('2026-11-23') });
    const site = parse(readFileSync(path.join(dir, 'plans/site.yaml'), 'utf8')) as { site: { language: string } };
    expect(site.site.language).toBe('en');
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; devDependencies: Record<string, string> };
    expect(pkg.name).toBe('comms-team');
    expect(Object.keys(pkg.devDependencies)).toEqual(['herald']);
  });
});

describe('scaffold dates', () => {
  it('keep the messages within neglectAfterDays of each other and the change announced in time', () => {
    for (const today of ['2026-11-23', '2026-12-30', '2027-06-14']) {
      const d = scaffoldDates(today, 'nl');
      const span = dayNumber(d['dialogue.date']!.slice(0, 10)) - dayNumber(d['change.date']!.slice(0, 10));
      expect(span).toBeLessThanOrEqual(21);
      expect(dayNumber(d['change.effective']!) - dayNumber(d['change.date']!.slice(0, 10))).toBeGreaterThanOrEqual(14);
      expect(weekdayOfDay(dayNumber(d['change.effective']!))).toBe(1);
      expect(d['quiet.from']! > today).toBe(true);
    }
  });

  it('write the date in words in the site language', () => {
    expect(scaffoldDates('2026-11-23', 'nl')['change.effective.long']).toBe('maandag 7 december');
    expect(scaffoldDates('2026-11-23', 'en')['change.effective.long']).toBe('Monday 7 December');
  });

  it('move a change that would take effect in the Christmas break to the Monday after it', () => {
    const d = scaffoldDates('2026-12-12', 'en');
    expect(d['change.effective']).toBe('2027-01-04');
  });
});

describe('herald init --ci: the recipes publish scheduled messages on time', () => {
  const recipe = (host: 'github' | 'gitlab') =>
    planCiFile(host, readFileSync(new URL(`../../scaffold/ci/${host}.yml`, import.meta.url), 'utf8'), '0.0.0-test').text;

  it('GitHub: a schedule every 15 minutes that builds and deploys as a push to main does, with the Pages permissions', () => {
    const text = recipe('github');
    const workflow = parse(text) as {
      on: Record<string, unknown>;
      jobs: Record<string, { if?: string; needs?: string; permissions?: Record<string, string> }>;
    };
    expect(workflow.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    // A scheduled run is on the default branch and is not a pull request: the build job runs.
    const condition = workflow.jobs.build!.if!;
    expect(condition).toBe("github.ref == 'refs/heads/main' && github.event_name != 'pull_request'");
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(text).toMatch(/late/);
    expect(text).toMatch(/60 days/);
  });

  it('GitLab: says how to add a pipeline schedule, and the pages job runs in one', () => {
    const text = recipe('gitlab');
    expect(text).toContain('Pipeline schedules');
    expect(text).toContain('*/15 * * * *');
    const pipeline = parse(text) as { pages: { rules: { if: string }[] } };
    expect(pipeline.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });
});

describe('fillTemplate', () => {
  it('fills %%name%% and leaves GitHub expressions alone', () => {
    expect(fillTemplate('v%%v%% ${{ steps.x.outputs.y }}', { v: '1' }, 't')).toBe('v1 ${{ steps.x.outputs.y }}');
  });

  it('refuses a placeholder it does not know (a template bug)', () => {
    expect(() => fillTemplate('%%nope%%', {}, 'plans/x.yaml')).toThrow(/plans\/x.yaml uses %%nope%%/);
  });
});

describe('decideInit', () => {
  const scaffold: PlannedFile[] = [
    { path: 'plans/site.yaml', text: '' },
    { path: 'README.md', text: '' },
    { path: 'package.json', text: '', keepExisting: true },
  ];
  const ci: PlannedFile = { path: '.gitlab-ci.yml', text: '' };

  it('lists files that would be replaced, and plans and messages already there', () => {
    const decision = decideInit({ scaffold, exists: (p) => p === 'README.md', projectFiles: ['content/2025/oud.md'] });
    expect(decision.conflicts).toEqual(['README.md', 'content/2025/oud.md']);
  });

  it('never replaces a package.json, and says so', () => {
    const decision = decideInit({ scaffold, exists: (p) => p === 'package.json', projectFiles: [] });
    expect(decision.conflicts).toEqual([]);
    expect(decision.kept).toEqual(['package.json']);
    expect(decision.write.map((f) => f.path)).toEqual(['plans/site.yaml', 'README.md']);
  });

  it('gives an existing project only the CI file', () => {
    const decision = decideInit({ scaffold, ci, exists: (p) => p !== '.gitlab-ci.yml', projectFiles: ['plans/plan.yaml'] });
    expect(decision).toMatchObject({ ciOnly: true, conflicts: [], write: [ci] });
    expect(decideInit({ scaffold, ci, exists: () => true, projectFiles: ['plans/plan.yaml'] }).conflicts).toEqual(['.gitlab-ci.yml']);
  });
});
