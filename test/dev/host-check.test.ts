import { describe, expect, it } from 'vitest';
import { allowedHosts, isAllowedHost, isAllowedOrigin, parseHost, suggestedName } from '../../src/dev/host-check.js';
import { UsageError } from '../../src/model/errors.js';

const allowed = allowedHosts('127.0.0.1', 4321);

describe('isAllowedHost', () => {
  it('answers the loopback names with the server port, in any case', () => {
    for (const host of ['127.0.0.1:4321', 'localhost:4321', '[::1]:4321', 'LOCALHOST:4321', 'LocalHost:4321']) {
      expect(isAllowedHost(host, allowed), host).toBe(true);
    }
  });

  it('refuses foreign names, names that only start or end like a loopback name, and tricks with the port', () => {
    for (const host of [
      'evil.example',
      'evil.example:4321',
      'localhost.evil.example:4321',
      '127.0.0.1.evil.example:4321',
      'evil.localhost:4321',
      'evil.example:4321@127.0.0.1',
      'evil.example:4321@127.0.0.1:4321',
      '127.0.0.1:4321@evil.example',
      'localhost.:4321',
      'localhost:4321.',
      '127.0.0.1:4322',
      '127.0.0.1:04321',
      '127.0.0.1:4321:4321',
      '127.0.0.1',
      'localhost',
      '[::1]',
      '::1:4321',
      '[::1',
      '[0:0:0:0:0:0:0:1]:4321',
      '[::ffff:127.0.0.1]:4321',
      '127.1:4321',
      '2130706433:4321',
      ' localhost:4321',
      'localhost:4321 ',
      'localhost:4321/x',
      'localhost :4321',
      '',
    ]) {
      expect(isAllowedHost(host, allowed), JSON.stringify(host)).toBe(false);
    }
  });

  it('refuses a request without a Host header (HTTP/1.0)', () => {
    expect(isAllowedHost(undefined, allowed)).toBe(false);
  });

  it('takes a missing port only on port 80, where browsers leave it out', () => {
    const on80 = allowedHosts('127.0.0.1', 80);
    expect(isAllowedHost('localhost', on80)).toBe(true);
    expect(isAllowedHost('localhost:80', on80)).toBe(true);
    expect(isAllowedHost('localhost:81', on80)).toBe(false);
  });

  it('answers the --host value and every --allowed-host, normalised', () => {
    const more = allowedHosts('My-Laptop.local', 4321, ['Intranet-Preview.Example', '::1', '192.168.1.5', 'fe80::1']);
    for (const host of ['my-laptop.local:4321', 'intranet-preview.example:4321', 'INTRANET-PREVIEW.EXAMPLE:4321', '192.168.1.5:4321', '[fe80::1]:4321']) {
      expect(isAllowedHost(host, more), host).toBe(true);
    }
    expect(isAllowedHost('preview.example:4321', more)).toBe(false);
    expect(isAllowedHost('192.168.1.5.evil.example:4321', more)).toBe(false);
  });

  it('answers the wildcard address it listens on, as it prints that address', () => {
    expect(isAllowedHost('0.0.0.0:4321', allowedHosts('0.0.0.0', 4321))).toBe(true);
    expect(isAllowedHost('[::]:4321', allowedHosts('::', 4321))).toBe(true);
    expect(isAllowedHost('localhost:4321', allowedHosts('0.0.0.0', 4321))).toBe(true);
    expect(isAllowedHost('0.0.0.0:4321', allowed)).toBe(false);
  });

  it('refuses an --allowed-host that is not a plain name', () => {
    for (const given of ['evil.example:4321', 'http://evil.example', 'evil.example/x', 'a b', '', 'user@evil.example']) {
      expect(() => allowedHosts('127.0.0.1', 4321, [given]), given).toThrow(UsageError);
    }
  });
});

describe('isAllowedOrigin', () => {
  it('allows the server’s own pages, and no Origin at all', () => {
    expect(isAllowedOrigin(undefined, allowed)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4321', allowed)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4321', allowed)).toBe(true);
    expect(isAllowedOrigin('http://[::1]:4321', allowed)).toBe(true);
    expect(isAllowedOrigin('HTTP://LOCALHOST:4321', allowed)).toBe(true);
  });

  it('refuses foreign origins, null, other schemes and ports', () => {
    for (const origin of [
      'http://evil.example',
      'http://evil.example:4321',
      'https://localhost:4321',
      'http://localhost.evil.example:4321',
      'http://localhost:4322',
      'http://localhost',
      'http://localhost:4321/',
      'http://evil.example:4321@localhost:4321',
      'null',
      '',
      'localhost:4321',
    ]) {
      expect(isAllowedOrigin(origin, allowed), origin).toBe(false);
    }
  });
});

describe('parseHost and suggestedName', () => {
  it('split a Host value into a lowercase name and port', () => {
    expect(parseHost('Evil.Example:8080')).toEqual({ name: 'evil.example', port: '8080' });
    expect(parseHost('[::1]')).toEqual({ name: '[::1]' });
    expect(parseHost('a@b')).toBeUndefined();
  });

  it('suggest the name without port or brackets', () => {
    expect(suggestedName('Evil.Example:8080')).toBe('evil.example');
    expect(suggestedName('[fe80::1]:8080')).toBe('fe80::1');
    expect(suggestedName('evil.example:1@127.0.0.1')).toBeUndefined();
    expect(suggestedName(undefined)).toBeUndefined();
  });
});
