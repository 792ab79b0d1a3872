import type { AccountTokenPurpose, EntityManager } from '@roster/db';
import { accountTokenOfKey } from '../account/keys.js';
import { reissueAccountToken } from '../account/reissue.js';
import { markEmailSkipped } from '../emails/deliveries.js';
import type { JobQueue } from '../jobs/queue.js';

const jobNames = {
  verify_email: 'email.verify-email',
  reset_password: 'email.reset-password',
} as const satisfies Record<AccountTokenPurpose, string>;

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
