import { CST, Parser, type YAMLError } from 'yaml';

type Token = ReturnType<Parser['parse']> extends Generator<infer T> ? T : never;

/** What a YAML error says was never closed: a quoted value, a `[…]` list or a `{…}` mapping; undefined for other errors. */
export function unclosedKind(error: YAMLError): 'quote' | 'list' | 'mapping' | undefined {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return 'quote';
  const bracket = /^Flow (sequence|map)\b.*end with a [\]}]/.exec(error.message)?.[1];
  if (bracket === 'sequence') return 'list';
  if (bracket === 'map') return 'mapping';
  return undefined;
}

/**
 * The offsets to report a YAML syntax error at. Mostly the parser's own, but
 * a quote or a bracket that is never closed is reported where it opens: the
 * parser only notices lines below, at the end of the block.
 */
export function yamlErrorRange(text: string, error: YAMLError): [number, number] {
  const [start, end] = error.pos;
  const quote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
  const bracket = /^Flow (sequence|map)\b.*end with a [\]}]/.exec(error.message)?.[1];
  if (!quote && !bracket) return [start, end];

  let opening: number | undefined;
  const consider = (token: CST.Token | null | undefined) => {
    if (!token) return;
    if (quote && (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar')) {
      if (token.offset <= start && start <= token.offset + token.source.length) opening = token.offset;
    } else if (bracket && token.type === 'flow-collection') {
      // Never closed at all (a wrong closing bracket is where the parser points, rightly).
      const kind = token.start.type === 'flow-seq-start' ? 'sequence' : 'map';
      const closed = token.end.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
      if (kind === bracket && !closed && token.start.offset <= start && (opening === undefined || token.start.offset > opening)) {
        opening = token.start.offset;
      }
    }
  };
  for (const token of new Parser().parse(text) as Iterable<Token>) {
    if (token.type !== 'document') continue;
    consider(token.value);
    CST.visit(token, (item) => {
      consider(item.key);
      consider(item.value);
    });
  }
  return opening === undefined ? [start, end] : [opening, opening + 1];
}
