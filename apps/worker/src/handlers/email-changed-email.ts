import { emailChangedKey, markEmailSkipped, type JobPayload } from '@roster/core';
import { AccountToken } from '@roster/db';
import { renderEmail } from '@roster/emails';
import { deliverOnce } from '../deliver.js';
import type { JobContext } from './types.js';

/**
 * `email.email-changed`: tells the address an account left (its delivery's recipient) which one it
 * uses now, at most once. It carries no secret, so a send cut short is simply sent again.
 */
export async function sendEmailChangedEmail(
  { tokenId }: JobPayload<'email.email-changed'>,
  ctx: JobContext,
): Promise<string> {
  const key = emailChangedKey(tokenId);
  const row = await ctx.em.findOne(
    AccountToken,
    { id: tokenId, purpose: 'change_email' },
    { populate: ['user'] },
  );
  if (!row?.usedAt) {
    await markEmailSkipped(ctx.em, key);
    ctx.logger.info({ tokenId }, 'email-changed notice skipped: no such change');
    return 'skipped: no such change';
  }
  const user = row.user.getEntity();
  const outcome = await deliverOnce(ctx, key, {
    compose: () =>
      renderEmail('email-changed', {
        name: user.name,
        email: row.email,
        resetLink: `${ctx.appUrl}/forgot-password`,
      }),
  });
  ctx.logger.info({ tokenId, outcome }, `email-changed notice ${outcome}`);
  return outcome;
}
