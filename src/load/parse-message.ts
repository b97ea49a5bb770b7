import jsYaml from 'js-yaml';
import { parseDocument, type Document } from 'yaml';
import type { Root } from 'mdast';
import type { FrontMatterProblem } from '../model/message.js';
import { SourceText } from '../model/source-text.js';
import { parseMarkdown } from './parse-markdown.js';
import type { TextFile } from './read-project.js';
import { adviseRefusedValue, adviseYamlErrors } from './yaml-advice.js';

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
  /** Syntax problems (not YAML, YAML errors, unclosed block), as messages of the `front-matter` rule. */
  syntaxProblems: FrontMatterProblem[];
  tree: Root;
  bodyLine: number;
}

/**
 * Splits and parses one message. The split is written here rather than taken
 * from gray-matter: gray-matter cost ~30 µs a message on top of the YAML
 * parse (a third of the check's parsing on the 10,000-message benchmark), and
 * its default engines can `eval` JavaScript front-matter (`---js`), which a
 * linter must never do. Here a block marked with any language other than
 * YAML is reported and never parsed.
 */
export function parseMessage({ file, text }: TextFile): ParsedMessage {
  const source = new SourceText(text);
  const syntaxProblems: ParsedMessage['syntaxProblems'] = [];
  let yamlSource: string | undefined;
  // Where the YAML is: the positioned document is built from the text on first use, so no
  // second copy of the front-matter is kept for it.
  let yamlRange: [number, number] | undefined;
  let data: unknown;
  let dataError: jsYaml.YAMLException | undefined;
  const firstNewline = text.indexOf('\n');
  const opening = (firstNewline === -1 ? text : text.slice(0, firstNewline)).replace(/\r$/, '');
  // `----` is a thematic break, not a front-matter fence (gray-matter agrees).
  const hasFrontMatter = /^---(?!-)[ \t]*\S*[ \t]*$/.test(opening);
  const language = hasFrontMatter ? opening.slice(3).trim().toLowerCase() : '';

  let body = text;
  // The closing fence, when the block has one (`null`: it is never closed).
  let fence: ReturnType<typeof closingFence> | null | undefined;
  if (hasFrontMatter && language !== '' && language !== 'yaml' && language !== 'yml') {
    syntaxProblems.push({ at: { line: 1, column: 4 }, messageId: 'not-yaml', data: { language } });
    body = closingFence(text)?.after ?? '';
  } else if (hasFrontMatter) {
    fence = closingFence(text) ?? null;
    if (!fence) {
      syntaxProblems.push({ at: { line: 1, column: 1 }, messageId: 'unclosed', data: {} });
    }
    // An unclosed block runs to the end of the file, as in gray-matter and Jekyll.
    const blockStart = firstNewline === -1 ? text.length : firstNewline + 1;
    const blockEnd = fence ? fence.start : text.length;
    // Blank out the opening line but keep its line break, so node ranges are
    // offsets into the whole file and js-yaml's line numbers are file lines.
    yamlRange = [blockStart, blockEnd];
    yamlSource = yamlText(text, blockStart, blockEnd);
    // Data comes from js-yaml's core schema (YAML 1.2 types: dates stay
    // strings, no custom tags): ~8x faster than building a positioned
    // document, which only messages with findings need.
    try {
      data = ownStrings(jsYaml.load(yamlSource, { schema: jsYaml.CORE_SCHEMA }) ?? null);
    } catch (error) {
      dataError = error as jsYaml.YAMLException;
    }
    body = fence ? fence.after : '';
  }

  // The positioned document (the `yaml` package keeps node ranges) is built on
  // first use: by a rule that reports on a front-matter value, or right away
  // when the YAML is broken, for its precise error positions.
  // Kept in `lazy` (not in the closure) so `releaseTree` can let it go too.
  const lazy = { tree: undefined, document: undefined } as Lazy;
  const frontMatterDocument = (): Document.Parsed | undefined => {
    if (lazy.document === undefined && yamlRange !== undefined) {
      try {
        lazy.document = parseDocument(yamlText(text, ...yamlRange), { prettyErrors: false, uniqueKeys: true });
      } catch (error) {
        // The parser recurses per level of nesting; thousands of levels exhaust the stack.
        if (!(error instanceof RangeError)) throw error;
        lazy.document = null;
      }
    }
    return lazy.document ?? undefined;
  };
  // An unclosed block is one finding at its opening line: the body read as
  // YAML would only add parser errors about text that was never meant as fields.
  if (dataError && fence) {
    const doc = frontMatterDocument();
    if (!doc) {
      syntaxProblems.push({ at: { line: 2, column: 1 }, messageId: 'too-deep', data: {} });
    } else if (doc.errors.length > 0) {
      syntaxProblems.push(...adviseYamlErrors(yamlSource!, doc.errors, source));
    } else {
      // Valid YAML that js-yaml's core schema refuses, e.g. a custom `!tag`.
      const mark = dataError.mark;
      syntaxProblems.push(adviseRefusedValue(yamlSource!, mark ? mark.line + 1 : 2, source, firstLine(dataError.reason ?? dataError.message)));
    }
  }

  const bodyStart = text.length - body.length;
  // Counted here rather than with the source's line index, which only messages being linted need.
  let bodyLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1)) bodyLine++;
  // No getters and no spread in the literal, and the same getter functions for every message
  // (their state in a symbol-keyed field): otherwise V8 keeps each message as a dictionary object,
  // about 600 bytes more a message.
  const parsed = { file, source, hasFrontMatter, syntaxProblems, bodyLine } as ParsedMessage;
  lazy.frontMatter = frontMatterDocument;
  lazy.parseBody = () => parseMarkdown(source, bodyStart);
  Object.defineProperty(parsed, LAZY, { value: lazy });
  Object.defineProperty(parsed, 'frontMatter', FRONT_MATTER);
  Object.defineProperty(parsed, 'tree', TREE);
  if (yamlSource !== undefined && !dataError) parsed.data = data;
  return parsed;
}

const LAZY = Symbol('lazy parts');
interface Lazy {
  frontMatter: () => Document.Parsed | undefined;
  parseBody: () => Root;
  tree: Root | undefined;
  /** The positioned front-matter once built; `null` when it cannot be (nested past the parser's stack). */
  document: Document.Parsed | null | undefined;
}
const FRONT_MATTER: PropertyDescriptor = {
  get(this: { [LAZY]: Lazy }) {
    return this[LAZY].frontMatter();
  },
  enumerable: true,
  configurable: true,
};
const TREE: PropertyDescriptor = {
  get(this: { [LAZY]: Lazy }) {
    const lazy = this[LAZY];
    return (lazy.tree ??= lazy.parseBody());
  },
  enumerable: true,
  configurable: true,
};

/**
 * Lets go of the body tree a parsed message keeps once it has been read (it
 * is parsed on first use), and of the positioned front-matter: the next read
 * parses it again, about 0.1 ms a body. For a pass that reads every
 * message's tree once, such as the check: the facts and the cross-message
 * rules need only the front-matter, so the tree and what the rules keep per
 * tree (prose blocks, the node index, all keyed by the tree) go when the
 * message is done, instead of every tree of the project staying alive to the
 * end (a third of the heap at 100,000 messages).
 */
export function releaseTree(parsed: ParsedMessage): void {
  const lazy = (parsed as { [LAZY]?: Lazy })[LAZY];
  if (!lazy) return;
  lazy.tree = undefined;
  // The positioned front-matter too: built for a message with findings (several KB each; at
  // 100,000 messages with 27,000 findings, a fifth of the heap), and built again if asked for.
  lazy.document = undefined;
}

const CLOSING_FENCE = /\r?\n---[ \t]*(?:\r?\n|$)/g;

/** Where the closing `---` line starts (at the line break before it) and the text after it; undefined when there is none. */
function closingFence(text: string): { start: number; after: string } | undefined {
  CLOSING_FENCE.lastIndex = 3;
  const match = CLOSING_FENCE.exec(text);
  return match ? { start: match.index, after: text.slice(match.index + match[0].length) } : undefined;
}

/**
 * A message file that could not be parsed at all (herald itself failed on
 * it): one problem at the top, no fields, an empty body, so the file is
 * reported and the other files are still checked.
 */
export function unreadableMessage({ file, text }: TextFile, error: unknown): ParsedMessage {
  const problem: FrontMatterProblem =
    error instanceof RangeError
      ? { at: { line: 1, column: 1 }, messageId: 'unreadable-too-deep', data: {} }
      : { at: { line: 1, column: 1 }, messageId: 'unreadable', data: { reason: (error as Error)?.message ?? String(error) } };
  return {
    file,
    source: new SourceText(text),
    hasFrontMatter: true,
    syntaxProblems: [problem],
    tree: { type: 'root', children: [] },
    bodyLine: 1,
  };
}

/** The front-matter block as YAML: the opening line blanked out but its line break kept, so offsets and lines are the file's. */
function yamlText(text: string, blockStart: number, blockEnd: number): string {
  return text.slice(0, blockStart).replace(/[^\r\n]/g, ' ') + text.slice(blockStart, blockEnd);
}

/**
 * The data with strings of its own. js-yaml slices each value out of its own
 * copy of the YAML (V8 keeps a slice of 13 or more characters as a view of
 * the whole), so one title kept every message's copy of its front-matter
 * alive: ~260 bytes a message, 26 MB at 100,000. A copy of each such string
 * lets that go.
 */
function ownStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.length >= 13 ? (' ' + value).slice(1) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = ownStrings(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = ownStrings(record[key]);
  }
  return value;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0]!.trim();
  return /[.?!]$/.test(line) ? line : `${line}.`;
}
