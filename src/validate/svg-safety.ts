import sax from 'sax';
import type { SvgFile } from '../load/read-project.js';

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
const DRAWING = new Set(
  [
    'svg', 'g', 'defs', 'symbol', 'use', 'switch', 'title', 'desc', 'metadata', 'style', 'a', 'view',
    'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image',
    'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'filter',
    'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
    'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
    'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
    'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  ],
);

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
  constructor(readonly reason: string) {}
}

/** The SVG files that cannot be published, with why. */
export function unsafeSvgs(files: SvgFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const svg of files) {
    const hazard = svgVerdict(svg);
    if (hazard) out.set(svg.file, hazard);
  }
  return out;
}

/** Why one SVG as read cannot be published (it could not be read, or `svgHazard`), or undefined. */
export function svgVerdict(svg: SvgFile): string | undefined {
  return 'error' in svg ? `could not be read (${svg.error})` : svgHazard(svg.text);
}

/** A phrase saying what makes the SVG unsafe ("has a <script> element"), or undefined when it is a plain drawing. */
export function svgHazard(text: string): string | undefined {
  // Read as UTF-8 (read-project.ts): bytes of another encoding show up as U+FFFD, NUL or ESC.
  if (/[\u0000\u001b\ufffd]/.test(text)) return 'is not plain UTF-8 text';
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1]?.toLowerCase();
  if (declared !== undefined && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(declared)) return `declares the encoding ${declared}, not UTF-8`;

  const parser = sax.parser(true, { xmlns: true });
  const fail = (reason: string): never => {
    throw new Hazard(reason);
  };
  // Whether each open element is a <style>, so its text is read as CSS.
  const styles: boolean[] = [];
  parser.onerror = (error) => fail(`is not well-formed XML (${error.message.split('\n')[0]})`);
  parser.ondoctype = (doctype) => {
    if (doctype.includes('[')) fail('has a DOCTYPE with declarations of its own');
  };
  parser.onprocessinginstruction = (pi) => {
    if (pi.name.toLowerCase() === 'xml-stylesheet') fail('loads a style sheet');
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    if (ACTIVE_NAMESPACES.has(node.uri)) fail(`has an HTML or MathML <${node.local}> element`);
    if (node.uri === SVG && !DRAWING.has(node.local)) fail(`has a <${node.local}> element`);
    styles.push(node.local === 'style');
    for (const attribute of Object.values(node.attributes)) {
      const name = attribute.local.toLowerCase();
      if (name.startsWith('on')) fail(`has an event handler attribute (${attribute.name}=)`);
      if (URL_ATTRIBUTES.has(name) || URL_ATTRIBUTES.has(attribute.name.toLowerCase())) {
        const url = compact(attribute.value);
        if (SCHEME.test(url) && !SAFE_SCHEME.test(url)) fail(`has a link that is not http(s), mailto or an image (${attribute.name}="${attribute.value.slice(0, 40)}")`);
      }
      if (name === 'style' && ACTIVE_CSS.some((s) => compact(attribute.value).includes(s))) fail('has a style that loads or runs something');
    }
  };
  parser.onclosetag = () => {
    styles.pop();
  };
  const styleText = (text: string) => {
    if (styles[styles.length - 1] && ACTIVE_CSS.some((s) => compact(text).includes(s))) fail('has a style sheet that loads or runs something');
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Hazard) return error.reason;
    throw error;
  }
  return undefined;
}
