import { EmailDelivery } from '@roster/db';
import { owedEmailKinds } from './owed-emails.js';
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
  for (const delivery of queued) {
    const kind = owedEmailKinds[delivery.template];
    const job = kind?.job(delivery.key);
    if (!kind || !job) continue;
    // Untouched since its event wrote it: no job was ever made for it (whoever makes one, a dispatch
    // or the sweep, takes the delivery first; a worker's claim moves it on), so Redis is not asked.
    if (delivery.updatedAt.getTime() - delivery.createdAt.getTime() > untouchedWithinMs) continue;
    const takenAt = new Date();
    const taken = await ctx.em.nativeUpdate(
      EmailDelivery,
      { id: delivery.id, status: 'queued', updatedAt: delivery.updatedAt },
      { updatedAt: takenAt },
    );
    if (taken === 0) continue;
    try {
      await kind.requeue(ctx.em, ctx.jobs, delivery.key);
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
