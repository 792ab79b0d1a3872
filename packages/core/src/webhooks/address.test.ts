import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertPublicWebhookUrl, nonPublicRange, resolveWebhookTarget, type ResolveAll } from './address.js';

const strict = { allowPrivate: false };
const allow = { allowPrivate: true };

function resolverOf(map: Record<string, string[]>): ResolveAll {
  return async (hostname) => {
    const addresses = map[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

async function reasonOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.reason;
    throw error;
  }
}

describe('webhook URL check', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '240.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:1',
  ])('%s is not public', (address) => {
    expect(nonPublicRange(address)).not.toBeNull();
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2001:4860:4860::8888'])(
    '%s is public',
    (address) => {
      expect(nonPublicRange(address)).toBeNull();
    },
  );

  it.each([
    'http://127.0.0.1/hook',
    'http://[::1]:8080/hook',
    'http://[::ffff:7f00:1]/hook',
    'https://10.0.0.5/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://2130706433/', // 127.0.0.1 as one number: URL parsing normalizes it
    'http://0x7f.1/',
    'http://100.100.1.1/',
  ])('an IP literal URL %s is refused as private', async (url) => {
    expect(await reasonOf(assertPublicWebhookUrl(url, strict))).toBe('WEBHOOK_URL_PRIVATE');
  });

  it('refuses a host when ANY of its addresses is private (not just the first)', async () => {
    const resolve = resolverOf({ 'mixed.example': ['93.184.216.34', '10.0.0.1'] });
    expect(await reasonOf(assertPublicWebhookUrl('https://mixed.example/x', strict, resolve))).toBe(
      'WEBHOOK_URL_PRIVATE',
    );
  });

  it('accepts a host whose addresses are all public and returns the first to connect to', async () => {
    const resolve = resolverOf({ 'hooks.example': ['93.184.216.34', '2606:4700:4700::1111'] });
    const target = await resolveWebhookTarget('https://hooks.example:8443/in?x=1', strict, resolve);
    expect(target).toMatchObject({ hostname: 'hooks.example', address: '93.184.216.34', family: 4 });
    expect(target.url.port).toBe('8443');
  });

  it('refuses localhost through real DNS resolution', async () => {
    expect(await reasonOf(assertPublicWebhookUrl('http://localhost:3000/hook', strict))).toBe(
      'WEBHOOK_URL_PRIVATE',
    );
  });

  it('allows private addresses when the operator allows them, still pinning the resolved one', async () => {
    const resolve = resolverOf({ 'intranet.example': ['192.168.0.10'] });
    await expect(assertPublicWebhookUrl('http://127.0.0.1:9/x', allow)).resolves.toBeUndefined();
    const target = await resolveWebhookTarget('http://intranet.example/x', allow, resolve);
    expect(target).toMatchObject({ address: '192.168.0.10', family: 4, hostname: 'intranet.example' });
    const v6 = await resolveWebhookTarget('http://[::1]:9/x', allow);
    expect(v6).toMatchObject({ address: '::1', family: 6, hostname: '::1' });
  });

  it.each([
    'ftp://example.com/x',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    'https://user:secret@example.com/x',
    'https://user@example.com/x',
  ])('%s is an invalid webhook URL', async (url) => {
    expect(await reasonOf(assertPublicWebhookUrl(url, allow))).toBe('WEBHOOK_URL_INVALID');
  });

  it('an unresolvable host is invalid, with the field named', async () => {
    const resolve = resolverOf({});
    const error = await resolveWebhookTarget('https://nowhere.example/x', strict, resolve).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ reason: 'WEBHOOK_URL_INVALID', details: { field: 'config.url' } });
  });
});
