import { welcomeEmailKey, type JobPayload } from '@roster/core';
import { Invitation, Membership, User, type EntityManager } from '@roster/db';
import { renderEmail } from '@roster/emails';
import { deliverOnce } from '../deliver.js';
import type { JobContext } from './types.js';

/**
 * `email.welcome`: sends the welcome email owed since sign-up, at most once per claim. The claim on
 * the EmailDelivery row is what makes a duplicated or retried job harmless. It carries no secret,
 * so a send cut short is simply sent again. Someone who signed up through an invitation (they own
 * no organization; their address's invitation was accepted) is welcomed to the organization they
 * joined, by name of who invited them, rather than asked to invite their own teammates.
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
    compose: async () =>
      renderEmail('welcome', { name: user.name, appUrl: ctx.appUrl, ...(await joinedThrough(ctx.em, user)) }),
  });
  ctx.logger.info({ userId, outcome }, `welcome email ${outcome}`);
  return outcome;
}

/** The organization an invited person joined at sign-up and who invited them; {} for a founder. */
async function joinedThrough(
  em: EntityManager,
  user: User,
): Promise<{ joinedOrgName?: string; inviterName?: string | null }> {
  if (await em.count(Membership, { user: user.id, role: 'owner' })) return {};
  const invitation = await em.findOne(
    Invitation,
    { email: user.email, state: 'accepted' },
    { populate: ['organization', 'invitedBy'], orderBy: { respondedAt: 'asc' } },
  );
  if (!invitation) return {};
  return {
    joinedOrgName: invitation.organization.getEntity().name,
    inviterName: invitation.invitedBy?.getEntity().name ?? null,
  };
}
