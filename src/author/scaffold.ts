import { dayNumber, weekdayOfDay, ymdOfDay } from '../validate/moment.js';
import type { SchemaFile } from '../schema/json-schemas.js';

/**
 * `herald init` as data: which files a new project gets, with what text.
 * The templates are real files under `scaffold/` in the package (read by the
 * CLI); this module only fills them in and decides what to write.
 */

export type ScaffoldLanguage = 'nl' | 'en';
export type CiHost = 'github' | 'gitlab';
export const CI_HOSTS: readonly CiHost[] = ['github', 'gitlab'];
export const SCAFFOLD_LANGUAGES: readonly ScaffoldLanguage[] = ['nl', 'en'];

/** A template as read from `scaffold/`, its path relative to the template folder. */
export interface TemplateFile {
  path: string;
  text: string;
}

/** A file `herald init` writes, relative to the project root. */
export interface PlannedFile {
  path: string;
  /** Text, or the bytes of the packed herald (`vendor/herald-<version>.tgz`). */
  text: string | Uint8Array;
  /** Written only when absent, never replaced, not even with --force (a team's own package.json). */
  keepExisting?: boolean;
}

/** Where `herald init` puts the schemas, and where plan files and editor settings point. */
export const SCHEMA_DIR = 'schemas';

/** Where `herald init` puts the packed herald. */
export const VENDOR_DIR = 'vendor';

/**
 * The packed herald's file name and package.json's spec for it, as `npm pack`
 * names a tarball (`@team/herald` → `team-herald-1.0.0.tgz`).
 */
export function vendoredHerald(name: string, version: string): { path: string; spec: string } {
  const file = `${VENDOR_DIR}/${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
  return { path: file, spec: `file:${file}` };
}

export const CI_FILES: Record<CiHost, string> = {
  github: '.github/workflows/herald.yml',
  gitlab: '.gitlab-ci.yml',
};

/**
 * Template paths use `_` for a leading dot (`_gitignore`, `_vscode/`): npm
 * leaves `.gitignore` out of a published package, and dot-folders are easy
 * to lose the same way.
 */
function outputPath(templatePath: string): string {
  return templatePath
    .split('/')
    .map((part) => (part.startsWith('_') ? `.${part.slice(1)}` : part))
    .join('/');
}

/**
 * The dates the example plan and messages use, relative to the day of
 * `herald init`. A new team should see a working site at once: the three
 * messages lie in the past two and a half weeks (`herald build` leaves out
 * future messages), on weekdays at 09:00 (the plan avoids weekends), within
 * `neglectAfterDays` of each other and inside their goals and campaign. The
 * quiet period is the next Christmas break, always after today, so no
 * example message falls in it. Fixed dates would make the example stale, or
 * empty, depending on the day it is run.
 */
export function scaffoldDates(today: string, lang: ScaffoldLanguage): Record<string, string> {
  const t = dayNumber(today);
  const year = Number(today.slice(0, 4));
  // The Christmas break that starts after today: this year's, or next year's once it has begun.
  const christmasYear = today >= `${year}-12-24` ? year + 1 : year;
  const quietFrom = dayNumber(`${christmasYear}-12-24`);
  const quietUntil = dayNumber(`${christmasYear + 1}-01-02`);

  const change = weekdayOnOrBefore(t - 16);
  const success = weekdayOnOrBefore(t - 9);
  const dialogue = weekdayOnOrBefore(t - 2);
  // The change takes effect on a Monday at least two weeks out, never inside the break.
  let effective = mondayOnOrAfter(t + 14);
  if (effective >= quietFrom && effective <= quietUntil) effective = mondayOnOrAfter(quietUntil + 1);

  return {
    today: ymdOfDay(t),
    'quiet.from': ymdOfDay(quietFrom),
    'quiet.until': ymdOfDay(quietUntil),
    'goal.from': firstOfMonth(t - 45),
    'goal.until': lastOfMonth(t + 150),
    'campaign.from': ymdOfDay(change),
    'campaign.until': ymdOfDay(effective + 28),
    'change.date': `${ymdOfDay(change)}T09:00`,
    'change.effective': ymdOfDay(effective),
    'change.effective.long': longDate(effective, lang),
    'change.due': ymdOfDay(effective - 3),
    'success.date': `${ymdOfDay(success)}T09:00`,
    'dialogue.date': `${ymdOfDay(dialogue)}T09:00`,
    'dialogue.due': ymdOfDay(effective + 11),
    'dialogue.due.long': longDate(effective + 11, lang),
  };
}

function weekdayOnOrBefore(day: number): number {
  const weekday = weekdayOfDay(day);
  return weekday === 0 ? day - 2 : weekday === 6 ? day - 1 : day;
}

function mondayOnOrAfter(day: number): number {
  return day + ((8 - weekdayOfDay(day)) % 7);
}

function firstOfMonth(day: number): string {
  return `${ymdOfDay(day).slice(0, 8)}01`;
}

function lastOfMonth(day: number): string {
  const ymd = ymdOfDay(day);
  const [y, m] = [Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7))];
  return ymdOfDay(dayNumber(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) - 1);
}

/** "maandag 14 december" / "Monday 14 December", for the example texts. */
function longDate(day: number, lang: ScaffoldLanguage): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(day * 86_400_000),
  );
}

/**
 * Replaces every `%%name%%`. Not `{{name}}`: GitHub workflows use `${{ … }}`
 * themselves. A name without a value is a bug in the templates, not a user error.
 */
export function fillTemplate(text: string, values: Record<string, string>, where: string): string {
  return text.replace(/%%([\w.-]+)%%/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`scaffold template ${where} uses %%${name}%%, which herald does not define`);
    return value;
  });
}

export interface ScaffoldInput {
  /** Templates of `scaffold/<lang>/` and `scaffold/common/`, paths relative to those folders. */
  templates: TemplateFile[];
  lang: ScaffoldLanguage;
  /** The day of `herald init` in the site's time zone, YYYY-MM-DD. */
  today: string;
  /** For package.json: the project's name and the herald that made it. */
  projectName: string;
  heraldVersion: string;
  /** What package.json's devDependency says: `file:vendor/herald-<version>.tgz`, or the team's own spec (`--herald`). */
  heraldSpec: string;
  schemas: SchemaFile[];
}

/**
 * Every file of a new project. Example messages (`content/<name>.md` in the
 * templates) go into the folder of their year, as `herald new` would put them.
 */
export function planScaffold(input: ScaffoldInput): PlannedFile[] {
  const values = {
    ...scaffoldDates(input.today, input.lang),
    'project.name': input.projectName,
    'herald.version': input.heraldVersion,
    // A JSON string, quotes included: a spec is the team's text (a git URL, a path).
    'herald.dependency': JSON.stringify(input.heraldSpec),
    'schema.dir': SCHEMA_DIR,
  };
  const files: PlannedFile[] = input.templates.map((template) => {
    const text = fillTemplate(template.text, values, template.path);
    let target = outputPath(template.path);
    const message = /^content\/([^/]+\.md)$/.exec(target);
    if (message) {
      const year = /^date:\s*(\d{4})-/m.exec(text)?.[1];
      if (!year) throw new Error(`scaffold message ${template.path} has no date`);
      target = `content/${year}/${message[1]}`;
    }
    return { path: target, text, ...(target === 'package.json' ? { keepExisting: true } : {}) };
  });
  for (const schema of input.schemas) files.push({ path: `${SCHEMA_DIR}/${schema.name}`, text: schema.text });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The CI file for a host, from its template (`scaffold/ci/<host>.yml`). */
export function planCiFile(host: CiHost, template: string, heraldVersion: string): PlannedFile & { text: string } {
  return { path: CI_FILES[host], text: fillTemplate(template, { 'herald.version': heraldVersion }, `ci/${host}.yml`) };
}

export interface InitDecision {
  write: PlannedFile[];
  /** Files that exist and would be replaced: without --force, init stops and lists them. */
  conflicts: string[];
  /** Files left as they are (`keepExisting`). */
  kept: string[];
  /** An existing project that only gets its CI file. */
  ciOnly: boolean;
}

/**
 * What `init` does given what is already there. An existing project (a plan
 * in `plans/`) with `--ci` only gets the CI file; otherwise the whole
 * scaffold. Anything that would be replaced is a conflict, and so is an
 * existing plan or message (the example would merge into it and clash).
 */
export function decideInit(options: {
  scaffold: PlannedFile[];
  ci?: PlannedFile;
  /** Paths (relative, forward slashes) that exist in the target folder. */
  exists: (path: string) => boolean;
  /** Plan files and messages already in the target folder. */
  projectFiles: string[];
}): InitDecision {
  const ciOnly = options.ci !== undefined && options.projectFiles.some((f) => f.startsWith('plans/'));
  const planned = ciOnly && options.ci ? [options.ci] : [...options.scaffold, ...(options.ci ? [options.ci] : [])];
  const kept = planned.filter((f) => f.keepExisting && options.exists(f.path)).map((f) => f.path);
  const write = planned.filter((f) => !kept.includes(f.path));
  const conflicts = new Set(write.filter((f) => options.exists(f.path)).map((f) => f.path));
  if (!ciOnly) for (const f of options.projectFiles) conflicts.add(f);
  return { write, conflicts: [...conflicts].sort(), kept, ciOnly };
}
