import { loadProject } from '/work/wt-render/dist/pipeline/check.js';
import { markdownToHast, hastToHtml } from '/work/wt-render/dist/render/markdown-to-html.js';
import { summaryOf, textOf } from '/work/wt-render/dist/render/summaries.js';
import { nodesOf } from '/work/wt-render/dist/scope/node-index.js';
const root = process.argv[2];
const project = await loadProject(root);
const trees = []; const htmls = [];
let t0 = performance.now();
for (const m of project.messages) {
  if (!m.fields.title) continue;
  const tree = markdownToHast(m.tree, { label: (id) => 'Voor ' + id, hasRawHtml: nodesOf(m, 'html').length > 0 });
  trees.push(tree); htmls.push(hastToHtml(tree));
}
console.log('render (hast+html)', (performance.now() - t0).toFixed(0), 'ms for', trees.length);
// old summarize
const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
function decodeReference(reference, body) { if (body[0] !== '#') return ENTITIES[body] ?? reference; const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10); return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference; }
function plainText(html) { return html.replace(/(?:<[^>]+>|\s)+/g, ' ').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeReference).trim(); }
function summarize(html) { for (let size = 2048; ; size *= 4) { const cut = size >= html.length ? -1 : html.lastIndexOf('<', size); const part = cut > 0 ? html.slice(0, cut) : html; let text = part.replace(/<section class="segment-variant"[\s\S]*?<\/section>/g, ' ').replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g, ' '); if (part !== html) text = text.replace(/<section class="segment-variant"[\s\S]*$/, ' ').replace(/<h[1-6][^>]*>[\s\S]*$/, ' '); text = plainText(text); if (text.length > 200) return `${text.slice(0, 197).replace(/\s+\S*$/, '')}…`; if (part === html) return text; } }
for (let round = 0; round < 15; round++) {
  t0 = performance.now(); for (const h of htmls) summarize(h); const a = performance.now() - t0;
  t0 = performance.now(); for (const t of trees) summaryOf(t); const b = performance.now() - t0;
  t0 = performance.now(); for (const h of htmls) plainText(h); const c = performance.now() - t0;
  t0 = performance.now(); for (const t of trees) textOf(t); const d = performance.now() - t0;
  console.log(`summaries: old ${a.toFixed(1)} ms, new ${b.toFixed(1)} ms; search text: old ${c.toFixed(1)} ms, new ${d.toFixed(1)} ms`);
}
