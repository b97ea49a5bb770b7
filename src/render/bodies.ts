import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import type { AssetCopy } from '../model/site-output.js';
import { bodyTooDeep, MAX_BODY_DEPTH } from '../scope/body-depth.js';
import { nodesOf } from '../scope/node-index.js';
import { releaseMessageTree } from '../validate/validate-message.js';
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

/** What listings need of a body (its card), kept for every message while the HTML goes (see `createBodies`). */
export type BodyCard = Pick<RenderedBody, 'summary' | 'targets' | 'assets'>;

/** The bodies of one render of the site, and what they link to. */
export interface Bodies {
  /** A message's body: from the cache, or rendered now (with its text when `text` is asked for). */
  of(message: Message, options?: { text: boolean }): RenderedBody;
  /** What a card shows of a message's body and what the body links to; renders the body only when it has not rendered yet. */
  card(message: Message): BodyCard;
  /** How the message's front-matter links (call-to-action, feedback, image) resolve; what they link to counts as the body's. */
  linksOf(message: Message): LinkRewriter;
  /** Assets linked from the messages rendered so far, by output path. */
  assets(): AssetCopy[];
}

/** How bodies are kept: everything (`herald dev`), or, for one build that streams its pages, only what later pages need. */
export interface BodyKeeping {
  /**
   * Keep the HTML only of these messages, whose whole body a later page or
   * feed shows again (the home page's, the feeds'): of the others, only the
   * card. (A build of 100,000 messages cannot hold every body at once in 2 GiB.)
   * Absent: keep every body.
   */
  retain?: ReadonlySet<Message>;
  /** Let each message's tree go once its body is rendered (it is parsed again if asked for), rather than keep every tree. */
  freshTrees?: boolean;
}

/**
 * Bodies are kept in `cache` by message (`herald dev` keeps it between
 * renders and drops what a change invalidates). The summary and the search
 * text come from the same HTML tree as the HTML, so nothing is parsed twice.
 * The Markdown tree is the message's own; with `freshTrees` it is let go
 * once the body is rendered (parsed again if asked for): the build's choice (build.ts).
 */
export function createBodies(
  project: Project,
  byFile: ReadonlyMap<string, Message>,
  cache: Map<Message, RenderedBody>,
  withText: boolean,
  keeping: BodyKeeping = {},
): Bodies {
  const assets = new Map<string, AssetCopy>();
  const { retain, freshTrees } = keeping;
  // With `freshTrees` the message's tree (parsed again on first use after the check let it go) goes once its body is rendered.
  const render = (message: Message, text: boolean): RenderedBody => {
    try {
      return renderBody(message, text);
    } finally {
      if (freshTrees) releaseMessageTree(message);
    }
  };
  const renderBody = (message: Message, text: boolean): RenderedBody => {
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
  // Streaming: the cards of the bodies whose HTML was let go, and the last body rendered (its page asks for the view, then the HTML).
  const cards = new Map<Message, BodyCard>();
  let last: { message: Message; body: RenderedBody } | undefined;
  const keep = (message: Message) => retain?.has(message) ?? true;
  const register = (body: BodyCard) => {
    for (const a of body.assets) assets.set(a.to, a);
  };
  const of = (message: Message, options?: { text: boolean }): RenderedBody => {
    const text = withText || options?.text === true;
    // A body rendered for a site without search has no text: render it again, once.
    const fits = (body: RenderedBody | undefined): body is RenderedBody => body !== undefined && !(text && body.text === undefined);
    let body = cache.get(message);
    if (!fits(body)) {
      body = last?.message === message && fits(last.body) ? last.body : render(message, text);
      if (keep(message)) cache.set(message, body);
      else {
        cards.set(message, { summary: body.summary, targets: body.targets, assets: body.assets });
        last = { message, body };
      }
    }
    register(body);
    return body;
  };
  const card = (message: Message): BodyCard => {
    const kept = cache.get(message) ?? cards.get(message);
    if (!kept) return of(message);
    register(kept);
    return kept;
  };
  return {
    of,
    card,
    linksOf: (message) => linkRewriter(message, byFile, assets, card(message).targets, project.facts),
    assets: () => [...assets.values()].sort((a, b) => (a.to < b.to ? -1 : 1)),
  };
}
