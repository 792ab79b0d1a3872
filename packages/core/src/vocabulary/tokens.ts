import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 of a link token, hex: the only form in which a token is stored. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A fresh token for an invitation or account link: 256 random bits, base64url (43 characters),
 * and its hash.
 */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}
