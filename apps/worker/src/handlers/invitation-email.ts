import {
  claimEmailDelivery,
  hashInvitationToken,
  invitationEmailKey,
  markEmailFailed,
  markEmailSent,
  markEmailSkipped,
  type JobPayload,
} from '@roster/core';
import { Invitation, User, type EntityManager } from '@roster/db';
import { renderInvitationEmail } from '@roster/emails';
import type { JobContext } from './types.js';

/**
 * `email.invitation`: mails the link of one token of an invitation, at most once. A job whose
 * link is no longer the invitation's current one (answered, revoked, expired, resent since, or a
 * token that does not match) sends nothing and marks its delivery skipped. The token is a secret:
 * it is logged nowhere (log lines name the invitation id).
 */
export async function sendInvitationEmail(
  { invitationId, send, token }: JobPayload<'email.invitation'>,
  ctx: JobContext,
): Promise<string> {
  const { em, logger } = ctx;
  const key = invitationEmailKey(invitationId, send);
  const invitation = await em.findOne(
    Invitation,
    { id: invitationId },
    { populate: ['organization', 'invitedBy'] },
  );
  const stale = whyNotOwed(invitation, send, token);
  if (stale || !invitation) {
    // A token that does not match is not this link's: the delivery stays owed to the real one.
    if (stale !== tokenMismatch) await markEmailSkipped(em, key);
    logger.info({ invitationId, send, reason: stale }, 'invitation email skipped');
    return `skipped: ${stale}`;
  }
  const delivery = await claimEmailDelivery(em, key);
  if (!delivery) {
    logger.info({ invitationId, send }, 'invitation email skipped: already sent, being sent, or not owed');
    return 'skipped: not claimed';
  }
  try {
    const email = await renderInvitationEmail({
      orgName: invitation.organization.getEntity().name,
      inviterName: invitation.invitedBy?.getEntity().name ?? null,
      role: invitation.role,
      link: `${ctx.appUrl}/invite/${token}`,
      accountExists: await accountExists(em, invitation.email),
      expiresAt: invitation.expiresAt?.toISOString() ?? null,
    });
    const { messageId } = await ctx.mailer.send({ to: delivery.recipient, ...email });
    logger.info({ invitationId, send, messageId, via: ctx.mailer.kind }, 'invitation email sent');
  } catch (error) {
    const final = ctx.attempt >= ctx.maxAttempts;
    const message = error instanceof Error ? error.message : String(error);
    await markEmailFailed(em, delivery, message, final).catch((e: unknown) =>
      logger.error({ err: e, invitationId, send }, 'could not record the failed invitation email'),
    );
    logger[final ? 'error' : 'warn']({ invitationId, send, err: error, final }, 'invitation email failed');
    throw error;
  }
  await markEmailSent(em, delivery);
  return 'sent';
}

const tokenMismatch = 'token does not match';

/** Why this job's link must not be mailed; undefined when it is the invitation's current link. */
function whyNotOwed(invitation: Invitation | null, send: number, token: string): string | undefined {
  if (!invitation) return 'invitation gone';
  if (invitation.state !== 'pending') return `invitation ${invitation.state}`;
  if (invitation.sendCount !== send) return 'link replaced';
  if (hashInvitationToken(token) !== invitation.tokenHash) return tokenMismatch;
  if (invitation.expiresAt && invitation.expiresAt.getTime() <= Date.now()) return 'invitation expired';
  return undefined;
}

async function accountExists(em: EntityManager, email: string): Promise<boolean> {
  return (await em.count(User, { email })) > 0;
}
