import { EmailDelivery } from '@roster/db';
import { owedEmailKinds } from './owed-emails.js';
import type { DispatchContext, OwedEmail } from './types.js';

/**
 * The after-commit half of an event's emails: each delivery still queued whose job does not exist
 * yet gets one (a link gets its token here, see `owedEmailKinds`). A delivery already sent, being
 * sent, or with a job that will run is left alone, so dispatching twice sends nothing twice.
 */
export async function sendOwedEmails(ctx: DispatchContext, owed: OwedEmail[]): Promise<void> {
  if (owed.length === 0) return;
  const queued = await ctx.em.find(
    EmailDelivery,
    { key: { $in: owed.map((e) => e.key) }, status: 'queued' },
    { fields: ['key', 'template'] },
  );
  for (const delivery of queued) {
    const kind = owedEmailKinds[delivery.template];
    const job = kind?.job(delivery.key);
    if (!kind || !job) continue;
    if (await ctx.jobs.willRun(job.name, job.idParts as never)) continue;
    await ctx.jobs.removeFinished(job.name, job.idParts as never);
    await kind.requeue(ctx.em, ctx.jobs, delivery.key);
  }
}
