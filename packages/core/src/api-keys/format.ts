import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

// The API key format of PRODUCT.md §6: `rst_` + 32 random base62 characters + a 6-character
// base62 CRC32 of the first 36, so scanners recognise a key and a typo is caught without a
// database read.

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const marker = 'rst_';
const randomLength = 32;
const checksumLength = 6;
/** How many characters of a key are shown to tell keys apart: `rst_` + 4. */
const prefixLength = marker.length + 4;
const shape = new RegExp(`^${marker}[0-9A-Za-z]{${randomLength + checksumLength}}$`);

/** The largest multiple of 62 a byte can hold: bytes at or above it are drawn again (no bias). */
const unbiasedBelow = 62 * Math.floor(256 / 62);

/** `length` uniformly random base62 characters, from the system's CSPRNG. */
function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= unbiasedBelow) continue;
      out += base62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** The CRC32 of `body` in base62, left-padded with '0' to 6 characters (62^6 > 2^32). */
function checksumOf(body: string): string {
  let value = crc32(body);
  let out = '';
  while (value > 0) {
    out = base62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out.padStart(checksumLength, '0');
}

/** Hex SHA-256 of the whole key: the only form in which a key is stored and looked up. */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new key: the secret (shown once), the prefix people tell it by, and the hash that is stored. */
export function generateApiKey(): { secret: string; prefix: string; secretHash: string } {
  const body = marker + randomBase62(randomLength);
  const secret = body + checksumOf(body);
  return { secret, prefix: secret.slice(0, prefixLength), secretHash: hashApiKey(secret) };
}

/** Whether `secret` has the key's shape and a matching checksum (no database read). */
export function isWellFormedApiKey(secret: string): boolean {
  if (!shape.test(secret)) return false;
  const body = secret.slice(0, marker.length + randomLength);
  return secret.slice(body.length) === checksumOf(body);
}
