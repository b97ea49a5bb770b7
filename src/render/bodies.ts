import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import type { AssetCopy } from '../model/site-output.js';
import { bodyTooDeep, MAX_BODY_DEPTH } from '../scope/body-depth.js';
import { nodesOf } from '../scope/node-index.js';
import { siteAudience } from './collections.js';
import { strings } from './i18n/index.js';
import { linkRewriter, rewriteLinks, type LinkRewriter } from './links.js';
import { hastToHtml, markdownToHast } from './markdown-to-html.js';
import { bodyTexts } from './summaries.js';

/** A message body rendered to HTML, reusable across renders while the message and what it links to stay the same. */
export interface RenderedBody {
  html: string;
  summary: string;
  /** The whole body's text, for the search index (only when the renderer that rendered it builds one). */
  text?: string;
  /** Per audience segment, for bodies with `:::for` blocks. */
  perSegment?: Map<string, string>;
  /** content/ paths the message's links resolved against (messages and assets): when one of them changes, so may this body. */
  targets: Set<string>;
  assets: AssetCopy[];
}

/** The bodies of one render of the site, and what they link to. */
export interface Bodies {
  /** A message's body: from the cache, or rendered now (with its text when `text` is asked for). */
  of(message: Message, options?: { text: boolean }): RenderedBody;
  /** How the message's front-matter links (call-to-action, feedback, image) resolve; what they link to counts as the body's. */
  linksOf(message: Message): LinkRewriter;
  /** Assets linked from the messages rendered so far, by output path. */
  assets(): AssetCopy[];
}

/**
 * Bodies reuse the check's mdast trees and are kept in `cache` by message
 * (`herald dev` keeps it between renders and drops what a change
 * invalidates). The summary and the search text come from the same HTML
 * tree as the HTML, so nothing is parsed twice.
 */
export function createBodies(project: Project, byFile: ReadonlyMap<string, Message>, cache: Map<Message, RenderedBody>, withText: boolean): Bodies {
  const assets = new Map<string, AssetCopy>();
  const render = (message: Message, text: boolean): RenderedBody => {
    // The renderer recurses once per level: a body nested too deeply would overflow the stack (the build leaves such a message out).
    const tooDeep = bodyTooDeep(message);
    if (tooDeep) {
      throw new Error(
        `${message.file} could not be rendered: its body nests ${tooDeep.depth} levels deep from line ${tooDeep.at.line}, deeper than the ${MAX_BODY_DEPTH} herald renders (body-structure).`,
      );
    }
    const targets = new Set<string>();
    const found = new Map<string, AssetCopy>();
    const rewrite = linkRewriter(message, byFile, found, targets, project.facts);
    const label = (id: string) => `${strings(message.lang).forSegment} ${project.plan.segmentById.get(id)?.name ?? id}`;
    const { scrollTable, scrollCode } = strings(message.lang);
    const scrollLabels = { table: scrollTable, code: scrollCode };
    const hasRawHtml = nodesOf(message, 'html').length > 0;
    const html = (segment?: string) => {
      const tree = markdownToHast(message.tree, { ...(segment !== undefined ? { segment } : {}), label, scrollLabels, hasRawHtml });
      rewriteLinks(tree, rewrite);
      return { tree, html: hastToHtml(tree) };
    };
    try {
      const whole = html();
      let perSegment: Map<string, string> | undefined;
      if (nodesOf(message, 'containerDirective').length > 0) {
        perSegment = new Map();
        for (const id of siteAudience(message, project)) perSegment.set(id, html(id).html);
      }
      return {
        html: whole.html,
        ...bodyTexts(whole.tree, text),
        ...(perSegment ? { perSegment } : {}),
        targets,
        assets: [...found.values()],
      };
    } catch (error) {
      // Say which file: a build of thousands of messages otherwise fails with a bare "Maximum call stack size exceeded".
      const hint = error instanceof RangeError ? '; its HTML is probably nested too deeply (the sanitiser walks it level by level)' : '';
      throw new Error(`${message.file} could not be rendered (${(error as Error)?.message ?? String(error)})${hint}.`, { cause: error });
    }
  };
  const of = (message: Message, options?: { text: boolean }): RenderedBody => {
    const text = withText || options?.text === true;
    let body = cache.get(message);
    // A body rendered for a site without search has no text: render it again, once.
    if (!body || (text && body.text === undefined)) {
      body = render(message, text);
      cache.set(message, body);
    }
    for (const a of body.assets) assets.set(a.to, a);
    return body;
  };
  return {
    of,
    linksOf: (message) => linkRewriter(message, byFile, assets, of(message).targets, project.facts),
    assets: () => [...assets.values()].sort((a, b) => (a.to < b.to ? -1 : 1)),
  };
}
