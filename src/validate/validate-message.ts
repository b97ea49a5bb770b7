import path from 'node:path';
import type { z } from 'zod';
import { releaseTree, type ParsedMessage } from '../load/parse-message.js';
import type { FrontMatterProblem, Message, MessageFields } from '../model/message.js';
import type { Site } from '../model/plan.js';
import { messageUrl } from '../model/routes.js';
import { describeIssue, getPath } from './describe-issue.js';
import { frontMatterFields, frontMatterSchema, REQUIRED_FIELDS } from '../model/front-matter-schema.js';
import { parseMoment } from './moment.js';
import { allowedKeys } from './schema-keys.js';
import { closest } from './suggest.js';
import { locateInYaml } from './yaml-locate.js';

type FieldName = keyof typeof frontMatterFields;
const FIELD_NAMES = Object.keys(frontMatterFields) as FieldName[];
/** Fields that take a list of ids or words. */
const LIST_FIELDS = new Set<string>(['audience', 'channels', 'tags']);

/**
 * Checks a parsed message's front-matter against the schema, field by field,
 * and returns the typed message. Invalid fields are reported and left out;
 * the rest stays usable by the rules.
 */
export function validateMessage(parsed: ParsedMessage, site: Pick<Site, 'timezone' | 'language'>): Message {
  const { source } = parsed;
  const problems: FrontMatterProblem[] = parsed.syntaxProblems.map((p) => ({ ...p }));
  const fields: MessageFields = { kind: 'news', draft: false };
  // `parsed.frontMatter` builds the positioned YAML document on first use: only read it to report.
  const at = (p: (string | number)[], atKey = false) => locateInYaml(parsed.frontMatter, source, p, { atKey });

  let raw: Record<string, unknown> = {};
  const data = parsed.data;
  const usable = 'data' in parsed;
  if (usable) {
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) raw = data as Record<string, unknown>;
    else if (data !== null) {
      problems.push({ at: at([]), messageId: 'not-a-mapping', data: {} });
    }
  } else if (!parsed.hasFrontMatter) {
    problems.push({ at: { line: 1, column: 1 }, messageId: 'no-front-matter', data: {} });
  }

  if (usable || !parsed.hasFrontMatter) {
    for (const key of Object.keys(raw)) {
      if (key === 'alt' && !(FIELD_NAMES as string[]).includes(key)) {
        // `alt:` written beside `image:` rather than under it.
        const image = raw.image;
        const src =
          typeof image === 'string'
            ? image
            : image && typeof image === 'object' && typeof (image as { src?: unknown }).src === 'string'
              ? (image as { src: string }).src
              : undefined;
        const alt = typeof raw.alt === 'string' ? raw.alt : '…';
        problems.push({ at: at([key], true), messageId: 'alt-outside-image', data: { alt, ...(src !== undefined ? { src } : {}) } });
        continue;
      }
      if (!(FIELD_NAMES as string[]).includes(key)) {
        const suggestion = closest(key, FIELD_NAMES);
        problems.push({ at: at([key], true), messageId: 'unknown-field', data: { key }, ...(suggestion ? { expected: [suggestion] } : {}) });
      }
    }
    if (parsed.hasFrontMatter) {
      for (const key of REQUIRED_FIELDS) {
        if (raw[key] === undefined || raw[key] === null) {
          problems.push({ at: raw[key] === null ? at([key]) : { line: 1, column: 1 }, messageId: 'required-field', data: { key } });
        }
      }
    }
  }

  for (const key of FIELD_NAMES) {
    const value = raw[key];
    if (value === undefined || (value === null && (REQUIRED_FIELDS as readonly string[]).includes(key))) continue;
    if (typeof value === 'string' && LIST_FIELDS.has(key) && value.includes(',')) {
      // `audience: productie, kantoor`: a list written without its brackets.
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      problems.push({ at: at([key]), messageId: 'comma-list', data: { key, value, items } });
      continue;
    }
    const schema = frontMatterFields[key] as z.ZodType;
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const d of describeIssue(
          issue,
          [key],
          (p) => getPath(raw, p),
          (p) => allowedKeys(frontMatterSchema, p),
        )) {
          problems.push({
            at: at(d.path, d.atKey),
            messageId: d.messageId,
            data: d.data,
            path: d.atKey ? d.path.slice(0, -1) : d.path,
            ...(d.expected ? { expected: d.expected } : {}),
          });
        }
      }
      continue;
    }
    assignField(fields, key, result.data, site);
  }
  if (fields.lint?.disable.length) fields.lint.disable = fields.lint.disable.map((id) => id.trim());

  const lang = fields.lang ?? site.language;
  const slug = fields.slug ?? slugFromFile(parsed.file);
  const message = {
    file: parsed.file,
    source,
    fields,
    data: raw,
    frontMatterReadable: usable || !parsed.hasFrontMatter,
    problems,
    bodyLine: parsed.bodyLine,
    lang,
    slug,
  } as Message;
  // The same getters for every message, reading the parsed message from a symbol-keyed field: a
  // getter per message (or in the literal) makes V8 keep each message as a dictionary object, about
  // 600 bytes more a message (60 MB at 100,000).
  Object.defineProperty(message, PARSED, { value: parsed });
  Object.defineProperty(message, 'frontMatter', FRONT_MATTER);
  // The keys of `data` (a Set of its own per message was ~300 bytes each, 30 MB at 100,000).
  Object.defineProperty(message, 'presentKeys', PRESENT_KEYS);
  // Parsed on first use (load/parse-message.ts): the facts and the cross-message rules never read it.
  Object.defineProperty(message, 'tree', TREE);
  if (fields.date) message.url = messageUrl(fields.date.ymd, slug);
  return message;
}

/** Lets go of a message's body tree once read (see `releaseTree`) and of its line index; the next read builds them again. */
export function releaseMessageTree(message: Message): void {
  const parsed = (message as { [PARSED]?: ParsedMessage })[PARSED];
  if (parsed) releaseTree(parsed);
  message.source.releaseIndex();
}

const PARSED = Symbol('parsed message');
const FRONT_MATTER: PropertyDescriptor = {
  get(this: { [PARSED]: ParsedMessage }) {
    return this[PARSED].frontMatter;
  },
  enumerable: true,
  configurable: true,
};
const PRESENT_KEYS: PropertyDescriptor = {
  get(this: Message) {
    return new Set(Object.keys(this.data));
  },
  enumerable: true,
  configurable: true,
};
const TREE: PropertyDescriptor = {
  get(this: { [PARSED]: ParsedMessage }) {
    return this[PARSED].tree;
  },
  enumerable: true,
  configurable: true,
};

function assignField(fields: MessageFields, key: FieldName, value: unknown, site: Pick<Site, 'timezone'>): void {
  switch (key) {
    case 'date':
      fields.date = parseMoment(value as string, site.timezone);
      return;
    case 'audience': {
      const list = typeof value === 'string' ? [value] : (value as string[]);
      fields.audience = list.includes('all') ? 'all' : list;
      return;
    }
    case 'cta':
      if (value === null) return;
      fields.cta = typeof value === 'string' ? { text: value } : (value as MessageFields['cta'])!;
      return;
    case 'image':
      fields.image = typeof value === 'string' ? { src: value } : (value as MessageFields['image'])!;
      return;
    case 'why':
      if (typeof value === 'string') fields.why = value;
      return;
    default:
      (fields as unknown as Record<string, unknown>)[key] = value;
  }
}

/** `content/2026/nieuwe-app.md` → `nieuwe-app`, made URL-safe. */
export function slugFromFile(file: string): string {
  const base = path.posix.basename(file).replace(/\.md$/i, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'message';
}
