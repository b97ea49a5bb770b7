import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { State } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { lowerCaseProtocol, SAFE_LINK_PROTOCOLS } from '../model/link-protocols.js';

/**
 * What raw HTML and Markdown may produce: GitHub's schema (no script, style,
 * iframe, object, form, event handlers or style attributes; only http(s),
 * mailto and relative URLs) plus the segment blocks herald itself writes, and
 * tel:/sms: links (frontline staff without e-mail call or text the helpdesk).
 * javascript:, vbscript:, data: and unknown protocols stay out: such an href
 * is dropped (the broken-link rule reports it as unsafe-protocol).
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...SAFE_LINK_PROTOCOLS] },
  attributes: {
    ...defaultSchema.attributes,
    section: [...(defaultSchema.attributes?.section ?? []), 'dataSegment'],
    abbr: ['title'],
  },
  // abbr spells out an acronym (B1 text explains its abbreviations); figure and figcaption caption a picture.
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'abbr', 'figure', 'figcaption'],
  // Dropped with their content, not unwrapped: the CSS of a <style>, the
  // fallback text of a <noscript> or <iframe>, or a form's options would
  // otherwise show up as body text.
  strip: [
    ...(defaultSchema.strip ?? []),
    'style',
    'noscript',
    'template',
    'textarea',
    'title',
    'iframe',
    'noembed',
    'noframes',
    'xmp',
    'select',
    'option',
    'object',
    'embed',
    'applet',
    'frameset',
  ],
};

export interface RenderOptions {
  /** Only this segment's `:::for` blocks, unlabelled; undefined: every block, labelled. */
  segment?: string;
  /** Label of a segment block, e.g. "Voor Magazijn". */
  label(segmentId: string): string;
  /** Names of the keyboard-focusable scroll regions around wide tables and code blocks. */
  scrollLabels: { table: string; code: string };
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
    .use(() => lowerCaseProtocols)
    .use(rehypeSanitize, schema)
    .use(() => styleSegmentBlocks)
    .use(() => focusableScrollers)
    .use(rehypeStringify)
    .freeze() as unknown as Processor<Root, Root, HastRoot, HastRoot, string>;
}
const withRaw = createProcessor(true);
const withoutRaw = createProcessor(false);

/**
 * Markdown tree → sanitised HTML tree. Its links are as written: `links.ts`
 * rewrites them before `hastToHtml` (the caller keeps the tree for its text).
 */
export function markdownToHast(tree: Root, options: RenderOptions & { hasRawHtml: boolean }): HastRoot {
  current = options;
  return (options.hasRawHtml ? withRaw : withoutRaw).runSync(tree) as HastRoot;
}

/** A tree from `markdownToHast` → an HTML fragment. */
export function hastToHtml(tree: HastRoot): string {
  return String(withoutRaw.stringify(tree));
}

function segmentBlock(state: State, node: ContainerDirective, options: RenderOptions): ElementContent | ElementContent[] | undefined {
  const segment = node.attributes?.segment ?? '';
  const children = state.all(node) as ElementContent[];
  if (node.name !== 'for') return children;
  if (options.segment !== undefined) return segment === options.segment ? children : undefined;
  return {
    type: 'element',
    tagName: 'section',
    // Classes are added after sanitising (see `styleSegmentBlocks`): the schema allows no author classes.
    properties: { dataSegment: segment },
    children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: options.label(segment) }] }, ...children],
  };
}

/**
 * After sanitising: style herald's own segment blocks, and make each label a
 * real heading (for screen readers' heading lists), one level below the
 * heading before it in the body, or h2 when none comes before (the page's
 * title is the h1). Headings inside a block do not change the level of the
 * labels after it.
 */
function styleSegmentBlocks(tree: HastRoot): void {
  let level = 1;
  const walk = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const heading = /^h([1-6])$/.exec(child.tagName);
      if (heading) level = Number(heading[1]);
      if (child.tagName === 'section' && typeof child.properties.dataSegment === 'string') {
        child.properties.className = ['segment-variant'];
        const label = child.children.find((c): c is Element => c.type === 'element');
        if (label?.tagName === 'p') {
          const own = level;
          label.tagName = `h${Math.min(6, Math.max(2, own + 1))}`;
          label.properties.className = ['segment-label'];
          walk(child);
          level = own; // the block's own headings do not change the level after it
          continue;
        }
      }
      walk(child);
    }
  };
  walk(tree);
}

/**
 * After sanitising: wide tables and code blocks scroll sideways, and a
 * keyboard user can only scroll what can take focus (WCAG 2.1.1, axe
 * scrollable-region-focusable). Each gets a named, focusable <section> (a
 * region; html-validate prefers it to role="region") that scrolls, so the
 * table keeps its table semantics and the code block its own element.
 */
function focusableScrollers(tree: HastRoot): void {
  const { table, code } = current.scrollLabels;
  const walk = (node: HastRoot | Element): void => {
    node.children.forEach((child, i) => {
      if (child.type !== 'element') return;
      if (child.tagName === 'table' || child.tagName === 'pre') {
        const isTable = child.tagName === 'table';
        node.children[i] = {
          type: 'element',
          tagName: 'section',
          properties: { className: [isTable ? 'table-scroll' : 'code-scroll'], tabIndex: 0, ariaLabel: isTable ? table : code },
          children: [child],
        };
        if (isTable) walk(child);
        return;
      }
      walk(child);
    });
  };
  walk(tree);
}

/**
 * Before sanitising: the sanitiser compares protocols case-sensitively, so
 * `HTTPS://…` or `Mailto:…` (valid, and what a writer may paste) would lose
 * its link. The scheme is written in lower case first; the rest of the URL
 * stays as written.
 */
function lowerCaseProtocols(tree: HastRoot): void {
  const walk = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      for (const name of ['href', 'src'] as const) {
        const value = child.properties[name];
        if (typeof value === 'string') child.properties[name] = lowerCaseProtocol(value);
      }
      walk(child);
    }
  };
  walk(tree);
}
