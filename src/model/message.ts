import type { Root } from 'mdast';
import type { Document } from 'yaml';
import type { Location, MessageData } from './diagnostic.js';
import type { SourceText } from './source-text.js';
import type { MessageKind } from './front-matter-schema.js';

export type { MessageKind };

declare module 'mdast' {
  interface RootData {
    /**
     * Where the parser left text out because Markdown nested deeper than it
     * goes (markdown-it's `maxNesting`): the rest of that quote or list is
     * not in the tree (load/parse-markdown.ts; reported by `body-structure`).
     */
    nestingCut?: { line: number; column: number; offset?: number };
    /** At least as deep as the tree nests (raw HTML left out): a body within the limit needs no walk. */
    depthBound?: number;
  }
}

/** A publish moment, read in the site's time zone. */
export interface Moment {
  /** As written in the front-matter. */
  text: string;
  /** The instant, in ms since the epoch. */
  epochMs: number;
  /** The local calendar day, YYYY-MM-DD. */
  ymd: string;
  /** Days since 1970-01-01 of the local calendar day: day arithmetic without time zones. */
  day: number;
  /** 0 = Sunday … 6 = Saturday, of the local day. */
  weekday: number;
}

export interface CallToAction {
  text?: string;
  url?: string;
  due?: string;
}

export interface MessageImage {
  src: string;
  alt?: string;
}

/**
 * The typed front-matter. Every field is optional at this point: an invalid
 * value is reported by `front-matter` and left out, so the other rules still
 * run on what is valid.
 */
export interface MessageFields {
  title?: string;
  date?: Moment;
  /** Segment ids, or 'all'. */
  audience?: 'all' | string[];
  goal?: string;
  kind: MessageKind;
  why?: string;
  cta?: CallToAction;
  campaign?: string;
  channels?: string[];
  effective?: string;
  feedback?: string;
  image?: MessageImage;
  tags?: string[];
  lang?: 'nl' | 'en';
  draft: boolean;
  slug?: string;
  lint?: { disable: string[] };
}

/**
 * A problem found while reading or validating a message's front-matter: a
 * message of the `front-matter` rule (its sentences in the catalogues of
 * messages/), reported by that rule.
 */
export interface FrontMatterProblem {
  at: Location;
  messageId: string;
  data: MessageData;
  /** Ids or words the writer probably meant, best first. */
  expected?: string[];
  /** The parser's own words (English, for developers): shown only with `HERALD_DEBUG` set. */
  debug?: string;
  /** Keys and list positions of the field the message names (for an unknown key: the mapping that holds it), for the fixes. */
  path?: (string | number)[];
}

/** A message after load and validate: what every rule receives. */
export interface Message {
  /** Relative to the project root, forward slashes. */
  file: string;
  source: SourceText;
  /** The parsed front-matter document (positions), if it could be parsed. */
  frontMatter?: Document.Parsed;
  fields: MessageFields;
  /** The front-matter as written (before validation); `{}` when there is none or it cannot be read. */
  data: Readonly<Record<string, unknown>>;
  /** False when the front-matter block exists but is not readable YAML (then no field is known). */
  frontMatterReadable: boolean;
  /** Raw front-matter keys present, for "present but invalid" checks. */
  presentKeys: Set<string>;
  problems: FrontMatterProblem[];
  /** Markdown tree of the body; positions are those of the whole file. */
  tree: Root;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Effective language: front-matter `lang`, else the site's. */
  lang: 'nl' | 'en';
  /** URL slug: front-matter `slug`, else the file name. */
  slug: string;
  /** Site path of the page, `/<yyyy>/<slug>/`, when the date is known. */
  url?: string;
}

/**
 * What cross-message facts need of a message: plain data, no tree or source
 * text.
 */
export type MessageSummary = Pick<Message, 'file' | 'fields' | 'url' | 'slug' | 'lang'>;
