/**
 * The live-reload client and error overlay that `herald dev` injects into
 * every HTML page it serves (never into a built site: only src/dev/ imports
 * this). No dependency: an EventSource on /__herald/events, which sends
 * `errors` (the errors for this page, JSON) on connect and after each
 * rebuild, and `reload` when the site changed. Everything the overlay shows
 * is set with textContent, so a message quoted from a file cannot inject HTML.
 */

import type { MessageData } from '../model/diagnostic.js';
import { compose, type Lang } from '../messages/index.js';

export const EVENTS_PATH = '/__herald/events';
export const OVERLAY_ID = 'herald-dev-overlay';

/** One error as the overlay shows it. */
export interface OverlayError {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  /** The finding's message id (of `ruleId`'s namespace) and data, for a test or a tool that keys on them. */
  messageId?: string;
  data?: MessageData;
  /** The sentence shown. */
  message: string;
}

const STYLE = `
#${OVERLAY_ID}{position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;
background:#2b0a0a;color:#fff;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border-top:4px solid #ff5c5c;box-shadow:0 -4px 24px #0008}
#${OVERLAY_ID} h2{margin:0 0 .5rem;font-size:15px;color:#ffb4b4}
#${OVERLAY_ID} ul{margin:0;padding:0;list-style:none}
#${OVERLAY_ID} li{margin:.35rem 0}
#${OVERLAY_ID} .where{color:#ffd479}
#${OVERLAY_ID} .rule{color:#9ecbff}
#${OVERLAY_ID} button{position:absolute;top:.5rem;right:.75rem;background:none;border:1px solid #fff8;color:#fff;border-radius:4px;cursor:pointer;font:inherit}
`;

// Plain JavaScript for the browser (herald compiles without DOM types), kept ES2017 and tiny.
const CLIENT = `(function (eventsPath, id, style, words) {
  var source = new EventSource(eventsPath + '?page=' + encodeURIComponent(location.pathname));
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('errors', function (event) { show(JSON.parse(event.data)); });
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function show(errors) {
    var old = document.getElementById(id);
    if (old) old.remove();
    if (errors.length === 0) return;
    if (!document.getElementById(id + '-style')) {
      var css = el('style', '', style);
      css.id = id + '-style';
      document.head.appendChild(css);
    }
    var box = el('section');
    box.id = id;
    box.setAttribute('role', 'alert');
    var close = el('button', '', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', words.close);
    close.addEventListener('click', function () { box.remove(); });
    var list = el('ul');
    errors.forEach(function (e) {
      var item = el('li');
      item.append(el('span', 'where', e.file + ':' + e.line + ':' + e.column), ' ', el('span', 'rule', e.ruleId), ' ', e.message);
      list.appendChild(item);
    });
    box.append(close, el('h2', '', errors.length === 1 ? words.one : words.other.split('{n}').join(String(errors.length))), list);
    document.body.appendChild(box);
  }
})`;

/**
 * The inline script: constants passed as JSON (with `<` escaped), so no data is ever written into code.
 * The overlay's words are the writer's language's (the page is loaded again after a plan change, so
 * they follow `site.language`): the heading for one error, and for more with `{n}` for the number.
 */
function script(lang: Lang): string {
  const words = {
    one: compose(lang, 'terminal', 'dev-overlay-heading', { count: 1 }),
    other: compose(lang, 'terminal', 'dev-overlay-heading', { count: '{n}' }),
    close: compose(lang, 'terminal', 'dev-overlay-close'),
  };
  const args = [EVENTS_PATH, OVERLAY_ID, STYLE, words].map((s) => JSON.stringify(s).replace(/</g, '\\u003c'));
  return `<script>${CLIENT}(${args.join(', ')});</script>`;
}

const scripts = new Map<Lang, string>();

/** An HTML page with the client added just before </body> (or at the end), its words in `lang`. */
export function injectClient(html: string, lang: Lang): string {
  let code = scripts.get(lang);
  if (code === undefined) {
    code = script(lang);
    scripts.set(lang, code);
  }
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + code : `${html.slice(0, at)}${code}\n${html.slice(at)}`;
}
