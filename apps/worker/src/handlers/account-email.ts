import { accountEmailKey, hashLinkToken, markEmailSkipped, reissueAccountToken } from '@roster/core';
import { AccountToken, type AccountTokenPurpose } from '@roster/db';
import { renderEmail } from '@roster/emails';
import { deliverOnce } from '../deliver.js';
import type { JobContext } from './types.js';

const linkPaths: Record<AccountTokenPurpose, string> = {
  verify_email: 'verify-email',
  reset_password: 'reset-password',
  change_email: 'confirm-email',
};

/**
 * Mails the link of one account token (verify-email, reset-password or confirm-email-change), at
 * most once, as the invitation email does: a link no longer owed (used, expired, gone, its address
 * changed, or an email already verified) sends nothing and its delivery is skipped. The token is a secret: it
 * is logged nowhere (log lines name the token's row id).
 */
export async function sendAccountEmail(
  purpose: AccountTokenPurpose,
  payload: { tokenId: string; token: string },
  ctx: JobContext,
): Promise<string> {
  const { em, logger } = ctx;
  const { tokenId } = payload;
  const key = accountEmailKey(purpose, tokenId);
  const row = await em.findOne(AccountToken, { id: tokenId, purpose }, { populate: ['user'] });
  const stale = whyNotOwed(row, payload.token);
  if (stale || !row) {
    // A token that does not match is not this link's (it was issued again): the email stays owed.
    if (stale !== tokenMismatch) await markEmailSkipped(em, key);
    logger.info({ tokenId, purpose, reason: stale }, 'account email skipped');
    return `skipped: ${stale}`;
  }
  const user = row.user.getEntity();
  let token = payload.token;
  const outcome = await deliverOnce(ctx, key, {
    async takeOver() {
      const fresh = await reissueAccountToken(em, tokenId, row.tokenHash);
      if (!fresh) return false;
      // The new token first in the database, then in the job (as for invitations).
      token = fresh;
      await ctx.updatePayload({ tokenId, token });
      logger.info({ tokenId, purpose }, 'account link issued again: the last send was cut short');
      return true;
    },
    compose() {
      const props = {
        name: user.name,
        link: `${ctx.appUrl}/${linkPaths[purpose]}/${token}`,
        expiresAt: row.expiresAt.toISOString(),
      };
      if (purpose === 'change_email')
        return renderEmail('confirm-email-change', { ...props, email: row.email });
      return purpose === 'verify_email'
        ? renderEmail('verify-email', props)
        : renderEmail('reset-password', props);
    },
  });
  logger.info({ tokenId, purpose, outcome }, `account email ${outcome}`);
  return outcome;
}

const tokenMismatch = 'token does not match';

/** Why this job's link must not be mailed; undefined when it is still owed. */
function whyNotOwed(row: AccountToken | null, token: string): string | undefined {
  if (!row) return 'link gone';
  if (row.usedAt) return 'link used';
  if (hashLinkToken(token) !== row.tokenHash) return tokenMismatch;
  if (row.expiresAt.getTime() <= Date.now()) return 'link expired';
  const user = row.user.getEntity();
  // A new address's link proves that address, not the account's current one.
  if (row.purpose === 'change_email') return user.email === row.email ? 'address already changed' : undefined;
  if (user.email !== row.email) return 'address changed';
  if (row.purpose === 'verify_email' && user.emailVerifiedAt) return 'email already verified';
  return undefined;
}
