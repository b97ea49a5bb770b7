import type { Link, LinkReference, PhrasingContent } from 'mdast';
import { z } from 'zod';
import { defineMessageRule } from '../model/rule.js';
import { loadWordList } from '../load/word-lists.js';
import { definitionOf, nodesOf } from '../scope/node-index.js';

const lists = loadWordList<{ nl: string[]; en: string[] }>('link-text');
// Closing and opening marks that do not change what a link says: "Lees meer →", "»hier«", "Klik hier!".
const EDGE_MARKS = /^[\s"'“”‘’«»‹›([{]+|[\s.,:;!?…"'“”‘’«»‹›→⟶➔>)\]}-]+$/gu;

const compiled = new WeakMap<object, Set<string>>();

export default defineMessageRule({
  id: 'link-text',
  scope: 'message',
  defaultSeverity: 'warning',
  messages: {
    'vague-link-text': ['text'],
  },
  options: z
    .object({
      /** More link texts that say nothing, for this project. */
      words: z.array(z.string()).default([]),
      /** Listed texts that are fine here after all. */
      allow: z.array(z.string()).default([]),
    })
    .strict()
    .default({ words: [], allow: [] }),
  builtIn: { words: { file: 'data/wordlists/link-text.yaml', entries: [...lists.nl, ...lists.en] } },
  check({ message, options, report }) {
    let vague = compiled.get(options);
    if (!vague) {
      const allow = new Set(options.allow.map(normalise));
      vague = new Set([...lists.nl, ...lists.en, ...options.words].map(normalise).filter((t) => t && !allow.has(t)));
      compiled.set(options, vague);
    }
    for (const node of nodesOf(message, 'link', 'linkReference')) {
      const link = node as Link | LinkReference;
      const first = link.children[0];
      const last = link.children[link.children.length - 1];
      // An image as the link's content is image-alt's business.
      if (!first?.position || !last?.position || link.children.some((c) => c.type === 'image' || c.type === 'imageReference')) continue;
      const text = plainText(link.children);
      const url = link.type === 'link' ? link.url : (definitionOf(message, link.identifier)?.url ?? '');
      // An autolink shows its own address, which does say where it goes.
      if (text === url || `mailto:${text}` === url) continue;
      if (!vague.has(normalise(text))) continue;
      report({
        at: { line: first.position.start.line, column: first.position.start.column, endLine: last.position.end.line, endColumn: last.position.end.column },
        messageId: 'vague-link-text',
        data: { text: text.replace(/\s+/g, ' ').trim() },
      });
    }
  },
});

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(EDGE_MARKS, '').trim();
}

function plainText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    if ('value' in n && typeof n.value === 'string' && n.type !== 'html') out += n.value;
    else if (n.type === 'break') out += ' ';
    else if ('children' in n) out += plainText(n.children as PhrasingContent[]);
  }
  return out;
}
