import { z } from 'zod';
import { dateSchema, dateTimeSchema, ID_PATTERN, idSchema, imageUrlSchema, urlSchema } from './primitives.js';

/** Tags per message, at most. */
export const MAX_TAGS = 20;

export const MESSAGE_KINDS = ['news', 'change', 'success', 'dialogue', 'event'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** `audience: all`, one segment id, or a list of segment ids (which may itself contain `all`). */
const audienceSchema = z.union([idSchema, z.array(idSchema).min(1)]);

/** `cta: Lees het plan` is shorthand for `cta: {text: Lees het plan}`. */
const ctaSchema = z.union([
  z.string(),
  z
    .object({
      text: z.string().optional(),
      url: urlSchema.optional(),
      due: dateSchema.optional(),
    })
    .strict(),
]);

const imageSchema = z.union([
  imageUrlSchema,
  z
    .object({
      src: imageUrlSchema,
      alt: z.string().optional(),
    })
    .strict(),
]);

const lintSchema = z
  .object({
    disable: z.array(z.string()).default([]),
  })
  .strict();

/**
 * Front-matter of a message. `why` and `cta` are optional here on purpose:
 * leaving them out is reported by their own rules (`why-missing`,
 * `cta-missing`), which a team can tune, rather than as a schema error.
 */
export const frontMatterFields = {
  title: z.string().min(1),
  date: dateTimeSchema,
  audience: audienceSchema,
  goal: idSchema,
  kind: z.enum(MESSAGE_KINDS).default('news'),
  why: z.string().nullable().optional(),
  cta: ctaSchema.nullable().optional(),
  campaign: idSchema.optional(),
  channels: z.array(idSchema).optional(),
  effective: dateSchema.optional(),
  feedback: urlSchema.optional(),
  image: imageSchema.optional(),
  // Each tag makes a page of its own and a link on the message: a handful is for browsing, hundreds is noise (and work).
  tags: z
    .array(
      z
        .string()
        .min(1)
        .refine((tag) => !/[<>"]/.test(tag), { message: 'tag-markup' }),
    )
    .max(MAX_TAGS)
    .optional(),
  lang: z.enum(['nl', 'en']).optional(),
  draft: z.boolean().default(false),
  slug: z.string().regex(ID_PATTERN, { message: 'slug-kebab-case' }).optional(),
  lint: lintSchema.optional(),
} as const;

export const REQUIRED_FIELDS = ['title', 'date', 'audience', 'goal'] as const;

export const frontMatterSchema = z.object(frontMatterFields).strict();

export type FrontMatterInput = z.input<typeof frontMatterSchema>;
