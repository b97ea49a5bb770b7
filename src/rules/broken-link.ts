import path from 'node:path';
import type { Html, Image, ImageReference, Link, LinkReference, Text } from 'mdast';
import type { Location } from '../model/diagnostic.js';
import { CONTENT_DIR } from '../load/read-project.js';
import { fieldLocation } from '../scope/locate.js';
import { assetPathOf } from '../model/routes.js';
import { unpublishable } from '../model/site-paths.js';
import { droppedLinkProtocol } from '../model/link-protocols.js';
import { definitionOf, nodesOf } from '../scope/node-index.js';
import { defineMessageRule } from '../model/rule.js';
import { closest } from '../validate/suggest.js';

// The files under content/ by folder and by name, built once per check: a
// broken link looks for near misses there, and a project has thousands.
const indexes = new WeakMap<Set<string>, { byFolder: Map<string, string[]>; byName: Map<string, string[]> }>();

function fileIndex(files: Set<string>): { byFolder: Map<string, string[]>; byName: Map<string, string[]> } {
  let index = indexes.get(files);
  if (!index) {
    index = { byFolder: new Map(), byName: new Map() };
    const add = (map: Map<string, string[]>, key: string, file: string) => {
      const list = map.get(key);
      if (list) list.push(file);
      else map.set(key, [file]);
    };
    // In name order, not the set's: the suggestion among equally close files must not depend on the order files were seen in.
    for (const f of [...files].sort()) {
      add(index.byFolder, path.posix.dirname(f), f);
      add(index.byName, path.posix.basename(f), f);
    }
    indexes.set(files, index);
  }
  return index;
}

export default defineMessageRule({
  id: 'broken-link',
  scope: 'message',
  dependsOn: 'files',
  defaultSeverity: 'error',
  // One id per kind of reference (a link or an image) and reason; why a file cannot be published: model/site-paths.ts.
  messages: {
    'link-outside-content': ['url'],
    'unsafe-protocol': ['url', 'protocol'],
    'image-outside-content': ['url'],
    'link-target-missing': ['target', 'url'],
    'image-target-missing': ['target', 'url'],
    'link-site-own-file': ['url', 'target', 'sitePath', 'file'],
    'link-site-own-pages': ['url', 'target', 'sitePath', 'folder'],
    'link-site-search-index': ['url', 'target', 'sitePath', 'folder'],
    'link-message-page': ['url', 'target', 'sitePath', 'page'],
    'link-active-inner-extension': ['url', 'target', 'sitePath', 'extension'],
    'link-unpublished-type': ['url', 'target', 'sitePath', 'extension'],
    'link-no-type': ['url', 'target', 'sitePath'],
    'link-unsafe-svg': ['url', 'target', 'sitePath', 'hazard'],
    'image-site-own-file': ['url', 'target', 'sitePath', 'file'],
    'image-site-own-pages': ['url', 'target', 'sitePath', 'folder'],
    'image-site-search-index': ['url', 'target', 'sitePath', 'folder'],
    'image-message-page': ['url', 'target', 'sitePath', 'page'],
    'image-active-inner-extension': ['url', 'target', 'sitePath', 'extension'],
    'image-unpublished-type': ['url', 'target', 'sitePath', 'extension'],
    'image-no-type': ['url', 'target', 'sitePath'],
    'image-unsafe-svg': ['url', 'target', 'sitePath', 'hazard'],
  },
  check({ message, facts, report }) {
    const dir = path.posix.dirname(message.file);
    // A body link whose protocol the site's sanitiser drops shows up as text that links nowhere.
    const checkProtocol = (url: string | undefined, at: Location) => {
      const protocol = url === undefined ? undefined : droppedLinkProtocol(url);
      if (protocol !== undefined) report({ at, messageId: 'unsafe-protocol', data: { url: url!, protocol } });
    };
    const checkTarget = (url: string | undefined, where: Location | (() => Location), what: 'link' | 'image') => {
      const target = localTarget(url);
      if (target === undefined) return;
      // Front-matter places are getters: locating builds the positioned YAML document, which only findings need.
      const at = typeof where === 'function' ? where() : where;
      const resolved = path.posix.normalize(path.posix.join(dir, target));
      if (!resolved.startsWith(`${CONTENT_DIR}/`)) {
        report({ at, messageId: `${what}-outside-content`, data: { url: url! } });
        return;
      }
      if (facts.contentFiles.has(resolved)) {
        if (resolved.toLowerCase().endsWith('.md')) return;
        const sitePath = assetPathOf(resolved);
        const why = unpublishable(sitePath, facts);
        if (why) report({ at, messageId: `${what}-${why.reason}`, data: { url: url!, target: resolved, sitePath, ...why.data } });
        return;
      }
      // Likely meant: a file in the same folder, or one of the same name elsewhere (a moved file).
      const folder = path.posix.dirname(resolved);
      const name = path.posix.basename(resolved);
      const { byFolder, byName } = fileIndex(facts.contentFiles);
      const candidates = [...new Set([...(byFolder.get(folder) ?? []), ...(byName.get(name) ?? [])])].filter(
        (f) => f !== message.file && path.posix.extname(f) === path.posix.extname(resolved), // a message rarely means to link to itself
      );
      const near = closest(resolved, candidates);
      const suggestion = near ? path.posix.relative(dir, near) : undefined;
      report({ at, messageId: `${what}-target-missing`, data: { url: url!, target: resolved }, ...(suggestion ? { expected: [suggestion] } : {}) });
    };

    // The Markdown parser does not make a link of javascript:, vbscript:, file: or data: at all:
    // the reader sees "[text](javascript:…)" as text. Report those where they stand in the text.
    for (const node of nodesOf(message, 'text')) {
      if (!node.position) continue;
      const value = (node as Text).value;
      // Every match has "](" or "]:" in it: most texts have neither, and skip the expression.
      if (!value.includes('](') && !value.includes(']:')) continue;
      for (const m of value.matchAll(REFUSED_LINK)) {
        const lines = value.slice(0, m.index).split('\n');
        const line = node.position.start.line + lines.length - 1;
        const column = lines.length === 1 ? node.position.start.column + m.index! : lines[lines.length - 1]!.length + 1;
        checkProtocol(m[1]!, { line, column });
      }
    }
    for (const node of nodesOf(message, 'link', 'image', 'linkReference', 'imageReference', 'html')) {
      if ((node.type === 'link' || node.type === 'image') && node.position) {
        const n = node as Link | Image;
        const at = { line: n.position!.start.line, column: n.position!.start.column };
        if (n.type === 'link') checkProtocol(n.url, at);
        checkTarget(n.url, at, n.type === 'image' ? 'image' : 'link');
      } else if ((node.type === 'linkReference' || node.type === 'imageReference') && node.position) {
        // A reference is checked where the reader sees it, with its definition's URL (a definition alone is never shown).
        const n = node as LinkReference | ImageReference;
        const url = definitionOf(message, n.identifier)?.url;
        const at = { line: n.position!.start.line, column: n.position!.start.column };
        if (n.type === 'linkReference') checkProtocol(url, at);
        checkTarget(url, at, n.type === 'imageReference' ? 'image' : 'link');
      } else if (node.type === 'html' && node.position) {
        // Raw HTML: <img src="…"> and <a href="…"> are links of the site too.
        const html = (node as Html).value;
        for (const m of html.matchAll(HTML_TARGET)) {
          const lines = html.slice(0, m.index).split('\n');
          const line = node.position.start.line + lines.length - 1;
          const column = lines.length === 1 ? node.position.start.column + m.index! : lines[lines.length - 1]!.length + 1;
          const url = decodeEntities(m[3] ?? m[4] ?? m[5] ?? '');
          const isImage = m[1]!.toLowerCase() === 'img';
          if (!isImage) checkProtocol(url, { line, column });
          checkTarget(url, { line, column }, isImage ? 'image' : 'link');
        }
      }
    }
    const image = message.fields.image;
    if (image) checkTarget(image.src, () => fieldLocation(message, typeof message.data.image === 'string' ? ['image'] : ['image', 'src']), 'image');
    if (message.fields.cta?.url) checkTarget(message.fields.cta.url, () => fieldLocation(message, ['cta', 'url']), 'link');
    if (message.fields.feedback) checkTarget(message.fields.feedback, () => fieldLocation(message, ['feedback']), 'link');
  },
});

// A Markdown link or a reference definition the parser left as text because of its protocol
// (markdown-it's validateLink); a data: image is a real image and stays out of this.
const REFUSED_LINK = /(?<!!)\[[^\]\n]*\](?:\(\s*<?|:[ \t]*<?)((?:javascript|vbscript|file|data):[^\s()>]*(?:\([^\s()]*\))?[^\s()>]*)/gi;

// The src of an <img> or the href of an <a>, quoted or not.
const HTML_TARGET = /<(img|a)\b[^>]*?\s(src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/**
 * The path part of a link that points into the project, or undefined for
 * links this rule cannot check: other schemes (https:, mailto:), in-page
 * anchors, protocol-relative and root-relative URLs (those depend on where the
 * site is hosted).
 */
function localTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  const pathPart = trimmed.split(/[?#]/)[0]!;
  if (pathPart === '') return undefined;
  try {
    return decodeURI(pathPart);
  } catch {
    return pathPart;
  }
}
