import sax from 'sax';
import type { SvgFile } from '../load/read-project.js';
import type { SvgHazard } from '../model/facts.js';

/**
 * Whether an SVG file can be published as it is. An SVG is a document a
 * browser runs: opened on the site's address, its scripts would act as the
 * site. So the file is read as XML (with namespaces, as a browser reads it)
 * and judged element by element: SVG drawing elements only, no HTML or
 * MathML, no event handlers, no links other than http(s), mailto, relative
 * or embedded images, no style sheet that loads or runs something, and
 * nothing that could make a browser read the bytes differently (another
 * encoding, an internal DTD). What editors export (Inkscape, Illustrator,
 * draw.io, Graphviz, Figma) passes; a file that does not is refused, and the
 * writer exports it as PNG.
 *
 * Judged rather than rewritten: a sanitised copy would differ from the file
 * the writer sees in their editor and in a git preview.
 */

const SVG = 'http://www.w3.org/2000/svg';
// Elements of these namespaces run code or embed documents wherever they appear.
const ACTIVE_NAMESPACES = new Set(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML']);

// The static drawing elements of SVG. Not here, and so refused: script,
// foreignObject, handler, listener, the animation elements (an <animate> or
// <set> can turn a link into javascript:), discard, and anything unknown.
const DRAWING = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'switch',
  'title',
  'desc',
  'metadata',
  'style',
  'a',
  'view',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'image',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);

// Attributes whose value a browser follows as a URL.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'codebase', 'xml:base', 'base']);
const SAFE_SCHEME = /^(?:https?:|mailto:|data:image\/(?:png|jpe?g|gif|webp|avif)[;,])/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/;
const ACTIVE_CSS = ['javascript:', 'vbscript:', 'expression(', '@import', 'behavior:', '-moz-binding'];

/** As a browser reads a URL or CSS: without white space or control characters, in lower case. */
function compact(value: string): string {
  return value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
}

class Hazard {
  constructor(readonly hazard: SvgHazard) {}
}

/** The SVG files that cannot be published, with why. */
export function unsafeSvgs(files: SvgFile[]): Map<string, SvgHazard> {
  const out = new Map<string, SvgHazard>();
  for (const svg of files) {
    const hazard = svgVerdict(svg);
    if (hazard) out.set(svg.file, hazard);
  }
  return out;
}

/** Why one SVG as read cannot be published (it could not be read, or `svgHazard`), or undefined. */
export function svgVerdict(svg: SvgFile): SvgHazard | undefined {
  return 'error' in svg ? { code: 'unreadable', data: { error: svg.error } } : svgHazard(svg.text);
}

/** What makes the SVG unsafe (`{code: 'svg-element', data: {element: 'script'}}`), or undefined when it is a plain drawing. */
export function svgHazard(text: string): SvgHazard | undefined {
  // Read as UTF-8 (read-project.ts): bytes of another encoding show up as U+FFFD, NUL or ESC.
  if (/[\u0000\u001b\ufffd]/.test(text)) return { code: 'not-utf8', data: {} };
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1]?.toLowerCase();
  if (declared !== undefined && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(declared)) return { code: 'encoding', data: { encoding: declared } };

  const parser = sax.parser(true, { xmlns: true });
  const fail = (code: SvgHazard['code'], data: SvgHazard['data'] = {}): never => {
    throw new Hazard({ code, data });
  };
  // Whether each open element is a <style>, so its text is read as CSS.
  const styles: boolean[] = [];
  parser.onerror = (error) => fail('not-well-formed', { reason: error.message.split('\n')[0]! });
  parser.ondoctype = (doctype) => {
    if (doctype.includes('[')) fail('doctype-declarations');
  };
  parser.onprocessinginstruction = (pi) => {
    if (pi.name.toLowerCase() === 'xml-stylesheet') fail('style-sheet-instruction');
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    if (ACTIVE_NAMESPACES.has(node.uri)) fail('html-element', { element: node.local });
    if (node.uri === SVG && !DRAWING.has(node.local)) fail('svg-element', { element: node.local });
    styles.push(node.local === 'style');
    for (const attribute of Object.values(node.attributes)) {
      const name = attribute.local.toLowerCase();
      if (name.startsWith('on')) fail('event-handler', { attribute: attribute.name });
      if (URL_ATTRIBUTES.has(name) || URL_ATTRIBUTES.has(attribute.name.toLowerCase())) {
        const url = compact(attribute.value);
        if (SCHEME.test(url) && !SAFE_SCHEME.test(url)) fail('unsafe-link', { attribute: attribute.name, value: attribute.value.slice(0, 40) });
      }
      if (name === 'style' && ACTIVE_CSS.some((s) => compact(attribute.value).includes(s))) fail('active-style');
    }
  };
  parser.onclosetag = () => {
    styles.pop();
  };
  const styleText = (text: string) => {
    if (styles[styles.length - 1] && ACTIVE_CSS.some((s) => compact(text).includes(s))) fail('active-style-sheet');
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Hazard) return error.hazard;
    throw error;
  }
  return undefined;
}
