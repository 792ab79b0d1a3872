import { AccountToken, type EntityManager } from '@roster/db';
import { newLinkToken } from '../vocabulary/tokens.js';

/**
 * A new token for an account link while it is still owed (unused, unexpired); with `currentHash`,
 * only while the link still carries that token. The old token stops working at once. Returns the
 * new token, or null when the link is owed no email any more.
 */
export async function reissueAccountToken(
  em: EntityManager,
  tokenId: string,
  currentHash?: string,
): Promise<string | null> {
  const now = new Date();
  const { token, tokenHash } = newLinkToken();
  const reissued = await em.nativeUpdate(
    AccountToken,
    {
      id: tokenId,
      usedAt: null,
      expiresAt: { $gt: now },
      ...(currentHash ? { tokenHash: currentHash } : {}),
    },
    { tokenHash, updatedAt: now },
  );
  return reissued > 0 ? token : null;
}
