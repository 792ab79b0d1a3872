import { EmailDelivery, Invitation, type EntityManager } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';
import { newInvitationToken } from '../invitations/token.js';
import { markEmailSkipped } from './deliveries.js';

/**
 * The sweep's part for one owed invitation email (delivery `key`, still `queued` and untouched
 * since `untouchedSince`). Its token lived only in the job, so a lost job cannot be enqueued again
 * as it was: while the invitation is still pending on the same link, the link gets a NEW token (the
 * old one was never mailed) and the job is enqueued with it. An invitation answered, revoked,
 * expired or resent since owes nothing: the delivery is marked skipped. Returns whether it enqueued.
 */
export async function requeueInvitationEmail(
  em: EntityManager,
  jobs: JobQueue,
  key: string,
  { invitationId, send }: { invitationId: string; send: number },
  untouchedSince: Date,
): Promise<boolean> {
  if (await jobs.has('email.invitation', { invitationId, send })) return false;
  const now = new Date();
  // One sweep takes the delivery (several workers may sweep at once): the one that moves it on.
  const taken = await em.nativeUpdate(
    EmailDelivery,
    { key, status: 'queued', updatedAt: { $lt: untouchedSince } },
    { updatedAt: now },
  );
  if (taken === 0) return false;
  const { token, tokenHash } = newInvitationToken();
  const reissued = await em.nativeUpdate(
    Invitation,
    {
      id: invitationId,
      state: 'pending',
      sendCount: send,
      $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
    },
    { tokenHash, updatedAt: now },
  );
  if (reissued === 0) {
    await markEmailSkipped(em, key);
    return false;
  }
  await jobs.enqueue('email.invitation', { invitationId, send, token });
  return true;
}
