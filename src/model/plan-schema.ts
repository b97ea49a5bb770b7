import { z } from 'zod';
import { isIgnorePattern } from './ignore.js';
import { dateSchema, idSchema } from './primitives.js';
import { HEX_COLOR } from './contrast.js';

export const READING_LEVELS = ['B1', 'B2', 'C1'] as const;
export const CHANNEL_KINDS = ['push', 'pull', 'dialogue'] as const;
export const SEVERITY_SETTINGS = ['off', 'warn', 'error'] as const;

/**
 * The site's look: an accent colour (checked for contrast in light and dark
 * mode by validate/validate-brand.ts) and a logo file of the project.
 */
export const brandSchema = z
  .object({
    color: z
      .string()
      .regex(HEX_COLOR, { message: 'hex-color' })
      // `color: #0a4f96` unquoted is a YAML comment, so the value is empty: validate-brand.ts says to add quotes.
      .nullable()
      .optional()
      .describe('Accent colour of links and buttons, as #rrggbb or #rgb. It must reach 4.5:1 on white; dark mode uses a lighter tint of it.'),
    logo: z
      .string()
      .min(1)
      .optional()
      .describe('The logo in the site header: an image file (PNG, JPEG, GIF, WebP, AVIF or SVG), its path relative to the project folder.'),
    alt: z
      .string()
      .min(1)
      .optional()
      .describe("What the logo says, when it says more than the site title beside it (such as the organisation's name). Without it the logo is decorative."),
  })
  .strict();

export const siteSchema = z
  .object({
    title: z.string().min(1),
    language: z.enum(['nl', 'en']).default('nl'),
    baseUrl: z.string().url().optional(),
    timezone: z.string().refine(isKnownTimeZone, { message: 'time-zone' }).default('Europe/Amsterdam'),
    organisation: z.string().optional(),
    /** Build the /plan/ dashboard for the comms team (also `--plan-page`). Never linked from reader pages. */
    planPage: z.boolean().default(false).describe('Also build /plan/, the dashboard for the comms team (never linked from reader pages). Default false.'),
    brand: brandSchema.optional().describe("The site's accent colour and header logo."),
  })
  .strict();

export const segmentSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    /** For the comms team only: never shown on reader pages, feeds or search. */
    description: z.string().optional().describe('Notes for the comms team; never shown on the site.'),
    /** Written to the segment's readers: what the site shows on the home and segment pages. */
    intro: z.string().optional().describe("Written to the segment's readers: the site shows it on the home and segment pages."),
    size: z.number().int().nonnegative().optional(),
    channels: z.array(idSchema),
    maxPerWeek: z.number().int().positive().optional(),
    readingLevel: z.enum(READING_LEVELS).optional(),
    persona: z
      .object({
        needs: z.array(z.string()).default([]),
        motivations: z.array(z.string()).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

export const goalSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    from: dateSchema.optional(),
    until: dateSchema.optional(),
    segments: z.array(idSchema).optional(),
    keyMessages: z.array(z.string()).optional(),
    measure: z.string().optional(),
  })
  .strict();

export const channelSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    kind: z.enum(CHANNEL_KINDS),
  })
  .strict();

export const campaignSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    goal: idSchema,
    from: dateSchema,
    until: dateSchema,
    segments: z.array(idSchema).optional(),
    requireFeedback: z.boolean().default(true),
  })
  .strict();

export const quietPeriodSchema = z
  .object({
    from: dateSchema,
    until: dateSchema,
    reason: z.string().min(1),
  })
  .strict();

export const calendarSchema = z
  .object({
    quiet: z.array(quietPeriodSchema).default([]),
    weekends: z.enum(['allow', 'avoid']).default('allow'),
    leadTimeDays: z.number().int().nonnegative().default(14),
    neglectAfterDays: z.number().int().positive().default(21),
  })
  .strict();

export const mixSchema = z.partialRecord(z.enum(['news', 'change', 'success', 'dialogue', 'event']), z.number().min(0).max(1));

/** `warn`, or `[warn, {options}]`; `[warn]` alone is accepted too, as ESLint does. */
export const ruleSettingSchema = z.union([z.enum(SEVERITY_SETTINGS), z.tuple([z.enum(SEVERITY_SETTINGS), z.record(z.string(), z.unknown()).optional()])]);

// Globs relative to the project root of files under content/ that are not messages, such as every README.md.
export const ignoreSchema = z.array(z.string().refine(isIgnorePattern, { message: 'glob' }));

/**
 * The merged plan, one schema per top-level key. Sections are validated one by
 * one (and list sections item by item) so that one bad segment does not hide
 * the rest of the plan from the message rules.
 */
export const planSections = {
  site: siteSchema,
  segments: z.array(segmentSchema),
  goals: z.array(goalSchema),
  channels: z.array(channelSchema),
  campaigns: z.array(campaignSchema),
  calendar: calendarSchema,
  mix: mixSchema,
  rules: z.record(z.string(), ruleSettingSchema),
  ignore: ignoreSchema,
} as const;

export const planSchema = z
  .object({
    site: siteSchema,
    segments: z.array(segmentSchema).default([]),
    goals: z.array(goalSchema).default([]),
    channels: z.array(channelSchema).default([]),
    campaigns: z.array(campaignSchema).default([]),
    calendar: calendarSchema.default({ quiet: [], weekends: 'allow', leadTimeDays: 14, neglectAfterDays: 21 }),
    mix: mixSchema.default({}),
    rules: z.record(z.string(), ruleSettingSchema).default({}),
    ignore: ignoreSchema.default([]),
  })
  .strict();

export type Site = z.output<typeof siteSchema>;
export type Brand = z.output<typeof brandSchema>;
export type Segment = z.output<typeof segmentSchema>;
export type Goal = z.output<typeof goalSchema>;
export type Channel = z.output<typeof channelSchema>;
export type Campaign = z.output<typeof campaignSchema>;
export type QuietPeriod = z.output<typeof quietPeriodSchema>;
export type Calendar = z.output<typeof calendarSchema>;
export type Mix = z.output<typeof mixSchema>;
export type RuleSetting = z.output<typeof ruleSettingSchema>;
export type PlanData = z.output<typeof planSchema>;

function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
