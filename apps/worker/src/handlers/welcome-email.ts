import {
  claimEmailDelivery,
  markEmailFailed,
  markEmailSent,
  welcomeEmailKey,
  type JobPayload,
} from '@roster/core';
import { User } from '@roster/db';
import { renderEmail } from '@roster/emails';
import type { JobContext } from './types.js';

/**
 * `email.welcome`: sends the welcome email owed since sign-up, at most once. The claim on the
 * EmailDelivery row is what makes a duplicated or retried job harmless.
 */
export async function sendWelcomeEmail(
  { userId }: JobPayload<'email.welcome'>,
  ctx: JobContext,
): Promise<string> {
  const { em, logger } = ctx;
  const user = await em.findOne(User, { id: userId });
  if (!user) {
    logger.warn({ userId }, 'welcome email skipped: the user no longer exists');
    return 'skipped: user gone';
  }
  const delivery = await claimEmailDelivery(em, welcomeEmailKey(userId));
  if (!delivery) {
    logger.info({ userId }, 'welcome email skipped: already sent, being sent, or not owed');
    return 'skipped: not claimed';
  }
  try {
    const email = await renderEmail('welcome', { name: user.name, appUrl: ctx.appUrl });
    const { messageId } = await ctx.mailer.send({ to: delivery.recipient, ...email });
    logger.info({ userId, messageId, via: ctx.mailer.kind }, 'welcome email sent');
  } catch (error) {
    const final = ctx.attempt >= ctx.maxAttempts;
    const message = error instanceof Error ? error.message : String(error);
    await markEmailFailed(em, delivery, message, final).catch((e: unknown) =>
      logger.error({ err: e, userId }, 'could not record the failed welcome email'),
    );
    logger[final ? 'error' : 'warn']({ userId, err: error, final }, 'welcome email failed');
    throw error;
  }
  await markEmailSent(em, delivery);
  return 'sent';
}
