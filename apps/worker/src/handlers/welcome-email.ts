import { welcomeEmailKey, type JobPayload } from '@roster/core';
import { User } from '@roster/db';
import { renderEmail } from '@roster/emails';
import { deliverOnce } from '../deliver.js';
import type { JobContext } from './types.js';

/**
 * `email.welcome`: sends the welcome email owed since sign-up, at most once per claim. The claim on
 * the EmailDelivery row is what makes a duplicated or retried job harmless. It carries no secret,
 * so a send cut short is simply sent again.
 */
export async function sendWelcomeEmail(
  { userId }: JobPayload<'email.welcome'>,
  ctx: JobContext,
): Promise<string> {
  const user = await ctx.em.findOne(User, { id: userId });
  if (!user) {
    ctx.logger.warn({ userId }, 'welcome email skipped: the user no longer exists');
    return 'skipped: user gone';
  }
  const outcome = await deliverOnce(ctx, welcomeEmailKey(userId), {
    compose: () => renderEmail('welcome', { name: user.name, appUrl: ctx.appUrl }),
  });
  ctx.logger.info({ userId, outcome }, `welcome email ${outcome}`);
  return outcome;
}
