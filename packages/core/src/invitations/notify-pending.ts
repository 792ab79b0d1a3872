import type { EntityManager } from '@roster/db';
import { findOpenInvitationsFor } from './find.js';
import { notify } from '../notifications/service.js';

/**
 * A new account starts with a notification for each invitation already waiting for its email
 * (sent before the account existed), so the bell offers Accept / Decline for them too.
 */
export async function notifyPendingInvitations(
  em: EntityManager,
  user: { id: string; email: string },
): Promise<void> {
  const waiting = await findOpenInvitationsFor(em, user.email);
  for (const invitation of waiting) {
    notify(em, user.id, 'invitation', {
      orgId: invitation.organization.id,
      orgName: invitation.organization.getEntity().name,
      actorName: invitation.invitedBy?.getEntity().name,
      role: invitation.role,
      invitationId: invitation.id,
    });
  }
}
