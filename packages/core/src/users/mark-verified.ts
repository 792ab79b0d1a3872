import { User } from '@roster/db';
import type { AnyScope } from '../scope.js';

/**
 * The user proved they receive mail at their address (a link sent to it): marks it verified, once,
 * in the scope's transaction, and records `user.email_verified` only then (its subscriber gives
 * them the bell notifications of the invitations waiting for the address, since only a verified
 * address may see and answer invitations by id).
 */
export async function markEmailVerified(tx: AnyScope, user: { id: string; email: string }): Promise<void> {
  const changed = await tx.em.nativeUpdate(
    User,
    { id: user.id, email: user.email, emailVerifiedAt: null },
    { emailVerifiedAt: tx.now, updatedAt: tx.now },
  );
  if (changed > 0) await tx.record('user.email_verified', { userId: user.id, email: user.email });
}
