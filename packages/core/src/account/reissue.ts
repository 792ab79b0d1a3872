import { AccountToken, type AccountTokenPurpose, type EntityManager } from '@roster/db';
import { markEmailSkipped } from '../emails/deliveries.js';
import { newLinkToken } from '../vocabulary/tokens.js';
import type { JobQueue } from '../jobs/queue.js';
import { accountTokenOfKey } from './keys.js';

const jobNames = {
  verify_email: 'email.verify-email',
  reset_password: 'email.reset-password',
} as const satisfies Record<AccountTokenPurpose, string>;

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

/**
 * The sweep's entries for the verify-email and reset-password emails (by delivery template), as
 * for invitations: the token lived only in the lost job, so the link gets a new one and a job
 * carrying it is enqueued; a link used or expired since owes nothing and its delivery is skipped.
 */
export const accountEmailKinds = {
  'verify-email': accountEmailKind('verify_email'),
  'reset-password': accountEmailKind('reset_password'),
};

function accountEmailKind<P extends AccountTokenPurpose>(purpose: P) {
  const tokenOf = (key: string) => {
    const link = accountTokenOfKey(key);
    return link?.purpose === purpose ? link.tokenId : null;
  };
  return {
    job(key: string) {
      const tokenId = tokenOf(key);
      return tokenId ? { name: jobNames[purpose], idParts: { tokenId } } : null;
    },
    async requeue(em: EntityManager, jobs: JobQueue, key: string): Promise<boolean> {
      const tokenId = tokenOf(key);
      if (!tokenId) return false;
      const token = await reissueAccountToken(em, tokenId);
      if (!token) {
        await markEmailSkipped(em, key);
        return false;
      }
      const payload = { tokenId, token };
      await (purpose === 'verify_email'
        ? jobs.enqueue('email.verify-email', payload)
        : jobs.enqueue('email.reset-password', payload));
      return true;
    },
  };
}
