import { EmailDelivery } from '@roster/db';
import { owedEmailKinds, type OwedJob } from './owed-emails.js';
import type { DispatchContext, OwedEmail } from './types.js';

/**
 * A delivery whose `updatedAt` is this close to its `createdAt` is as its event's transaction wrote
 * it (both are stamped at that flush). Anything later means someone took it since: the owed-email
 * sweep (which takes only deliveries untouched for far longer) or an earlier dispatch.
 */
const untouchedWithinMs = 50;

/**
 * The after-commit half of an event's emails: each delivery still queued, untouched since its
 * event wrote it and whose job does not exist yet, gets one (a link gets its token here, see
 * `owedEmailKinds`). The dispatch takes the delivery first by touching it, conditionally on what it
 * read, and the owed-email sweep takes one only if untouched for a while: of a late dispatch and
 * the sweep (the worker was away) one sends, never both, so a link never gets two tokens with the
 * job mailing the one replaced. A delivery already sent, being sent, with a job that will run, or
 * taken by someone else is left alone, so dispatching twice sends nothing twice. Answers the
 * emails whose job could not be made (each given back as it was), with their errors.
 */
export async function sendOwedEmails(
  ctx: DispatchContext,
  owed: OwedEmail[],
): Promise<{ failed: Map<string, unknown> }> {
  const failed = new Map<string, unknown>();
  if (owed.length === 0) return { failed };
  const queued = await ctx.em.find(
    EmailDelivery,
    { key: { $in: owed.map((e) => e.key) }, status: 'queued' },
    { fields: ['key', 'template', 'createdAt', 'updatedAt'] },
  );
  // Untouched since its event wrote it: no job was ever made for it (whoever makes one, a dispatch
  // or the sweep, takes the delivery first; a worker's claim moves it on), so Redis is not asked.
  const untouched = queued.filter(
    (d) => owedEmailKinds[d.template] && d.updatedAt.getTime() - d.createdAt.getTime() <= untouchedWithinMs,
  );
  const taken: { delivery: (typeof untouched)[number]; takenAt: Date; job: OwedJob }[] = [];
  try {
    // One transaction takes them all and issues their links: one commit for the batch.
    await ctx.em.transactional(async (tx) => {
      for (const delivery of untouched) {
        const takenAt = new Date();
        const won = await tx.nativeUpdate(
          EmailDelivery,
          { id: delivery.id, status: 'queued', updatedAt: delivery.updatedAt },
          { updatedAt: takenAt },
        );
        if (won === 0) continue;
        const job = await owedEmailKinds[delivery.template]!.prepare(tx, delivery.key);
        if (job) taken.push({ delivery, takenAt, job });
      }
    });
  } catch (error) {
    for (const delivery of untouched) failed.set(delivery.key, error);
    return { failed };
  }
  for (const { delivery, takenAt, job } of taken) {
    try {
      await ctx.jobs.enqueue(job.name, job.payload as never);
    } catch (error) {
      // Given back as it was (unless taken since), for this dispatch's retry; else the sweep sends it.
      await ctx.em
        .nativeUpdate(
          EmailDelivery,
          { id: delivery.id, status: 'queued', updatedAt: takenAt },
          { updatedAt: delivery.updatedAt },
        )
        .catch(() => undefined);
      failed.set(delivery.key, error);
    }
  }
  return { failed };
}
