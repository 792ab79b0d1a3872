import { isIP } from 'node:net';

/**
 * Which proxies in front of Roster are trusted to say who the client is (X-Forwarded-For), as
 * Fastify's `trustProxy` takes it: nobody (`false`), the nearest N hops, or these addresses and
 * networks. The client address (`req.ip`, the key of the per-IP limits) is then the right-most
 * address in the chain that is not a trusted proxy: what a client writes into the header itself
 * sits further left and is never used.
 */
export type TrustProxy = false | number | string[];

/** proxy-addr's names for address ranges, accepted beside addresses and CIDRs. */
const rangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrNetwork(entry: string): boolean {
  if (rangeNames.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

export const trustProxyHelp =
  'must be false, the number of proxies in front of Roster (1, 2…), or their addresses and networks ' +
  '(10.0.0.1,10.0.0.0/8); true is refused because it would trust whatever X-Forwarded-For a client sends';

/** TRUST_PROXY's value, or null when it is none of the accepted forms. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 20 ? hops : null;
  }
  const entries = text.split(',').map((e) => e.trim());
  return entries.every(isAddressOrNetwork) ? entries : null;
}

/** As Fastify's types take it: a hop count becomes "the nearest N hops", as Fastify itself does. */
export function trustProxySetting(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
