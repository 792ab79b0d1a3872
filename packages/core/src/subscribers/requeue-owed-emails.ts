import type { FilterQuery } from '@mikro-orm/core';
import { EmailDelivery, type EntityManager } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';
import { owedEmailKinds, requeueOwedEmail } from './owed-emails.js';

/**
 * The owed states nobody may be working on: `queued` and untouched for a while (its enqueue was lost,
 * or its job finished or failed without sending), and `sending` past its lease (its worker died, or
 * could not record the outcome).
 */
function abandoned(
  now: Date,
  untouchedSince: Date,
): Record<'queued' | 'sending', FilterQuery<EmailDelivery>> {
  return {
    queued: {
      status: 'queued',
      updatedAt: { $lt: untouchedSince },
      $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lt: untouchedSince } }],
    },
    sending: { status: 'sending', $or: [{ leaseExpiresAt: null }, { leaseExpiresAt: { $lt: now } }] },
  };
}

/**
 * The sweep: every email still owed whose job is gone is enqueued again (with a new token for a
 * link, see `owedEmailKinds`). An email whose job still exists is left to it: a delayed retry, or
 * a job that will take over a lapsed lease itself. Returns how many it enqueued.
 */
export async function requeueOwedEmails(
  em: EntityManager,
  jobs: JobQueue,
  { olderThanMs = 60_000, limit = 500 }: { olderThanMs?: number; limit?: number } = {},
): Promise<number> {
  const now = new Date();
  const states = abandoned(now, new Date(now.getTime() - olderThanMs));
  const owed = await em.find(
    EmailDelivery,
    { $or: [states.queued, states.sending] },
    { orderBy: { createdAt: 'asc' }, limit },
  );
  let enqueued = 0;
  for (const delivery of owed) {
    const kind = owedEmailKinds[delivery.template];
    const job = kind?.job(delivery.key);
    if (!kind || !job || (await jobs.willRun(job.name, job.idParts as never))) continue;
    // One sweep takes the delivery (several workers may sweep at once): the one that moves it on.
    const state = delivery.status === 'sending' ? states.sending : states.queued;
    const taken = await em.nativeUpdate(
      EmailDelivery,
      { $and: [{ id: delivery.id }, state] },
      { status: 'queued', leaseExpiresAt: null, nextAttemptAt: null, updatedAt: new Date() },
    );
    if (taken === 0) continue;
    await jobs.removeFinished(job.name, job.idParts as never);
    if (await requeueOwedEmail(em, jobs, kind, delivery.key)) enqueued += 1;
  }
  return enqueued;
}
