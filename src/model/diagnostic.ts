/**
 * A finding, in the shape every stage produces and every reporter consumes.
 * Modelled on unified's vfile-message: a finding knows its place, its rule and
 * where the rule is documented; reporters only format.
 */
export type Severity = 'error' | 'warning';

/**
 * Language-neutral values a sentence is composed from: ids, numbers, dates
 * (YYYY-MM-DD), file paths and the quoted text at fault, as the writer wrote
 * it. A list is shown joined with ", ".
 */
export type MessageData = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/** ESLint's fix: replace the UTF-16 offsets `[start, end)` of the file with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Another place a finding names (the other messages of an overloaded week, the first of two equal slugs). */
export interface RelatedLocation {
  /** Relative to the project root, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** What is at that place, as a message id of the same rule (e.g. `other-message`). */
  messageId?: string;
}

export interface Diagnostic {
  ruleId: string;
  /** Stable per rule (`unknown-segment`); keys the sentence in each language's catalogue. */
  messageId: string;
  /** The values the sentence is composed from. */
  data: MessageData;
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based, as an editor shows it (front-matter lines included). */
  line: number;
  /** 1-based, in UTF-16 code units like editors count. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** One sentence in the writer's language, composed from the catalogue's template for `messageId` and `data`. */
  message: string;
  /** Documentation of the rule. */
  url: string;
  /** Ids or words the writer probably meant, best first ("did you mean …"). */
  expected?: string[];
  /** A mechanical correction, for `--fix` and editors. */
  fix?: Fix;
  /** Other places the finding names. */
  related?: RelatedLocation[];
  /** The words of a tool herald used (the YAML parser's), for developers; the CLI appends them to `message` with `HERALD_DEBUG` set. */
  debug?: string;
}

/** Where a finding points. */
export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export const DOCS_BASE = 'https://herald.dev/rules/';

export function ruleUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}`;
}

/** Stable order for output: by file, then position, then rule. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
