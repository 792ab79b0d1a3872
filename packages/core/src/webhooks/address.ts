import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { DomainError } from '../errors.js';

export interface WebhookAddressOptions {
  /** `WEBHOOK_ALLOW_PRIVATE=true`: the operator lets webhooks reach loopback/private/link-local. */
  allowPrivate: boolean;
}

/** A webhook URL and the one address its delivery connects to (checked, pinned against rebinding). */
export interface WebhookTarget {
  url: URL;
  /** The URL's host name without IPv6 brackets (Host header and TLS server name). */
  hostname: string;
  address: string;
  family: 4 | 6;
}

/** A resolver returning every address of a host name (swappable in tests). */
export type ResolveAll = (hostname: string) => Promise<{ address: string; family: number }[]>;

const resolveWithDns: ResolveAll = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * The URL, parsed: http(s) only, no user name or password in it. Anything else is
 * WEBHOOK_URL_INVALID (field `config.url`).
 */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('Enter an http:// or https:// URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid('Enter an http:// or https:// URL.');
  if (url.username !== '' || url.password !== '')
    throw invalid('Leave the user name and password out of the URL.');
  if (url.hostname === '') throw invalid('Enter an http:// or https:// URL.');
  return url;
}

/**
 * Why an address is not a public unicast one (loopback, private, link-local, unique local,
 * CGNAT, multicast, broadcast, unspecified, reserved, IPv4 inside IPv6…), or null when it is.
 * IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it carries.
 */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/**
 * Resolves the URL's host (every address it has; an IP literal is its own) and, unless private
 * addresses are allowed, refuses the URL when ANY of them is not public (WEBHOOK_URL_PRIVATE).
 * Returns the address to connect to: delivery connects only to it, never resolving again.
 */
export async function resolveWebhookTarget(
  raw: string,
  options: WebhookAddressOptions,
  resolveAll: ResolveAll = resolveWithDns,
): Promise<WebhookTarget> {
  const url = parseWebhookUrl(raw);
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(hostname)) {
    addresses = [{ address: hostname, family: hostname.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await resolveAll(hostname);
    } catch {
      throw invalid(`The host ${hostname} could not be resolved.`);
    }
    if (addresses.length === 0) throw invalid(`The host ${hostname} could not be resolved.`);
  }
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const range = nonPublicRange(address);
      if (range !== null) {
        throw new DomainError(
          'WEBHOOK_URL_PRIVATE',
          `The URL resolves to ${address} (${range}), not a public address.`,
          { field: 'config.url', range },
        );
      }
    }
  }
  const first = addresses[0]!;
  return { url, hostname, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** Install/configure check: the URL is well formed and (unless allowed) resolves only to public addresses. */
export async function assertPublicWebhookUrl(
  url: string,
  options: WebhookAddressOptions,
  resolveAll?: ResolveAll,
): Promise<void> {
  await resolveWebhookTarget(url, options, resolveAll);
}

function invalid(message: string): DomainError {
  return new DomainError('WEBHOOK_URL_INVALID', message, { field: 'config.url' });
}
