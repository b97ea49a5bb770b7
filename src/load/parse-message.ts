import matter from 'gray-matter';
import { parseDocument, type Document } from 'yaml';
import type { Root } from 'mdast';
import type { Location } from '../model/diagnostic.js';
import { SourceText } from '../model/source-text.js';
import { parseMarkdown } from './parse-markdown.js';
import type { TextFile } from './read-project.js';

/** A message file after the syntax pass: YAML and Markdown parsed, nothing validated. */
export interface ParsedMessage {
  file: string;
  source: SourceText;
  /** The front-matter document; absent when there is none or it is not YAML. */
  frontMatter?: Document.Parsed;
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
  let frontMatter: Document.Parsed | undefined;
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
      frontMatter = parseDocument(' '.repeat(pad) + str, { prettyErrors: false, uniqueKeys: true });
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
      if (!frontMatter) yamlEngine.parse(parsed.matter ?? '');
    } catch (error) {
      syntaxProblems.push({ at: { line: 1, column: 1 }, message: `The front-matter could not be read: ${(error as Error).message}` });
      body = '';
    }
  }

  if (frontMatter) {
    for (const error of frontMatter.errors) {
      syntaxProblems.push({
        at: source.rangeOf(error.pos[0], error.pos[1]),
        message: `The front-matter is not valid YAML: ${firstLine(error.message)}`,
      });
    }
  }

  const bodyStart = text.length - body.length;
  const bodyLine = source.locationOf(bodyStart).line;
  return {
    file,
    source,
    ...(frontMatter ? { frontMatter } : {}),
    hasFrontMatter,
    syntaxProblems,
    tree: parseMarkdown(source, bodyStart),
    bodyLine,
  };
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
