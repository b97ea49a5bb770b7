import path from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { CONTENT_DIR } from '../load/read-project.js';
import type { Message } from '../model/message.js';
import { assetPathOf, assetUrl } from '../model/routes.js';
import type { AssetCopy } from '../model/site-output.js';
import { unpublishable, type PublishFacts } from '../model/site-paths.js';

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

/** For feeds: internal links as absolute URLs under the base URL. */
export function absolute(html: string, baseUrl: string): string {
  return resolveRoot(html, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
}

/**
 * Rewrites a link or image URL a message has (in its body or front-matter):
 * a site path (`/2026/roosterapp/`) for links to messages and assets, or
 * undefined to keep the URL as it is.
 */
export type LinkRewriter = (url: string) => string | undefined;

/**
 * How a message's relative links become site paths: `.md` files of included
 * messages become their page URL; other files under content/ are copied to
 * the same path in the site (added to `assets`). Anything that would leave
 * content/ (and so the output folder) is left as written, which the sanitiser
 * already made safe. Every content/ path a link resolves against is added to
 * `targets`.
 */
export function linkRewriter(
  message: Message,
  byFile: ReadonlyMap<string, Message>,
  assets: Map<string, AssetCopy>,
  targets: Set<string>,
  facts: PublishFacts & { contentFiles: ReadonlySet<string> },
): LinkRewriter {
  const dir = path.posix.dirname(message.file);
  return (url: string): string | undefined => {
    if (url === '' || url.startsWith('#') || url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
    const [pathPart, ...rest] = url.split(/(?=[?#])/);
    let decoded: string;
    try {
      decoded = decodeURI(pathPart!);
    } catch {
      return undefined;
    }
    const resolved = path.posix.normalize(path.posix.join(dir, decoded));
    if (!resolved.startsWith(`${CONTENT_DIR}/`) || resolved.split('/').includes('..')) return undefined;
    targets.add(resolved);
    const suffix = rest.join('');
    if (resolved.toLowerCase().endsWith('.md')) {
      const target = byFile.get(resolved);
      return target?.url ? target.url + suffix.replace(/^\?[^#]*/, '') : undefined;
    }
    if (!facts.contentFiles.has(resolved)) return undefined;
    const to = assetPathOf(resolved);
    // `broken-link` reports it; with --no-check the file is not copied and the link is left as written.
    if (unpublishable(to, facts)) return undefined;
    assets.set(to, { from: resolved, to });
    return assetUrl(to) + suffix;
  };
}

/** A URL from the front-matter (call-to-action, feedback, image) as the site links it: a ROOT_MARKER path, or as written. */
export function siteLink(url: string, rewrite: LinkRewriter): string {
  const site = rewrite(url);
  return site === undefined ? url : ROOT_MARKER + site.replace(/^\//, '');
}

/** Every `href` and `src` of a sanitised body: internal links become ROOT_MARKER paths. */
export function rewriteLinks(tree: HastRoot, rewrite: LinkRewriter): void {
  const stack: (HastRoot | Element)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
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
