import { Notification, type EntityManager } from '@roster/db';
import { findOpenInvitationsFor } from './find.js';
import { notify } from '../notifications/service.js';

/**
 * A newly verified address gets a notification for each invitation waiting for it (sent before
 * the account existed, or while it was unverified), so the bell offers Accept / Decline for them
 * too. An invitation the user already has a notification for (an account older than
 * verification) gets no second one.
 */
export async function notifyPendingInvitations(
  em: EntityManager,
  user: { id: string; email: string },
): Promise<void> {
  const waiting = await findOpenInvitationsFor(em, user.email);
  if (waiting.length === 0) return;
  const existing = await em.find(Notification, { user: user.id, type: 'invitation' }, { fields: ['data'] });
  const notified = new Set(existing.map((n) => n.data.invitationId));
  for (const invitation of waiting) {
    if (notified.has(invitation.id)) continue;
    notify(em, user.id, 'invitation', {
      orgId: invitation.organization.id,
      orgName: invitation.organization.getEntity().name,
      actorName: invitation.invitedBy?.getEntity().name,
      role: invitation.role,
      invitationId: invitation.id,
    });
  }
}
