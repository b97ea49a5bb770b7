import path from 'node:path';
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover, type TextEdit } from 'vscode-languageserver';
import { isoWeek, MESSAGE_KINDS, weeklyCounts } from '../facts/plan-metrics.js';
import { compose, templateOf, type Lang } from '../messages/index.js';
import type { Message } from '../model/message.js';
import type { Plan, PlanLocation } from '../model/plan.js';
import type { ProjectFacts } from '../model/facts.js';
import { frontMatterJsonSchema } from '../schema/json-schemas.js';
import { otherFieldLocation } from '../scope/locate.js';
import { findRule, RULES } from '../rules/index.js';
import { ruleSentence } from '../messages/rule-docs.js';
import { examplesMarkdown, ruleDoc as ruleDocModel, severityWord } from '../report/rule-docs.js';
import type { Cursor, Word } from './cursor.js';

/**
 * Completion, hover, definition and references: pure functions of the
 * project as the workspace holds it (plan, facts, messages) and the cursor.
 * The server (server.ts) turns their answers into protocol messages.
 */

export interface ProjectView {
  root: string;
  plan: Plan;
  facts: ProjectFacts<Message>;
  lang: Lang;
  message(file: string): Message | undefined;
}

type Section = 'segments' | 'goals' | 'channels' | 'campaigns';

/** Which plan section the ids at a key path come from; `lint` takes rule ids. */
function sectionOf(cursor: Extract<Cursor, { kind: 'value' }>): Section | 'rules' | 'kind' | 'lang' | undefined {
  const p = cursor.path;
  const last = p[p.length - 1];
  if (cursor.region === 'front-matter') {
    if (p.length === 1 || (p[0] === 'lint' && last === 'disable')) {
      switch (p[0]) {
        case 'audience':
          return 'segments';
        case 'goal':
          return 'goals';
        case 'campaign':
          return 'campaigns';
        case 'channels':
          return 'channels';
        case 'kind':
          return 'kind';
        case 'lang':
          return 'lang';
        case 'lint':
          return 'rules';
      }
    }
    return undefined;
  }
  // Plan files: ids one section uses from another.
  if (p.length === 2 && last === 'goal' && p[0] === 'campaigns') return 'goals';
  if (p.length === 2 && last === 'channels' && p[0] === 'segments') return 'channels';
  if (p.length === 2 && last === 'segments' && (p[0] === 'goals' || p[0] === 'campaigns')) return 'segments';
  return undefined;
}

const t = (lang: Lang, id: string, data: Record<string, string | number> = {}) => compose(lang, 'lsp', id, data);

function periodOf(lang: Lang, item: { from?: string | undefined; until?: string | undefined }): string | undefined {
  if (!item.from && !item.until) return undefined;
  return t(lang, 'period', { from: item.from ?? '…', until: item.until ?? '…' });
}

function segmentDetail(view: ProjectView, id: string): string {
  const s = view.plan.segmentById.get(id)!;
  const parts = [s.channels.length ? s.channels.join(', ') : undefined];
  if (s.maxPerWeek !== undefined) parts.push(t(view.lang, 'budget', { budget: s.maxPerWeek }));
  if (s.readingLevel) parts.push(s.readingLevel);
  return parts.filter(Boolean).join(' · ');
}

function idItems(view: ProjectView, section: Section | 'rules' | 'kind' | 'lang', range: TextEdit['range']): CompletionItem[] {
  const { plan, lang } = view;
  const item = (label: string, detail: string, documentation?: string): CompletionItem => ({
    label,
    kind: CompletionItemKind.Value,
    detail,
    ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}),
    textEdit: { range, newText: label },
  });
  switch (section) {
    case 'segments':
      return [
        ...plan.segments.map((s) => item(s.id, `${s.name}${segmentDetail(view, s.id) ? ` — ${segmentDetail(view, s.id)}` : ''}`, s.intro ?? s.description)),
        item('all', t(lang, 'audience-all')),
      ];
    case 'goals':
      return plan.goals.map((g) =>
        item(g.id, [g.title, periodOf(lang, g)].filter(Boolean).join(' — '), g.measure && t(lang, 'measure', { measure: g.measure })),
      );
    case 'campaigns':
      return plan.campaigns.map((c) => item(c.id, [c.title, periodOf(lang, c)].filter(Boolean).join(' — '), t(lang, 'campaign-goal', { goal: c.goal })));
    case 'channels':
      return plan.channels.map((c) => item(c.id, `${c.name} (${c.kind})`));
    case 'kind':
      return MESSAGE_KINDS.map((k) => item(k, compose(lang, 'prompts', `kind-${k}`)));
    case 'lang':
      return (['nl', 'en'] as const).map((l) => item(l, t(lang, `lang-${l}`)));
    case 'rules':
      return RULES.map((r) => item(r.id, ruleSentence(lang, r, 'description')));
  }
}

function rangeOf(line: number, word: Word): TextEdit['range'] {
  return { start: { line, character: word.start }, end: { line, character: word.end } };
}

/** Front-matter keys a message may have, from the front-matter schema, with a one-line description in the writer's language. */
function keyItems(view: ProjectView, cursor: Extract<Cursor, { kind: 'key' }>, present: Set<string>): CompletionItem[] {
  if (cursor.region !== 'front-matter' || cursor.path.length > 0) return [];
  const properties = (frontMatterJsonSchema() as { properties?: Record<string, unknown> }).properties ?? {};
  return Object.keys(properties)
    .filter((key) => !present.has(key))
    .map((key) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: templateOf(view.lang, 'lsp', `key-${key}`) ?? '',
      textEdit: { range: rangeOf(cursor.line, cursor.word), newText: `${key}: ` },
    }));
}

/** Files under content/ a link in `file` can point at: other messages' `.md` files and assets, as relative paths. */
function linkItems(view: ProjectView, file: string, cursor: Extract<Cursor, { kind: 'link' }>): CompletionItem[] {
  const from = path.posix.dirname(file);
  const out: CompletionItem[] = [];
  for (const target of view.facts.contentFiles) {
    if (target === file) continue;
    let relative = path.posix.relative(from, target);
    if (!relative.startsWith('.')) relative = `./${relative}`;
    const message = target.endsWith('.md') ? view.message(target) : undefined;
    if (target.endsWith('.md') && !message) continue;
    out.push({
      label: relative,
      kind: message ? CompletionItemKind.Reference : CompletionItemKind.File,
      detail: message?.fields.title ?? '',
      // Beside the message first, then the rest by path.
      sortText: `${relative.startsWith('./') ? 0 : 1}${relative}`,
      textEdit: { range: rangeOf(cursor.line, cursor.word), newText: relative },
    });
  }
  return out;
}

export function completions(view: ProjectView, file: string, cursor: Cursor, presentKeys: Set<string>): CompletionItem[] {
  switch (cursor.kind) {
    case 'key':
      if (cursor.region === 'plan' && cursor.path.length === 1 && cursor.path[0] === 'rules') {
        return idItems(view, 'rules', rangeOf(cursor.line, cursor.word));
      }
      return keyItems(view, cursor, presentKeys);
    case 'value': {
      const section = sectionOf(cursor);
      return section ? idItems(view, section, rangeOf(cursor.line, cursor.word)) : [];
    }
    case 'for-segment':
      return idItems(view, 'segments', rangeOf(cursor.line, cursor.word));
    case 'disable-comment':
      return idItems(view, 'rules', rangeOf(cursor.line, cursor.word));
    case 'link':
      return linkItems(view, file, cursor);
    case 'none':
      return [];
  }
}

/** The plan section and id under the cursor, if it names one. */
export function idAt(view: ProjectView, cursor: Cursor): { section: Section; id: string } | { rule: string } | undefined {
  if (!('word' in cursor) || !cursor.word.text) return undefined;
  const id = cursor.word.text;
  if (cursor.kind === 'for-segment') return view.plan.segmentById.has(id) ? { section: 'segments', id } : undefined;
  if (cursor.kind === 'disable-comment') return findRule(id) ? { rule: id } : undefined;
  if (cursor.kind === 'value') {
    // An item's own id in a plan file (`- id: magazijn`): for references.
    if (cursor.region === 'plan' && cursor.path.length === 2 && cursor.path[1] === 'id') {
      const section = cursor.path[0] as Section;
      if (['segments', 'goals', 'channels', 'campaigns'].includes(section)) return { section, id };
    }
    const section = sectionOf(cursor);
    if (section === 'rules') return findRule(id) ? { rule: id } : undefined;
    if (section && section !== 'kind' && section !== 'lang' && byId(view.plan, section).has(id)) return { section, id };
  }
  if (cursor.kind === 'key' && cursor.region === 'plan' && cursor.path[0] === 'rules' && findRule(id)) return { rule: id };
  return undefined;
}

function byId(plan: Plan, section: Section): Map<string, unknown> {
  return { segments: plan.segmentById, goals: plan.goalById, channels: plan.channelById, campaigns: plan.campaignById }[section];
}

export function hover(view: ProjectView, file: string, cursor: Cursor): Hover | undefined {
  const found = idAt(view, cursor);
  if (!found || !('word' in cursor)) return undefined;
  const { lang, plan } = view;
  const lines: string[] = [];
  if ('rule' in found) {
    lines.push(ruleDoc(found.rule, lang));
  } else if (found.section === 'segments') {
    const s = plan.segmentById.get(found.id)!;
    lines.push(`**${s.name}** (\`${s.id}\`)`);
    const about = s.intro ?? s.description;
    if (about) lines.push('', about);
    lines.push('', t(lang, 'channels', { channels: s.channels.join(', ') || '—' }));
    if (s.readingLevel) lines.push('', t(lang, 'reading-level', { level: s.readingLevel }));
    // The load of this message's own ISO week, from the same timelines frequency-cap counts; never "today".
    const day = view.message(file)?.fields.date?.day;
    if (day !== undefined) {
      const cell = weeklyCounts(plan, view.facts, day, 1).find((w) => w.segment === s.id)?.weeks[0];
      if (cell) {
        const week = Number(isoWeek(day).slice(6));
        lines.push(
          '',
          cell.budget === undefined
            ? t(lang, 'week-load', { count: cell.count, week })
            : t(lang, 'week-load-budget', { count: cell.count, budget: cell.budget, week }),
        );
      }
    }
  } else if (found.section === 'goals') {
    const g = plan.goalById.get(found.id)!;
    lines.push(`**${g.title}** (\`${g.id}\`)`);
    const period = periodOf(lang, g);
    if (period) lines.push('', period);
    if (g.measure) lines.push('', t(lang, 'measure', { measure: g.measure }));
  } else if (found.section === 'campaigns') {
    const c = plan.campaignById.get(found.id)!;
    lines.push(`**${c.title}** (\`${c.id}\`)`);
    const period = periodOf(lang, c);
    if (period) lines.push('', period);
    lines.push('', t(lang, 'campaign-goal', { goal: c.goal }));
  } else {
    const c = plan.channelById.get(found.id)!;
    lines.push(`**${c.name}** (\`${c.id}\`, ${c.kind})`);
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: rangeOf(cursor.line, cursor.word),
  };
}

/** A rule explained for a hover: id, severity, description, rationale, and a failing and a passing example (the rule page's doc model). */
export function ruleDoc(ruleId: string, lang: Lang): string {
  const rule = findRule(ruleId);
  if (!rule) return '';
  const doc = ruleDocModel(rule, lang);
  return [`**${doc.id}** (${severityWord(lang, doc.defaultSeverity)})`, doc.description, doc.rationale, ...examplesMarkdown(doc, lang, '###')].join('\n\n');
}

/** Where an id is defined: its `id:` line in plans/*.yaml. */
export function definition(view: ProjectView, file: string, cursor: Cursor): PlanLocation | { file: string; line: 1; column: 1 } | undefined {
  if (cursor.kind === 'link') {
    const target = cursor.word.text.replace(/[#?].*$/, '');
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(target)));
    return view.facts.contentFiles.has(resolved) ? { file: resolved, line: 1, column: 1 } : undefined;
  }
  const found = idAt(view, cursor);
  if (!found || 'rule' in found) return undefined;
  return view.plan.locateItem(found.section, found.id);
}

const FIELD_OF: Record<Section, 'audience' | 'goal' | 'campaign' | 'channels'> = {
  segments: 'audience',
  goals: 'goal',
  campaigns: 'campaign',
  channels: 'channels',
};

/** The messages that use a plan id, each at the front-matter value that names it. */
export function references(view: ProjectView, cursor: Cursor): { file: string; line: number; column: number; length: number }[] {
  const found = idAt(view, cursor);
  if (!found || 'rule' in found) return [];
  const field = FIELD_OF[found.section];
  const out: { file: string; line: number; column: number; length: number }[] = [];
  for (const m of view.facts.messages) {
    const value = m.fields[field];
    const uses = Array.isArray(value) ? value.includes(found.id) : value === found.id;
    if (!uses) continue;
    const at = otherFieldLocation(m, [field]);
    out.push(idIn(m, at, found.id) ?? { file: m.file, line: at.line, column: at.column, length: 0 });
  }
  return out;
}

/** The id itself on the value's line (`audience: [a, b]`) or on the list items under it, else undefined. */
function idIn(m: Message, at: { line: number; column: number }, id: string): { file: string; line: number; column: number; length: number } | undefined {
  for (let line = at.line; line < m.bodyLine && line <= m.source.lineCount; line++) {
    const text = m.source.lineText(line);
    if (line > at.line && !/^\s/.test(text)) break;
    const index = findId(text, id, line === at.line ? at.column - 1 : 0);
    if (index >= 0) return { file: m.file, line, column: index + 1, length: id.length };
  }
  return undefined;
}

function findId(text: string, id: string, from: number): number {
  const re = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}
