/**
 * The protocols a link in a message body keeps on the site: GitHub's
 * sanitiser list (rehype-sanitize's default schema) plus tel: and sms:, so
 * frontline staff without e-mail can call or text from a message. Anything
 * else (javascript:, vbscript:, data:, an unknown scheme) loses its href.
 * The renderer sanitises with this list and the broken-link rule reports
 * what it would drop, so both must read it from here.
 */
export const SAFE_LINK_PROTOCOLS: readonly string[] = ['http', 'https', 'irc', 'ircs', 'mailto', 'xmpp', 'tel', 'sms'];

/**
 * The protocol of a link the sanitiser drops, or undefined when the link
 * stays. Mirrors hast-util-sanitize: the text before the first colon is a
 * protocol only when no '/', '?' or '#' comes before that colon. A scheme
 * is case-insensitive (RFC 3986; browsers follow `HTTPS:` and `Mailto:`), so
 * the renderer writes it in lower case before sanitising, and it is compared
 * in lower case here.
 */
export function droppedLinkProtocol(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  for (const c of ['/', '?', '#']) {
    const at = url.indexOf(c);
    if (at > -1 && colon > at) return undefined;
  }
  const protocol = url.slice(0, colon);
  return SAFE_LINK_PROTOCOLS.includes(protocol.toLowerCase()) ? undefined : protocol;
}

/** `url` with its protocol, if it has one (as `droppedLinkProtocol` reads it), in lower case: `HTTPS://x` → `https://x`. */
export function lowerCaseProtocol(url: string): string {
  const colon = url.indexOf(':');
  if (colon < 1) return url;
  const protocol = url.slice(0, colon);
  return /^[A-Za-z][A-Za-z0-9+.-]*$/.test(protocol) && protocol !== protocol.toLowerCase() ? protocol.toLowerCase() + url.slice(colon) : url;
}
