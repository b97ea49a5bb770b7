import { UsageError } from '../model/errors.js';

/**
 * Which `Host` and `Origin` headers `herald dev` answers: its guard against
 * DNS rebinding (as Vite's `server.allowedHosts`, CVE-2025-24010, and
 * webpack-dev-server's `allowedHosts`). A page on `evil.example` whose name
 * the attacker later points at 127.0.0.1 reaches the server from the
 * victim's browser, but its requests still say `Host: evil.example`: only
 * the loopback names, the `--host` value and the names given with
 * `--allowed-host` are served, each with the server's port.
 *
 * Strict on purpose: names are compared whole after lowercasing (so
 * `localhost.evil.example`, `127.0.0.1.evil.example` and `localhost.` with
 * its trailing dot are foreign), an IPv6 address only in the bracketed form
 * browsers send (`[::1]`), and the port must be the server's; browsers leave
 * it out only for port 80, so only then may it be missing. A missing Host
 * header (HTTP/1.0) is refused.
 */
export interface AllowedHosts {
  /** Lowercase names; IPv6 addresses in brackets. */
  readonly names: ReadonlySet<string>;
  readonly port: number;
}

/** The loopback names every `herald dev` answers to. */
export const LOOPBACK_NAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The allowed names: the loopback ones, the interface `--host` names (a
 * wildcard such as `0.0.0.0` too: herald dev prints it as its address, and
 * being an address, no attacker's DNS name stands for it) and every
 * `--allowed-host`. A name that is not a host name (a port, a path, a space)
 * is a UsageError.
 */
export function allowedHosts(listenHost: string, port: number, extra: readonly string[] = []): AllowedHosts {
  const names = new Set(LOOPBACK_NAMES);
  const listen = normaliseName(listenHost);
  if (listen) names.add(listen);
  for (const given of extra) {
    const name = normaliseName(given);
    if (!name) {
      throw new UsageError(
        `--allowed-host "${given}" is not a host name.`,
        'Give a name or address without port, scheme or path, e.g. --allowed-host my-laptop.local.',
      );
    }
    names.add(name);
  }
  return { names, port };
}

/** A name as given on the command line, lowercase, an IPv6 address bracketed; undefined when it is not a plain name. */
function normaliseName(given: string): string | undefined {
  const name = given.trim().toLowerCase();
  if (name.includes(':') && !name.startsWith('[')) return IPV6.test(name) ? `[${name}]` : undefined;
  return parseHost(name)?.port === undefined ? parseHost(name)?.name : undefined;
}

const NAME = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$/;
const IPV6 = /^[0-9a-f.]*:[0-9a-f.]*:[0-9a-f:.]*$/;

/** A `Host` value split into its lowercase name and port; undefined when it is not one (a user part, a path, spaces, two colons outside brackets). */
export function parseHost(value: string): { name: string; port?: string } | undefined {
  const host = value.toLowerCase();
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host);
  if (!match) return undefined;
  const name = match[1]!;
  if (!name.startsWith('[') && !NAME.test(name)) return undefined;
  return match[2] === undefined ? { name } : { name, port: match[2] };
}

/** Whether a request's `Host` header names this server. */
export function isAllowedHost(hostHeader: string | undefined, allowed: AllowedHosts): boolean {
  if (hostHeader === undefined) return false;
  const host = parseHost(hostHeader);
  if (!host || !allowed.names.has(host.name)) return false;
  return host.port === undefined ? allowed.port === 80 : host.port === String(allowed.port);
}

/**
 * Whether a request's `Origin` header is one of this server's pages:
 * `http://<allowed name>:<port>`. No Origin at all is fine (curl, and
 * EventSource in older browsers on the same origin send none); `null`, another
 * scheme, a path or a foreign name are not.
 */
export function isAllowedOrigin(originHeader: string | undefined, allowed: AllowedHosts): boolean {
  if (originHeader === undefined) return true;
  const origin = originHeader.toLowerCase();
  if (!origin.startsWith('http://')) return false;
  return isAllowedHost(origin.slice('http://'.length), allowed);
}

/** The name to suggest for `--allowed-host` in a refusal: the header's name without its port, or undefined when it has none worth repeating. */
export function suggestedName(hostHeader: string | undefined): string | undefined {
  if (hostHeader === undefined) return undefined;
  const host = parseHost(hostHeader);
  return host ? host.name.replace(/^\[(.*)\]$/, '$1') : undefined;
}
