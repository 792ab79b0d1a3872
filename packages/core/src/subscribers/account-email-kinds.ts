import type { AccountTokenPurpose, EntityManager } from '@roster/db';
import { accountTokenOfKey } from '../account/keys.js';
import { reissueAccountToken } from '../account/reissue.js';
import { markEmailSkipped } from '../emails/deliveries.js';
import type { OwedJob } from './owed-emails.js';

const jobNames = {
  verify_email: 'email.verify-email',
  reset_password: 'email.reset-password',
} as const satisfies Record<AccountTokenPurpose, string>;

/**
 * The owed-email entries for the verify-email and reset-password emails (by delivery template), as
 * for invitations: the token lives only in the email's job, so each job made gets the link a new
 * one; a link used or expired since owes nothing and its delivery is skipped.
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
    async prepare(em: EntityManager, key: string): Promise<OwedJob | null> {
      const tokenId = tokenOf(key);
      if (!tokenId) return null;
      const token = await reissueAccountToken(em, tokenId);
      if (!token) {
        await markEmailSkipped(em, key);
        return null;
      }
      return { name: jobNames[purpose], payload: { tokenId, token } };
    },
  };
}
