import { CST, Parser, type YAMLError } from 'yaml';

type Token = ReturnType<Parser['parse']> extends Generator<infer T> ? T : never;

/**
 * The offsets to report a YAML syntax error at. Mostly the parser's own, but
 * a quote that is never closed is reported where it opens: the parser only
 * notices at the end of the block, lines below the real mistake.
 */
export function yamlErrorRange(text: string, error: YAMLError): [number, number] {
  const [start, end] = error.pos;
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return [start, end];
  let opening: number | undefined;
  const consider = (token: CST.Token | null | undefined) => {
    if (!token || (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar')) return;
    if (token.offset <= start && start <= token.offset + token.source.length) opening = token.offset;
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
