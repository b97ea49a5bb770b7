import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/check.js';
import { formatCsv } from '../../src/planning/format-csv.js';
import { planningOptions } from '../../src/planning/planning-options.js';
import { formatTable } from '../../src/planning/format-table.js';
import { planningReport, type PlanningReport } from '../../src/planning/planning-report.js';
import { check, herald, makeProject, message, only, PLAN } from '../helpers/project.js';

/**
 * Six ISO weeks, 2026-W15 to W20 (2026-04-06 – 2026-05-17), with W18 the
 * plan's quiet week. magazijn (budget 2) gets three messages in W15, so
 * frequency-cap reports the third; a message for `all` lands in W16; a
 * draft in W17 must not count; a campaign message from February lies before
 * the window.
 */
const FIXTURE_PLAN = PLAN.replace('neglectAfterDays: 60', 'neglectAfterDays: 30') + 'mix: {success: 0.2}\n';
const FILES = {
  'content/2026/a.md': message({ title: 'Bericht a', date: '2026-04-06T09:00', audience: '[magazijn]' }),
  'content/2026/b.md': message({ title: 'Bericht b', date: '2026-04-07T09:00', audience: '[magazijn]' }),
  'content/2026/c.md': message({ title: 'Bericht c', date: '2026-04-08T09:00', audience: '[magazijn]' }),
  'content/2026/d.md': message({ title: 'Voor iedereen', date: '2026-04-14T09:00', audience: 'all' }),
  'content/2026/e.md': message({ title: 'Succes op kantoor', date: '2026-05-12T09:00', audience: '[kantoor]', kind: 'success' }),
  'content/2026/f.md': message({ title: 'Concept', date: '2026-04-21T09:00', audience: '[magazijn]', extra: 'draft: true' }),
  'content/2026/g.md': message({ title: '=Campagnestart', date: '2026-02-10T09:00', audience: '[chauffeurs]', extra: 'campaign: invoering-app' }),
};

async function report(from = '2026-04-08', weeks = 6): Promise<PlanningReport> {
  const project = await loadProject(makeProject(FILES, FIXTURE_PLAN));
  return planningReport(project.plan, project.facts, { from, weeks }, { mixMinMessages: 3 });
}

describe('planningReport', () => {
  it('starts on the Monday of the given day and lists ISO weeks with quiet periods', async () => {
    const r = await report('2026-04-08');
    expect(r.period).toEqual({ from: '2026-04-06', until: '2026-05-17', weeks: 6 });
    expect(r.weeks.map((w) => w.week)).toEqual(['2026-W15', '2026-W16', '2026-W17', '2026-W18', '2026-W19', '2026-W20']);
    expect(r.weeks[3]).toEqual({ week: '2026-W18', from: '2026-04-27', until: '2026-05-03', quiet: ['Inventarisatieweek'] });
    expect(r.weeks.filter((w) => w.quiet.length > 0)).toHaveLength(1);
  });

  it('counts messages per segment per week against the budget; `all` counts everywhere, drafts nowhere', async () => {
    const r = await report();
    const counts = Object.fromEntries(r.segments.map((s) => [s.id, s.weeks.map((w) => w.count)]));
    expect(counts).toEqual({
      magazijn: [3, 1, 0, 0, 0, 0],
      chauffeurs: [0, 1, 0, 0, 0, 0],
      kantoor: [0, 1, 0, 0, 0, 1],
      directie: [0, 1, 0, 0, 0, 0],
    });
    expect(r.segments.map((s) => s.budget)).toEqual([2, 3, 4, null]);
    expect(r.segments[0]!.weeks[0]).toEqual({ week: '2026-W15', count: 3, budget: 2, overBudget: 1, quiet: false });
    expect(r.segments.flatMap((s) => s.weeks).filter((w) => w.overBudget > 0)).toHaveLength(1);
  });

  it('marks exactly the weeks in which frequency-cap reports a message', async () => {
    const diagnostics = only(await check(FILES, FIXTURE_PLAN), 'frequency-cap');
    expect(diagnostics.map((d) => d.file)).toEqual(['content/2026/c.md']);
    const over = (await report()).segments.flatMap((s) => s.weeks.filter((w) => w.overBudget > 0).map((w) => `${s.id} ${w.week} ${w.overBudget}`));
    expect(over).toEqual(['magazijn 2026-W15 1']);
  });

  it('stays in step with frequency-cap when a week is busier: one mark per finding, in the week of the message it is reported on', async () => {
    const busy = {
      ...FILES,
      'content/2026/a2.md': message({ title: 'Bericht a2', date: '2026-04-09T09:00', audience: '[magazijn]' }),
      // Sunday of W17 and Monday, Tuesday of W18: one busy window over two ISO weeks, marked in the week of j.
      'content/2026/h.md': message({ title: 'Bericht h', date: '2026-04-26T09:00', audience: '[magazijn]' }),
      'content/2026/i.md': message({ title: 'Bericht i', date: '2026-04-27T09:00', audience: '[magazijn]' }),
      'content/2026/j.md': message({ title: 'Bericht j', date: '2026-04-28T09:00', audience: '[magazijn]' }),
    };
    const diagnostics = only(await check(busy, FIXTURE_PLAN), 'frequency-cap');
    expect(diagnostics.map((d) => d.file)).toEqual(['content/2026/c.md', 'content/2026/j.md']);
    const project = await loadProject(makeProject(busy, FIXTURE_PLAN));
    const r = planningReport(project.plan, project.facts, { from: '2026-04-08', weeks: 6 }, { mixMinMessages: 3 });
    const over = r.segments.flatMap((s) => s.weeks.filter((w) => w.overBudget > 0).map((w) => `${s.id} ${w.week} ${w.count}/${w.budget} ${w.overBudget}`));
    expect(over).toEqual(['magazijn 2026-W15 4/2 1', 'magazijn 2026-W18 2/2 1']);
  });

  it('reports goals with their messages in the period and their measure', async () => {
    const r = await report();
    expect(r.goals.map((g) => [g.id, g.active, g.count])).toEqual([
      ['roosterapp', true, 5],
      ['veilig-werken', false, 0],
    ]);
    expect(r.goals[0]!.measure).toBe('Aandeel ruilingen via de app');
    expect(r.goals[0]!.messages.map((m) => m.file)).toEqual([
      'content/2026/a.md',
      'content/2026/b.md',
      'content/2026/c.md',
      'content/2026/d.md',
      'content/2026/e.md',
    ]);
  });

  it('lists every message of a campaign and its dialogue moments, and whether it runs in the period', async () => {
    const [campaign] = (await report()).campaigns;
    expect(campaign).toMatchObject({ id: 'invoering-app', active: false, requireFeedback: false, dialogue: 0 });
    expect(campaign!.messages).toEqual([{ file: 'content/2026/g.md', title: '=Campagnestart', date: '2026-02-10', kind: 'news', url: '/2026/g/' }]);
    const february = await report('2026-02-02', 4);
    expect(february.campaigns[0]!.active).toBe(true);
  });

  it('gives the monthly mix against the plan, judging months as the mix rule does', async () => {
    const r = await report();
    expect(r.mix.map((m) => [m.month, m.total, m.kinds.success])).toEqual([
      ['2026-04', 4, 0],
      ['2026-05', 1, 1],
    ]);
    expect(r.mix[0]!.minimums).toEqual([{ kind: 'success', minimum: 0.2, share: 0, meets: false, judged: true }]);
    expect(r.mix[1]!.minimums).toEqual([{ kind: 'success', minimum: 0.2, share: 1, meets: true, judged: false }]);
    const findings = only(await check(FILES, FIXTURE_PLAN), 'mix');
    expect(findings.map((d) => d.message.match(/in \d{4}-\d{2}/)?.[0])).toEqual(['in 2026-04']);
  });

  it('finds segments that go without news for longer than neglectAfterDays, counting silence from before the period', async () => {
    const r = await report();
    expect(r.neglected).toEqual([
      { segment: 'magazijn', name: 'Magazijn', from: '2026-04-14', until: '2026-05-17', days: 33, none: false, limit: 30 },
      { segment: 'chauffeurs', name: 'Chauffeurs', from: '2026-02-10', until: '2026-04-14', days: 63, none: false, limit: 30 },
      { segment: 'directie', name: 'Directie', from: '2026-04-14', until: '2026-05-17', days: 33, none: false, limit: 30 },
    ]);
    const later = await report('2026-06-01', 4);
    expect(later.neglected.map((n) => [n.segment, n.from, n.until, n.none])).toEqual([
      ['magazijn', '2026-04-14', '2026-06-28', true],
      ['chauffeurs', '2026-04-14', '2026-06-28', true],
      ['kantoor', '2026-05-12', '2026-06-28', true],
      ['directie', '2026-04-14', '2026-06-28', true],
    ]);
  });
});

describe('plan formats', () => {
  it('table: one row per segment, over-budget and quiet marks that survive without colour', async () => {
    const text = formatTable(await report(), false);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Plan for 2026-04-06 – 2026-05-17 (6 weeks, 2026-W15 – 2026-W20). Drafts are not counted.');
    const header = lines.find((l) => l.trimStart().startsWith('W15'))!;
    expect(header.trim().split(/\s+/)).toEqual(['W15', 'W16', 'W17', 'W18~', 'W19', 'W20']);
    expect(
      lines
        .find((l) => l.trimStart().startsWith('Magazijn'))!
        .trim()
        .split(/\s+/),
    ).toEqual(['Magazijn', '3/2!', '1/2', '0/2', '0/2', '0/2', '0/2']);
    expect(
      lines
        .find((l) => l.trimStart().startsWith('Directie'))!
        .trim()
        .split(/\s+/),
    ).toEqual(['Directie', '0', '1', '0', '0', '0', '0']);
    expect(text).toContain('~ quiet: 2026-W18 Inventarisatieweek');
    expect(text).toContain('Chauffeurs: nothing from 2026-02-10 until 2026-04-14, 63 days; neglectAfterDays is 30');
    expect(text).toContain('success 0 (0%) under 20%');
    expect(text).not.toMatch(/\x1b\[/);
    expect(formatTable(await report(), true)).toMatch(/\x1b\[31m/);
  });

  it('csv: one long table with a header, quoted where needed and safe from spreadsheet formulas', async () => {
    const csv = formatCsv(await report());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('section,id,name,period,from,until,count,limit,over_budget,status,note');
    expect(lines).toContain('segment-week,magazijn,Magazijn,2026-W15,2026-04-06,2026-04-12,3,2,1,over-budget,');
    expect(lines).toContain('segment-week,kantoor,Kantoor,2026-W18,2026-04-27,2026-05-03,0,4,0,ok,Inventarisatieweek');
    expect(lines).toContain('segment-week,directie,Directie,2026-W16,2026-04-13,2026-04-19,1,,0,ok,');
    expect(lines).toContain('neglected,chauffeurs,Chauffeurs,,2026-02-10,2026-04-14,63,30,,gap,');
    expect(lines).toContain('mix,success,,2026-04,,,0,0.2,,under,4 messages');
    expect(lines.some((l) => l.startsWith('campaign'))).toBe(false); // the campaign ran in February and March
    const spring = formatCsv(await report('2026-02-02', 16)).split('\r\n');
    expect(spring).toContain('campaign,invoering-app,Invoering roosterapp,,2026-02-01,2026-03-31,1,,,dialogue-not-required,goal roosterapp; 0 dialogue');
    expect(spring).toContain("campaign-message,invoering-app,'=Campagnestart,,2026-02-10,2026-02-10,,,,news,content/2026/g.md");
    expect(csv.endsWith('\r\n')).toBe(true);
    const columns = lines[0]!.split(',').length;
    for (const line of lines.slice(1, -1)) expect(line.replace(/"[^"]*"/g, '').split(',')).toHaveLength(columns);
  });
});

describe('herald plan (CLI)', () => {
  it('prints stable JSON for scripts', () => {
    const root = makeProject(FILES, FIXTURE_PLAN);
    const { code, stdout, stderr } = herald(['plan', '--root', root, '--from', '2026-04-06', '--weeks', '6', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['period', 'weeks', 'segments', 'goals', 'campaigns', 'mix', 'neglected']);
    expect(json.segments[0]).toMatchObject({ id: 'magazijn', name: 'Magazijn', budget: 2 });
    expect(json.segments[0].weeks[0]).toEqual({ week: '2026-W15', count: 3, budget: 2, overBudget: 1, quiet: false });
    expect(json.goals[0]).toMatchObject({ id: 'roosterapp', count: 5 });
    const again = herald(['plan', '--root', root, '--from', '2026-04-06', '--weeks', '6', '--format', 'json']);
    expect(again.stdout).toBe(stdout);
  });

  it('defaults to 8 weeks from the current week', () => {
    const root = makeProject(FILES, FIXTURE_PLAN);
    const { code, stdout } = herald(['plan', '--root', root, '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.period.weeks).toBe(8);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(json.period.from <= today && today <= json.weeks[0].until).toBe(true);
  });

  it('refuses a bad date or week count with one line and exit code 2', () => {
    const root = makeProject(FILES, FIXTURE_PLAN);
    const bad = herald(['plan', '--root', root, '--lang', 'en', '--from', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('herald: --from "2026-02-30" is not a date.\n  Write it as yyyy-mm-dd, e.g. --from 2026-03-02.\n');
    const weeks = herald(['plan', '--root', root, '--lang', 'en', '--weeks', '0']);
    expect(weeks.code).toBe(2);
    expect(weeks.stderr).toContain('--weeks must be a whole number from 1 to 104.');
    const format = herald(['plan', '--root', root, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('herald: Kies voor --format uit table, json, csv. "xml" kan niet.\n  In "herald plan --help" staat wat elke keuze doet.\n');
  });
});

describe('planning options', () => {
  it('come from the configuration the linter uses: the plan’s minMessages, else the mix rule’s own default, also when the rule is off', async () => {
    const options = async (rules: string) => planningOptions((await loadProject(makeProject(FILES, `${FIXTURE_PLAN}${rules}`))).rules);
    expect(await options('')).toEqual({ mixMinMessages: 3 });
    expect(await options('rules:\n  mix: [warn, {minMessages: 5}]\n')).toEqual({ mixMinMessages: 5 });
    expect(await options('rules:\n  mix: off\n')).toEqual({ mixMinMessages: 3 });
  });
});
