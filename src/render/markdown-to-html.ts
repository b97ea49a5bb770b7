import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { State } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';

/**
 * Internal links in rendered HTML start with this marker instead of a path:
 * the same fragment is used on pages at different depths and in feeds, and
 * each place replaces the marker with its own way to the site root
 * (`../../`, or the absolute base URL).
 */
export const ROOT_MARKER = 'herald-root:/';

export function resolveRoot(html: string, rootPrefix: string): string {
  return html.includes(ROOT_MARKER) ? html.replaceAll(ROOT_MARKER, rootPrefix) : html;
}

/**
 * What raw HTML and Markdown may produce: GitHub's schema (no script, style,
 * iframe, object, form, event handlers or style attributes; only http(s),
 * mailto and relative URLs) plus the segment blocks herald itself writes.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    section: [...(defaultSchema.attributes?.section ?? []), 'dataSegment'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'section'],
  // Dropped with their content, not unwrapped: the CSS of a <style>, the
  // fallback text of a <noscript> or <iframe>, or a form's options would
  // otherwise show up as body text.
  strip: [
    ...(defaultSchema.strip ?? []),
    'style', 'noscript', 'template', 'textarea', 'title', 'iframe', 'noembed', 'noframes', 'xmp', 'select', 'option', 'object', 'embed', 'applet', 'frameset',
  ],
};

export interface RenderOptions {
  /** Only this segment's `:::for` blocks, unlabelled; undefined: every block, labelled. */
  segment?: string;
  /** Label of a segment block, e.g. "Voor Magazijn". */
  label(segmentId: string): string;
  /**
   * Rewrites a link or image URL found in the body (after sanitising): returns
   * a site path (`/2026/roosterapp/`) for links to messages and assets, or
   * undefined to keep the URL as it is.
   */
  rewrite(url: string): string | undefined;
}

// Processors are built once; the per-message options are read from here
// during the synchronous run (building a processor per message would cost
// more than rendering it).
let current: RenderOptions;
function createProcessor(withRawHtml: boolean): Processor<Root, Root, HastRoot, HastRoot, string> {
  const base = unified().use(remarkRehype, {
    allowDangerousHtml: true,
    handlers: { containerDirective: (state: State, node: ContainerDirective) => segmentBlock(state, node, current) },
  });
  // rehype-raw (a full HTML parse with parse5) is only needed when the body has raw HTML;
  // it was half the render time of bodies that have none.
  return (withRawHtml ? base.use(rehypeRaw) : base)
    .use(rehypeSanitize, schema)
    .use(() => (tree: HastRoot) => finish(tree, current.rewrite))
    .use(rehypeStringify)
    .freeze() as unknown as Processor<Root, Root, HastRoot, HastRoot, string>;
}
const withRaw = createProcessor(true);
const withoutRaw = createProcessor(false);

/** Markdown tree → sanitised HTML fragment, with links rewritten to ROOT_MARKER paths. */
export function markdownToHtml(tree: Root, options: RenderOptions & { hasRawHtml: boolean }): string {
  current = options;
  const processor = options.hasRawHtml ? withRaw : withoutRaw;
  const hast = processor.runSync(tree) as HastRoot;
  return String(processor.stringify(hast));
}

function segmentBlock(state: State, node: ContainerDirective, options: RenderOptions): ElementContent | ElementContent[] | undefined {
  const segment = node.attributes?.segment ?? '';
  const children = state.all(node) as ElementContent[];
  if (node.name !== 'for') return children;
  if (options.segment !== undefined) return segment === options.segment ? children : undefined;
  return {
    type: 'element',
    tagName: 'section',
    // Classes are added after sanitising (see `finish`): the schema allows no author classes.
    properties: { dataSegment: segment },
    children: [
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: options.label(segment) }] },
      ...children,
    ],
  };
}

/** After sanitising: rewrite internal links, and style herald's own segment blocks. */
function finish(tree: HastRoot, rewrite: RenderOptions['rewrite']): void {
  const stack: (HastRoot | Element)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'section' && typeof child.properties.dataSegment === 'string') {
        child.properties.className = ['segment-variant'];
        const label = child.children.find((c): c is Element => c.type === 'element');
        if (label?.tagName === 'p') label.properties.className = ['segment-label'];
      }
      for (const attribute of ['href', 'src'] as const) {
        const value = child.properties[attribute];
        if (typeof value !== 'string') continue;
        const target = rewrite(value);
        if (target !== undefined) child.properties[attribute] = ROOT_MARKER + target.replace(/^\//, '');
      }
      stack.push(child);
    }
  }
}
