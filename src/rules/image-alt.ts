import type { Html, Image, ImageReference } from 'mdast';
import { fieldLocation } from '../scope/locate.js';
import { definitionOf, nodesOf } from '../scope/node-index.js';
import { defineMessageRule } from '../model/rule.js';

const IMG_TAG = /<img\b[^>]*>/gi;
const ALT_ATTRIBUTE = /\salt\s*=/i;

export default defineMessageRule({
  id: 'image-alt',
  scope: 'message',
  defaultSeverity: 'error',
  messages: {
    'front-matter-image-without-alt': ['src'],
    'image-without-alt': ['src'],
    'img-without-alt': [],
  },
  check({ message, report }) {
    const image = message.fields.image;
    if (image && !image.alt?.trim()) {
      report({
        at: fieldLocation(message, ['image']),
        messageId: 'front-matter-image-without-alt',
        data: { src: image.src },
      });
    }
    for (const node of nodesOf(message, 'image', 'imageReference', 'html')) {
      if ((node.type === 'image' || node.type === 'imageReference') && node.position) {
        const img = node as Image | ImageReference;
        if (img.alt?.trim()) continue;
        const name = img.type === 'image' ? img.url : (definitionOf(message, img.identifier)?.url ?? img.identifier);
        report({
          at: { line: node.position.start.line, column: node.position.start.column },
          messageId: 'image-without-alt',
          data: { src: name },
        });
      } else if (node.type === 'html' && node.position) {
        // Raw HTML images: an `alt` attribute, even empty for decoration, is a deliberate choice.
        const html = (node as Html).value;
        for (const m of html.matchAll(IMG_TAG)) {
          if (ALT_ATTRIBUTE.test(m[0])) continue;
          const before = html.slice(0, m.index);
          const lines = before.split('\n');
          const line = node.position.start.line + lines.length - 1;
          const column = lines.length === 1 ? node.position.start.column + m.index! : lines[lines.length - 1]!.length + 1;
          report({ at: { line, column }, messageId: 'img-without-alt' });
        }
      }
    }
  },
});
