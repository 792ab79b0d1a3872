import type { AccountTokenPurpose, EntityManager } from '@roster/db';
import { accountTokenOfKey, tokenIdOfEmailChangedKey } from '../account/keys.js';
import { reissueAccountToken } from '../account/reissue.js';
import { markEmailSkipped } from '../emails/deliveries.js';
import type { JobRef, OwedJob } from './owed-emails.js';

const jobNames = {
  verify_email: 'email.verify-email',
  reset_password: 'email.reset-password',
  change_email: 'email.confirm-email-change',
} as const satisfies Record<AccountTokenPurpose, string>;

/**
 * The owed-email entries for the verify-email, reset-password and confirm-email-change emails (by
 * delivery template), as for invitations: the token lives only in the email's job, so each job
 * made gets the link a new one; a link used or expired since owes nothing and its delivery is
 * skipped. The email-changed notice to the old address carries no secret: its job names the link.
 */
export const accountEmailKinds = {
  'verify-email': accountEmailKind('verify_email'),
  'reset-password': accountEmailKind('reset_password'),
  'confirm-email-change': accountEmailKind('change_email'),
  'email-changed': {
    job(key: string): JobRef | null {
      const tokenId = tokenIdOfEmailChangedKey(key);
      return tokenId ? { name: 'email.email-changed', idParts: { tokenId } } : null;
    },
    async prepare(_em: EntityManager, key: string): Promise<OwedJob | null> {
      const tokenId = tokenIdOfEmailChangedKey(key);
      return tokenId ? { name: 'email.email-changed', payload: { tokenId } } : null;
    },
  },
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
