import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, Location, MessageData } from '../model/diagnostic.js';
import type { Plan, PlanFile, PlanLocation, Site } from '../model/plan.js';
import { SourceText } from '../model/source-text.js';
import type { TextFile } from '../load/read-project.js';
import { adviseYamlErrors } from '../load/yaml-advice.js';
import { chooseLang, compose, quotable, type Lang, type LangChoice } from '../messages/index.js';
import { describeIssue, getPath } from './describe-issue.js';
import { calendarSchema, planSchema, planSections, quietPeriodSchema, siteSchema } from '../model/plan-schema.js';
import { allowedKeys } from './schema-keys.js';
import { BRAND_MESSAGE_IDS, BRAND_NAMESPACE, checkBrandColour } from './validate-brand.js';
import { closest } from './suggest.js';
import { locateInYaml } from './yaml-locate.js';

/** Rule id of problems in the plan's own structure. Not configurable: a broken plan cannot be trusted. */
export const PLAN_RULE_ID = 'plan-schema';

type Section = keyof typeof planSections;
const SECTION_NAMES = Object.keys(planSections) as Section[];
const LIST_SECTIONS = new Set<Section>(['segments', 'goals', 'channels', 'campaigns']);

/** A problem of the plan's structure, as a diagnostic of `plan-schema`: the sentence composed from the catalogue in `lang`. */
export function planDiagnostic(lang: Lang, file: string, at: Location, messageId: string, data: MessageData = {}, expected?: string[]): Diagnostic {
  // `site.brand`'s sentences have a namespace of their own (validate-brand.ts).
  const namespace = BRAND_MESSAGE_IDS.has(messageId) ? BRAND_NAMESPACE : PLAN_RULE_ID;
  return {
    ruleId: PLAN_RULE_ID,
    messageId,
    data,
    severity: 'error',
    file,
    ...at,
    // No url: plan-schema is no rule of the catalogue, so it has no page.
    message: compose(lang, namespace, messageId, data, expected),
    ...(expected?.length ? { expected } : {}),
  };
}

/** What a plan problem is: a message id of `plan-schema` (or `common`) with its data, and what the writer probably meant. */
type Report = (file: string, at: Location, messageId: string, data?: MessageData, suggestion?: string, debug?: string) => void;

export interface PlanResult {
  plan: Plan;
  diagnostics: Diagnostic[];
  /** The language of the diagnostics, and of everything else the writer reads about this project (`chooseLang`). */
  lang: Lang;
}

/**
 * Parses and merges every plan file, validates each top-level section with
 * its schema, and returns the typed plan plus every problem with its place in
 * the YAML. Invalid items are dropped, valid ones kept, so that one typo in a
 * segment does not turn every message into a cascade of findings.
 *
 * The language is chosen here, where the plan is first known: `choice`'s
 * `--lang` or `HERALD_LANG`, else the plan's `site.language` (nl when the
 * site section leaves it out), else English (no usable site section). The
 * problems are gathered first and composed in that language at the end.
 */
export function validatePlan(textFiles: TextFile[], choice: LangChoice = {}): PlanResult {
  const problems: {
    file: string;
    at: Location;
    messageId: string;
    data: MessageData | undefined;
    suggestion: string | undefined;
    debug?: string | undefined;
  }[] = [];
  const report: Report = (file, at, messageId, data, suggestion, debug) => problems.push({ file, at, messageId, data, suggestion, debug });

  const files: PlanFile[] = textFiles.map(({ file, text }) => {
    const source = new SourceText(text);
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    // The same advice as for front-matter, at the line that is wrong; the parser's words only as `debug`.
    if (doc.errors.length > 0) {
      for (const p of adviseYamlErrors(text, doc.errors, source)) report(file, p.at, p.messageId, p.data, p.expected?.[0], p.debug);
    }
    return { file, source, doc };
  });

  // Merge by top-level key, remembering which file owns each section.
  const owner = new Map<string, PlanFile>();
  const raw: Record<string, unknown> = {};
  for (const pf of files) {
    if (pf.doc.errors.length > 0) continue;
    const contents = pf.doc.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) continue; // an empty file is fine
    if (!isMap(contents)) {
      report(pf.file, locateInYaml(pf.doc, pf.source, []), 'not-a-mapping');
      continue;
    }
    const js = pf.doc.toJS() as Record<string, unknown>;
    for (const pair of contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const at = locateInYaml(pf.doc, pf.source, [key], { atKey: true });
      const first = owner.get(key);
      if (first) {
        const firstAt = locateInYaml(first.doc, first.source, [key], { atKey: true });
        report(pf.file, at, 'duplicate-section', { section: key, firstFile: first.file, firstLine: firstAt.line, file: pf.file, line: at.line });
        continue;
      }
      if (!SECTION_NAMES.includes(key as Section)) {
        const suggestion = closest(key, SECTION_NAMES);
        report(pf.file, at, 'unknown-section', { section: key, sections: SECTION_NAMES }, suggestion);
        continue;
      }
      owner.set(key, pf);
      raw[key] = js[key];
    }
  }

  const locate = (path: readonly (string | number)[], atKey = false): PlanLocation => {
    const pf = owner.get(String(path[0])) ?? files[0]!;
    return { file: pf.file, ...locateInYaml(pf.doc, pf.source, owner.has(String(path[0])) ? path : [], { atKey }) };
  };

  const valid: Record<string, unknown> = {};
  const itemIndex = new Map<string, number>();
  const invalidIds = { segments: new Set<string>(), goals: new Set<string>(), channels: new Set<string>(), campaigns: new Set<string>() };
  const reportIssues = (issues: z.core.$ZodIssue[], basePath: (string | number)[], schema: z.ZodType, value: unknown) => {
    for (const issue of issues) {
      const valueAt = (p: (string | number)[]) => getPath(value, p.slice(basePath.length));
      const keysAt = (p: (string | number)[]) => allowedKeys(schema, p.slice(basePath.length));
      for (const d of describeIssue(issue, basePath, valueAt, keysAt)) {
        const at = locate(d.path, d.atKey);
        report(at.file, at, d.messageId, d.data, d.expected?.[0]);
      }
    }
  };

  for (const section of SECTION_NAMES) {
    const value = raw[section];
    if (value === undefined) continue;
    if (LIST_SECTIONS.has(section)) {
      if (value === null) continue; // `campaigns:` with nothing under it yet: an empty list
      if (!Array.isArray(value)) {
        const at = locate([section]);
        report(at.file, at, 'not-a-list', { section });
        continue;
      }
      const itemSchema = (planSections[section] as unknown as z.ZodArray<z.ZodType>).element;
      const items: unknown[] = [];
      // Every id written so far, valid item or not: a second "magazijn" is a
      // duplicate even when the first one has a typo elsewhere.
      const seen = new Map<string, number>();
      value.forEach((item, index) => {
        const result = itemSchema.safeParse(item);
        const id = (item as { id?: unknown } | null)?.id;
        const firstIndex = typeof id === 'string' ? seen.get(id) : undefined;
        if (typeof id === 'string' && firstIndex === undefined) seen.set(id, index);
        if (!result.success) {
          reportIssues(result.error.issues, [section, index], itemSchema, item);
          if (typeof id === 'string') invalidIds[section as keyof typeof invalidIds].add(id);
          return;
        }
        const itemId = (result.data as { id: string }).id;
        if (firstIndex !== undefined) {
          const at = locate([section, index, 'id']);
          const firstAt = locate([section, firstIndex, 'id']);
          report(at.file, at, 'duplicate-id', { id: itemId, section, firstLine: firstAt.line });
          return;
        }
        itemIndex.set(`${section}:${itemId}`, index);
        items.push(result.data);
      });
      valid[section] = items;
    } else {
      const schema = planSections[section] as z.ZodType;
      const result = schema.safeParse(value ?? (section === 'ignore' ? [] : {})); // `ignore:` with nothing under it: no patterns
      if (result.success) valid[section] = result.data;
      else {
        reportIssues(result.error.issues, [section], schema, value);
        // Keep what is valid: one bad rule setting or a typo in the calendar
        // must not throw away the time zone, the quiet periods or the other rules.
        const salvaged = salvage(schema, value, result.error.issues, SECTION_FALLBACK[section]);
        if (salvaged !== undefined) valid[section] = salvaged;
      }
    }
  }

  // A plan file that is not valid YAML may well hold the site section: do not guess.
  if (!owner.has('site') && files.every((pf) => pf.doc.errors.length === 0)) {
    const first = files[0]!;
    report(first.file, { line: 1, column: 1 }, 'no-site');
  }

  const lang = chooseLang({ ...choice, plan: (valid.site as Site | undefined)?.language });
  const site = valid.site ?? siteSchema.parse({ title: 'herald' });
  const merged = planSchema.parse({
    ...valid,
    site,
    calendar: valid.calendar ?? calendarSchema.parse({}),
  });

  checkCrossReferences(merged, locate, itemIndex, invalidIds, raw.calendar, report);
  checkBrandColour(merged.site, locate, (at, messageId, data) => report(at.file, at, messageId, data));

  const plan: Plan = {
    ...merged,
    segmentById: new Map(merged.segments.map((s) => [s.id, s])),
    goalById: new Map(merged.goals.map((g) => [g.id, g])),
    channelById: new Map(merged.channels.map((c) => [c.id, c])),
    campaignById: new Map(merged.campaigns.map((c) => [c.id, c])),
    invalidIds,
    files,
    locate: (path, options) => locate(path, options?.atKey ?? false),
    locateItem: (section, id) => {
      const index = itemIndex.get(`${section}:${id}`);
      return locate(index === undefined ? [section] : [section, index, 'id']);
    },
  };
  const diagnostics = problems.map((p) => {
    const d = planDiagnostic(lang, p.file, p.at, p.messageId, p.data, p.suggestion ? [p.suggestion] : undefined);
    return p.debug ? { ...d, debug: p.debug } : d;
  });
  return { plan, diagnostics, lang };
}

/** What a section falls back to for required keys that were invalid, so the rest of it is kept. */
const SECTION_FALLBACK: Partial<Record<Section, Record<string, unknown>>> = { site: { title: 'herald' } };

/**
 * The section without what failed, parsed again: a bad item of a list inside
 * it (one quiet period) is left out, any other bad key as a whole. Undefined
 * when that does not help (the section is not a mapping, or still invalid).
 */
function salvage(schema: z.ZodType, value: unknown, issues: z.core.$ZodIssue[], fallback: Record<string, unknown> = {}): unknown {
  if (Array.isArray(value)) {
    // A list of plain values (`ignore:`): the bad items are left out.
    const bad = new Set(issues.map((issue) => issue.path[0]));
    if (bad.has(undefined)) return undefined;
    const retry = schema.safeParse(value.filter((_, i) => !bad.has(i)));
    return retry.success ? retry.data : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const badKeys = new Set<string>();
  const badItems = new Map<string, Set<number>>();
  for (const issue of issues) {
    const [key, index] = issue.path;
    if (key === undefined) {
      if (issue.code !== 'unrecognized_keys') return undefined;
      for (const k of issue.keys) badKeys.add(k);
    } else if (typeof index === 'number' && Array.isArray((value as Record<string, unknown>)[String(key)])) {
      const items = badItems.get(String(key)) ?? new Set<number>();
      items.add(index);
      badItems.set(String(key), items);
    } else {
      badKeys.add(String(key));
    }
  }
  const rest: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (badKeys.has(key)) continue;
    const items = badItems.get(key);
    rest[key] = items ? (v as unknown[]).filter((_, i) => !items.has(i)) : v;
  }
  const retry = schema.safeParse({ ...fallback, ...rest });
  return retry.success ? retry.data : undefined;
}

type Merged = ReturnType<typeof planSchema.parse>;

/**
 * Plan items refer to each other (a segment's channels, a campaign's goal);
 * a dangling id there is a plan error, as are periods that end before they start.
 */
function checkCrossReferences(
  plan: Merged,
  locate: (path: readonly (string | number)[], atKey?: boolean) => PlanLocation,
  itemIndex: Map<string, number>,
  invalidIds: Plan['invalidIds'],
  rawCalendar: unknown,
  report: Report,
): void {
  const ids = {
    segments: plan.segments.map((s) => s.id),
    goals: plan.goals.map((g) => g.id),
    channels: plan.channels.map((c) => c.id),
  };
  const refer = (kind: keyof typeof ids, id: string, path: (string | number)[]) => {
    // An item that is in the plan but invalid was reported already; naming it is no second error.
    if (ids[kind].includes(id) || invalidIds[kind].has(id)) return;
    const suggestion = closest(id, ids[kind]);
    const at = locate(path);
    report(at.file, at, `unknown-${kind.slice(0, -1)}`, { id, known: ids[kind] }, suggestion);
  };
  const period = (section: string, item: { id: string; from?: string; until?: string }) => {
    if (item.from && item.until && item.from > item.until) {
      const at = locate([section, itemIndex.get(`${section}:${item.id}`) ?? 0, 'until']);
      report(at.file, at, 'ends-before-start', { id: item.id, from: item.from, until: item.until });
    }
  };
  for (const segment of plan.segments) {
    const i = itemIndex.get(`segments:${segment.id}`)!;
    segment.channels.forEach((c, j) => refer('channels', c, ['segments', i, 'channels', j]));
  }
  for (const goal of plan.goals) {
    const i = itemIndex.get(`goals:${goal.id}`)!;
    goal.segments?.forEach((s, j) => refer('segments', s, ['goals', i, 'segments', j]));
    period('goals', goal);
  }
  for (const campaign of plan.campaigns) {
    const i = itemIndex.get(`campaigns:${campaign.id}`)!;
    refer('goals', campaign.goal, ['campaigns', i, 'goal']);
    campaign.segments?.forEach((s, j) => refer('segments', s, ['campaigns', i, 'segments', j]));
    period('campaigns', campaign);
  }
  // By the index in the YAML: an invalid quiet period before this one was left out of the plan.
  const rawQuiet = (rawCalendar as { quiet?: unknown } | null | undefined)?.quiet;
  (Array.isArray(rawQuiet) ? rawQuiet : []).forEach((item, i) => {
    const parsed = quietPeriodSchema.safeParse(item);
    if (!parsed.success) return;
    const q = parsed.data;
    if (q.from > q.until) {
      const at = locate(['calendar', 'quiet', i, 'until']);
      report(at.file, at, 'quiet-ends-before-start', { reason: quotable(q.reason), from: q.from, until: q.until });
    }
  });
}
