/**
 * Whether an SVG file can be published as it is. An SVG is a document a
 * browser runs: opened on the site's address, its scripts would act as the
 * site. A drawing from an editor or an export has none of what is looked for
 * here; anything that could run code, load a page or hide a link by encoding
 * makes the file unpublishable, and the writer converts it to PNG.
 *
 * Deliberately strict and textual rather than a sanitiser that rewrites the
 * file: a false alarm costs the writer an export to PNG, a miss would cost
 * every reader.
 */

// Elements that run code, embed other documents or change attributes (an
// <animate>/<set> can turn an href into a javascript: link), with or
// without a namespace prefix (<svg:script>).
const ACTIVE_ELEMENT = /<(?:[\w.-]+:)?(script|foreignobject|iframe|embed|object|handler|listener|animate|animatemotion|animatetransform|set|discard)\b/i;
// Event handler attributes: onload=, xlink:onclick=, ...
const HANDLER = /[\s"'/](?:[\w.-]+:)?on[a-z]+\s*=/i;
// Character references other than the five XML escapes could spell a scheme out of sight.
const HIDDEN = /&(?!(?:amp|lt|gt|quot|apos);)/i;
// Images embedded as data: are fine; any other data: document is not.
const DATA_URL = /data:(?!image\/(?:png|jpe?g|gif|webp|avif)[;,])/;

/** A phrase saying what makes the SVG unsafe ("has a <script> element"), or undefined when it is a plain drawing. */
export function svgHazard(text: string): string | undefined {
  const element = ACTIVE_ELEMENT.exec(text);
  if (element) return `has a <${element[1]!.toLowerCase()}> element`;
  if (HANDLER.test(text)) return 'has an event handler attribute (on…=)';
  // As a browser reads a URL: without white space or control characters, in any case.
  const compact = text.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  if (compact.includes('<!doctype') || compact.includes('<!entity')) return 'has a DOCTYPE or entity declaration';
  if (compact.includes('<?xml-stylesheet')) return 'loads a style sheet';
  if (HIDDEN.test(text)) return 'has character references (&#…;)';
  if (compact.includes('javascript:') || compact.includes('vbscript:')) return 'has a javascript: link';
  if (DATA_URL.test(compact)) return 'embeds a data: document';
  if (compact.includes('@import') || compact.includes('expression(')) return 'has a style sheet that loads or runs something';
  return undefined;
}
