import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { parseDocument, type Document } from 'yaml';
import type { Root } from 'mdast';
import type { Location } from '../model/diagnostic.js';
import { SourceText } from '../model/source-text.js';
import { parseMarkdown } from './parse-markdown.js';
import type { TextFile } from './read-project.js';
import { yamlErrorRange } from './yaml-errors.js';

/** A message file after the syntax pass: YAML and Markdown parsed, nothing validated. */
export interface ParsedMessage {
  file: string;
  source: SourceText;
  /**
   * The front-matter document with node positions; absent when there is none
   * or it is not YAML. Parsed on first use (see `parseMessage`).
   */
  frontMatter?: Document.Parsed;
  /** The front-matter data, when it parsed; `null` for an empty block. */
  data?: unknown;
  /** Whether the file starts with a front-matter block at all. */
  hasFrontMatter: boolean;
  /** Syntax problems: not YAML, YAML errors, unclosed block. */
  syntaxProblems: { at: Location; message: string }[];
  tree: Root;
  bodyLine: number;
}

// gray-matter's types do not allow custom engines with a throwing parse; the runtime does.
const readFrontMatter = matter as unknown as (text: string, options: object) => { content: string; matter?: string };

const refuse = (language: string) => () => {
  throw new NotYamlError(language);
};

class NotYamlError extends Error {
  constructor(readonly language: string) {
    super(language);
  }
}

/**
 * Splits and parses one message. gray-matter finds the front-matter block, but
 * only ever with our YAML engine: its default engines can `eval` JavaScript
 * front-matter (`---js`), which a linter must never do.
 */
export function parseMessage({ file, text }: TextFile): ParsedMessage {
  const source = new SourceText(text);
  const syntaxProblems: ParsedMessage['syntaxProblems'] = [];
  let yamlSource: string | undefined;
  let data: unknown;
  let dataError: jsYaml.YAMLException | undefined;
  const firstNewline = text.indexOf('\n');
  const opening = (firstNewline === -1 ? text : text.slice(0, firstNewline)).replace(/\r$/, '');
  // `----` is a thematic break, not a front-matter fence (gray-matter agrees).
  const hasFrontMatter = /^---(?!-)[ \t]*\S*[ \t]*$/.test(opening);
  const language = hasFrontMatter ? opening.slice(3).trim().toLowerCase() : '';

  const yamlEngine = {
    parse: (str: string) => {
      // Pad with spaces up to where the block starts, so node ranges are offsets
      // into the whole file. gray-matter hands over everything after the `---`
      // (and a language name), which can still hold a `\r` or trailing blanks of
      // the opening line: find where it really starts rather than assume.
      const start = text.indexOf(str, 3);
      const pad = start === -1 ? Math.max(0, firstNewline) : start;
      yamlSource = ' '.repeat(pad) + str;
      // Data comes from js-yaml's core schema (YAML 1.2 types: dates stay
      // strings, no custom tags): ~8x faster than building a positioned
      // document, which only messages with findings need.
      try {
        data = jsYaml.load(yamlSource, { schema: jsYaml.CORE_SCHEMA }) ?? null;
      } catch (error) {
        dataError = error as jsYaml.YAMLException;
      }
      return {};
    },
  };

  let body = text;
  if (hasFrontMatter && language !== '' && language !== 'yaml' && language !== 'yml') {
    syntaxProblems.push({
      at: { line: 1, column: 4 },
      message: `Front-matter must be YAML, but this block is marked "${language}"; start it with a plain "---" line.`,
    });
    body = afterClosingFence(text) ?? '';
  } else if (hasFrontMatter) {
    if (afterClosingFence(text) === undefined) {
      syntaxProblems.push({
        at: { line: 1, column: 1 },
        message: 'The front-matter is never closed; add a line with only "---" after the last field.',
      });
    }
    try {
      const parsed = readFrontMatter(text, {
        language: 'yaml',
        engines: {
          yaml: yamlEngine,
          yml: yamlEngine,
          js: refuse('js'),
          javascript: refuse('javascript'),
          json: refuse('json'),
          coffee: refuse('coffee'),
          toml: refuse('toml'),
        },
      });
      body = parsed.content;
      // gray-matter skips the engine for a block that is empty or only comments;
      // parse it anyway, so an empty front-matter still reports its missing fields.
      if (yamlSource === undefined) yamlEngine.parse(parsed.matter ?? '');
    } catch (error) {
      syntaxProblems.push({ at: { line: 1, column: 1 }, message: `The front-matter could not be read: ${(error as Error).message}` });
      body = '';
    }
  }

  // The positioned document (the `yaml` package keeps node ranges) is built on
  // first use: by a rule that reports on a front-matter value, or right away
  // when the YAML is broken, for its precise error positions.
  let document: Document.Parsed | undefined;
  const frontMatterDocument = (): Document.Parsed | undefined => {
    if (document === undefined && yamlSource !== undefined) {
      document = parseDocument(yamlSource, { prettyErrors: false, uniqueKeys: true });
    }
    return document;
  };
  if (dataError) {
    const doc = frontMatterDocument()!;
    for (const error of doc.errors) {
      syntaxProblems.push({
        at: source.rangeOf(...yamlErrorRange(yamlSource!, error)),
        message: `The front-matter is not valid YAML: ${firstLine(error.message)}`,
      });
    }
    if (doc.errors.length === 0) {
      // Valid YAML that js-yaml's core schema refuses, e.g. a custom `!tag`.
      const mark = dataError.mark;
      syntaxProblems.push({
        at: mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 2, column: 1 },
        message: `The front-matter is not valid YAML: ${firstLine(dataError.reason ?? dataError.message)}`,
      });
    }
  }

  const bodyStart = text.length - body.length;
  const bodyLine = source.locationOf(bodyStart).line;
  const parsed: ParsedMessage = {
    file,
    source,
    ...(yamlSource !== undefined && !dataError ? { data } : {}),
    hasFrontMatter,
    syntaxProblems,
    tree: parseMarkdown(source, bodyStart),
    bodyLine,
  };
  if (yamlSource !== undefined) Object.defineProperty(parsed, 'frontMatter', { get: frontMatterDocument, enumerable: true });
  return parsed;
}

/** The text after the closing `---` line, or undefined when there is none. */
function afterClosingFence(text: string): string | undefined {
  const match = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return match ? text.slice(3 + match.index + match[0].length) : undefined;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0]!.trim();
  return /[.?!]$/.test(line) ? line : `${line}.`;
}
