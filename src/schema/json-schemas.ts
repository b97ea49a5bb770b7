import { z } from 'zod';
import { RULES } from '../rules/index.js';
import { ruleSentence } from '../messages/rule-docs.js';
import { frontMatterSchema } from '../model/front-matter-schema.js';
import { planSections, SEVERITY_SETTINGS } from '../model/plan-schema.js';

/**
 * JSON Schemas (draft 2020-12) for editors, generated from the zod schemas
 * the loader validates with, so the two can never disagree.
 */

/** A schema file as `herald schema --out` and `herald init` write it. */
export interface SchemaFile {
  /** File name, e.g. `plan.schema.json`. */
  name: string;
  /** Short name for `herald schema <name>`. */
  id: 'plan' | 'front-matter';
  text: string;
}

// `io: 'input'`: a schema describes what a writer may type, so defaulted keys
// stay optional. Refinements (real calendar dates, IANA time zones, allowed
// URL schemes) have no JSON Schema form and are left to `herald check`.
const OPTIONS = { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' } as const;

/**
 * `rules:` as the loader reads it (`lint/configure.ts`): only ids of the
 * catalogue, each `severity` or `[severity, options]` with the rule's own
 * options schema. Spelled out per rule so an editor completes rule ids and
 * their options, with the rule's description on hover.
 */
function rulesSectionSchema() {
  const severity = z.enum(SEVERITY_SETTINGS);
  const entries = RULES.map((rule) => {
    // A rule without options takes any mapping, as configure.ts does.
    const options = rule.options ?? z.record(z.string(), z.unknown());
    return [
      rule.id,
      z
        .union([severity, z.tuple([severity, options.optional()])])
        .optional()
        .describe(ruleSentence('en', rule, 'description')),
    ] as const;
  });
  return z.object(Object.fromEntries(entries)).strict();
}

/**
 * One plan file. Plan files are merged by top-level key, so a file holds any
 * subset of the sections and requires none of them. The loader takes an
 * empty section (`campaigns:` with nothing under it) as empty, so every
 * section but `site` may also be null.
 */
export const planFileSchema = z
  .object({
    site: planSections.site.describe('The site: title, language (nl or en), baseUrl, timezone, organisation.'),
    segments: planSections.segments
      .nullable()
      .describe('Audience segments: who the messages are for, the channels that reach them, their weekly budget and reading level.'),
    goals: planSections.goals.nullable().describe('Communication goals; every message serves one. Say how success is measured in `measure`.'),
    channels: planSections.channels.nullable().describe('Channels: push (we send), pull (they look it up) or dialogue (they can respond).'),
    campaigns: planSections.campaigns.nullable().describe('Campaigns: a series of messages for one goal, from a start to an end date.'),
    calendar: planSections.calendar.nullable().describe('Quiet periods, weekends, lead time for changes, and how long a segment may go without a message.'),
    mix: planSections.mix.nullable().describe('Minimum share per month of message kinds, e.g. {success: 0.2, dialogue: 0.1}.'),
    ignore: planSections.ignore
      .nullable()
      .describe('Glob patterns, relative to the project root, of files under content/ that are not messages, e.g. "content/**/README.md".'),
    rules: rulesSectionSchema().nullable().describe('Severity per rule id (off, warn, error), or [severity, {options}]. "herald rules" lists them.'),
  })
  .partial()
  .strict();

export function planJsonSchema(): Record<string, unknown> {
  return withTitle(
    z.toJSONSchema(planFileSchema, OPTIONS),
    'herald plan file (plans/*.yaml)',
    'Every YAML file in plans/ holds some top-level sections of the communication plan; herald merges them by key.',
  );
}

export function frontMatterJsonSchema(): Record<string, unknown> {
  return withTitle(
    z.toJSONSchema(frontMatterSchema, OPTIONS),
    'herald message front-matter (content/**/*.md)',
    'The YAML block at the top of a message: who it is for, which goal it serves, why it matters and what the reader does next.',
  );
}

/** Both schemas as files, with stable bytes: the same herald always writes the same text. */
export function schemaFiles(): SchemaFile[] {
  return [
    { id: 'plan', name: 'plan.schema.json', text: toText(planJsonSchema()) },
    { id: 'front-matter', name: 'front-matter.schema.json', text: toText(frontMatterJsonSchema()) },
  ];
}

/** `$schema`, then a title and description for the editor's hover, then the rest. */
function withTitle(schema: Record<string, unknown>, title: string, description: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
}

function toText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
