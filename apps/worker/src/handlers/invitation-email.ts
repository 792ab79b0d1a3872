import {
  hashLinkToken,
  invitationEmailKey,
  invitedProjects,
  markEmailSkipped,
  reissueInvitationToken,
  type JobPayload,
} from '@roster/core';
import { Invitation, User, type EntityManager } from '@roster/db';
import { renderInvitationEmail } from '@roster/emails';
import { deliverOnce } from '../deliver.js';
import type { JobContext } from './types.js';

/**
 * `email.invitation`: mails the link of one token of an invitation, at most once. A job whose
 * link is no longer the invitation's current one (answered, revoked, expired, resent since, or a
 * token that does not match) sends nothing and marks its delivery skipped. The token is a secret:
 * it is logged nowhere (log lines name the invitation id).
 */
export async function sendInvitationEmail(
  payload: JobPayload<'email.invitation'>,
  ctx: JobContext,
): Promise<string> {
  const { em, logger } = ctx;
  const { invitationId, send } = payload;
  const key = invitationEmailKey(invitationId, send);
  const invitation = await em.findOne(
    Invitation,
    { id: invitationId },
    { populate: ['organization', 'invitedBy'] },
  );
  const stale = whyNotOwed(invitation, send, payload.token);
  if (stale || !invitation) {
    // A token that does not match is not this link's (it was issued again): the delivery stays
    // owed to the real one, whose job or the sweep sends it.
    if (stale !== tokenMismatch) await markEmailSkipped(em, key);
    logger.info({ invitationId, send, reason: stale }, 'invitation email skipped');
    return `skipped: ${stale}`;
  }
  let token = payload.token;
  const outcome = await deliverOnce(ctx, key, {
    async takeOver() {
      const fresh = await reissueInvitationToken(em, { invitationId, send }, invitation.tokenHash);
      if (!fresh) return false;
      // The new token first in the database, then in the job: a job killed in between holds a dead
      // token, finishes without sending, and the sweep issues the link again.
      token = fresh;
      await ctx.updatePayload({ invitationId, send, token });
      logger.info({ invitationId, send }, 'invitation link issued again: the last send was cut short');
      return true;
    },
    compose: async () =>
      renderInvitationEmail({
        orgName: invitation.organization.getEntity().name,
        inviterName: invitation.invitedBy?.getEntity().name ?? null,
        role: invitation.role,
        link: `${ctx.appUrl}/invite/${token}`,
        accountExists: await accountExists(em, invitation.email),
        expiresAt: invitation.expiresAt?.toISOString() ?? null,
        projects: await invitedProjects(em, invitation),
      }),
  });
  logger.info({ invitationId, send, outcome }, `invitation email ${outcome}`);
  return outcome;
}

const tokenMismatch = 'token does not match';

/** Why this job's link must not be mailed; undefined when it is the invitation's current link. */
function whyNotOwed(invitation: Invitation | null, send: number, token: string): string | undefined {
  if (!invitation) return 'invitation gone';
  if (invitation.state !== 'pending') return `invitation ${invitation.state}`;
  if (invitation.sendCount !== send) return 'link replaced';
  if (hashLinkToken(token) !== invitation.tokenHash) return tokenMismatch;
  if (invitation.expiresAt && invitation.expiresAt.getTime() <= Date.now()) return 'invitation expired';
  return undefined;
}

async function accountExists(em: EntityManager, email: string): Promise<boolean> {
  return (await em.count(User, { email })) > 0;
}
