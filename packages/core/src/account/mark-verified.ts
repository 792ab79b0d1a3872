import { User, type EntityManager } from '@roster/db';
import { notifyPendingInvitations } from '../invitations/notify-pending.js';

/**
 * The user proved they receive mail at their address (a link sent to it): marks it verified, once,
 * and only then gives them the bell notifications of the invitations waiting for it, since only
 * a verified address may see and answer invitations by id. In the caller's transaction.
 */
export async function markEmailVerified(tx: EntityManager, user: { id: string; email: string }) {
  const now = new Date();
  const changed = await tx.nativeUpdate(
    User,
    { id: user.id, email: user.email, emailVerifiedAt: null },
    { emailVerifiedAt: now, updatedAt: now },
  );
  if (changed > 0) await notifyPendingInvitations(tx, user);
}
