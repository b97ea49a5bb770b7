import { z } from 'zod';
import { frontMatterSchema } from '../validate/front-matter-schema.js';
import { planSections } from '../validate/plan-schema.js';

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
 * One plan file. Plan files are merged by top-level key, so a file holds any
 * subset of the sections and requires none of them. The loader takes an
 * empty section (`campaigns:` with nothing under it) as empty, so every
 * section but `site` may also be null.
 */
export const planFileSchema = z
  .object({
    site: planSections.site,
    segments: planSections.segments.nullable(),
    goals: planSections.goals.nullable(),
    channels: planSections.channels.nullable(),
    campaigns: planSections.campaigns.nullable(),
    calendar: planSections.calendar.nullable(),
    mix: planSections.mix.nullable(),
    rules: planSections.rules.nullable(),
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
