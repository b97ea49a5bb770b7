import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// One frozen processor for all messages: building it per file would redo plugin setup 10,000 times.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/**
 * Parses a message body into an mdast tree whose positions are those of the
 * whole file: the body is prefixed with as many newlines as the front-matter
 * took, which is cheaper than shifting every node afterwards.
 */
export function parseMarkdown(body: string, bodyLine: number): Root {
  return processor.parse('\n'.repeat(Math.max(0, bodyLine - 1)) + body) as Root;
}
