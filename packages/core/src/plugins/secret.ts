import { randomBytes } from 'node:crypto';

// A webhook's signing secret: `whsec_` + 32 random base62 characters (~190 bits), kept in
// `plugins.secret` (the worker signs with it) and shown to the person installing it once.

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const marker = 'whsec_';
const randomLength = 32;
/** How many characters of a secret a DTO shows: `whsec_` + 4. */
const prefixLength = 10;
/** The largest multiple of 62 a byte can hold: bytes at or above it are drawn again (no bias). */
const unbiasedBelow = 62 * Math.floor(256 / 62);

/** A new signing secret, from the system's CSPRNG. */
export function generateWebhookSecret(): string {
  let out = marker;
  while (out.length < marker.length + randomLength) {
    for (const byte of randomBytes(randomLength * 2)) {
      if (byte >= unbiasedBelow) continue;
      out += base62[byte % 62];
      if (out.length === marker.length + randomLength) break;
    }
  }
  return out;
}

/** What people see of a stored secret once it was shown: `whsec_ab12…`. */
export function webhookSecretPrefix(secret: string | null): string | null {
  return secret ? `${secret.slice(0, prefixLength)}…` : null;
}
