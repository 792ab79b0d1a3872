import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey, isWellFormedApiKey } from './format.js';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('API key format (PRODUCT.md §6)', () => {
  it('is rst_ + 32 random base62 characters + a 6-character base62 checksum, with an 8-character prefix', () => {
    const { secret, prefix, secretHash } = generateApiKey();
    expect(secret).toMatch(/^rst_[0-9A-Za-z]{38}$/);
    expect(secret).toHaveLength(42);
    expect(prefix).toBe(secret.slice(0, 8));
    expect(secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(hashApiKey(secret)).toBe(secretHash);
    expect(isWellFormedApiKey(secret)).toBe(true);
  });

  it('makes a different key each time, over the whole base62 alphabet', () => {
    const secrets = Array.from({ length: 500 }, () => generateApiKey().secret);
    expect(new Set(secrets).size).toBe(secrets.length);
    const seen = new Set(secrets.flatMap((s) => [...s.slice(4, 36)]));
    expect([...seen].sort().join('')).toBe([...base62].sort().join(''));
  });

  it('catches every single-character typo, in the random part and in the checksum', () => {
    for (let round = 0; round < 5; round++) {
      const { secret } = generateApiKey();
      for (let i = 4; i < secret.length; i++) {
        for (const c of base62) {
          if (c === secret[i]) continue;
          const typo = secret.slice(0, i) + c + secret.slice(i + 1);
          expect(isWellFormedApiKey(typo), typo).toBe(false);
        }
      }
    }
  });

  it('catches swapped neighbours', () => {
    const { secret } = generateApiKey();
    for (let i = 4; i < secret.length - 1; i++) {
      if (secret[i] === secret[i + 1]) continue;
      const swapped = secret.slice(0, i) + secret[i + 1] + secret[i] + secret.slice(i + 2);
      expect(isWellFormedApiKey(swapped), swapped).toBe(false);
    }
  });

  it('refuses other shapes', () => {
    const { secret } = generateApiKey();
    for (const bad of [
      '',
      secret.slice(0, -1),
      `${secret}0`,
      `RST_${secret.slice(4)}`,
      `sk_${secret.slice(3)}`,
      ` ${secret}`,
      `${secret.slice(0, 10)}-${secret.slice(11)}`,
      `${secret.slice(0, 10)}é${secret.slice(11)}`,
    ]) {
      expect(isWellFormedApiKey(bad), bad).toBe(false);
    }
  });

  it('pads the checksum with leading zeros', () => {
    // About one CRC32 in five is below 62^5 (fewer than 6 base62 digits): among 200 keys, one
    // is missing with a probability of about 1e-20.
    const padded = Array.from({ length: 200 }, () => generateApiKey().secret).find((s) => s[36] === '0');
    expect(padded).toBeDefined();
    expect(isWellFormedApiKey(padded!)).toBe(true);
  });
});
