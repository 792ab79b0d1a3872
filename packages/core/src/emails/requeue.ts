import { EmailDelivery, type EntityManager } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';
import { invitationOfKey, userIdOfWelcomeKey } from './keys.js';
import { requeueInvitationEmail } from './requeue-invitation.js';

/**
 * Enqueues again the job of every email still owed (`queued`) and untouched for `olderThanMs`:
 * an enqueue that failed after its transaction committed (Redis away for a moment) must not lose
 * the email. A job that still exists keeps its id, so this never doubles one; the worker's claim
 * on the delivery row keeps an email from going out twice in any case. Returns how many it enqueued.
 */
export async function requeueOwedEmails(
  em: EntityManager,
  jobs: JobQueue,
  { olderThanMs = 60_000, limit = 500 }: { olderThanMs?: number; limit?: number } = {},
): Promise<number> {
  const untouchedSince = new Date(Date.now() - olderThanMs);
  const owed = await em.find(
    EmailDelivery,
    { status: 'queued', updatedAt: { $lt: untouchedSince } },
    { orderBy: { createdAt: 'asc' }, limit },
  );
  let enqueued = 0;
  for (const delivery of owed) {
    if (await requeueOne(em, jobs, delivery, untouchedSince)) enqueued += 1;
  }
  return enqueued;
}

async function requeueOne(
  em: EntityManager,
  jobs: JobQueue,
  delivery: EmailDelivery,
  untouchedSince: Date,
): Promise<boolean> {
  const userId = delivery.template === 'welcome' ? userIdOfWelcomeKey(delivery.key) : null;
  if (userId) {
    await jobs.enqueue('email.welcome', { userId });
    return true;
  }
  const link = delivery.template === 'invitation' ? invitationOfKey(delivery.key) : null;
  if (link) return requeueInvitationEmail(em, jobs, delivery.key, link, untouchedSince);
  return false;
}
