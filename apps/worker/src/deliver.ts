import { createHash } from 'node:crypto';
import {
  claimEmailDelivery,
  defaultEmailRetryPolicy,
  markEmailFailed,
  markEmailSent,
  markEmailSkipped,
  type EmailClaim,
  type EmailRetryPolicy,
} from '@roster/core';
import type { EntityManager } from '@roster/db';
import { UnrecoverableError } from 'bullmq';
import type { JobContext } from './handlers/types.js';
import type { OutgoingEmail } from './mailer.js';

export interface DeliverySettings {
  /**
   * How long a claim to send holds: well above the longest a send can take (the SMTP mailer's
   * timeouts bound it to a few minutes), since a lapsed lease is taken as its worker having died.
   */
  leaseMs: number;
  retry: EmailRetryPolicy;
}

export const defaultDeliverySettings: DeliverySettings = {
  leaseMs: 10 * 60_000,
  retry: defaultEmailRetryPolicy,
};

export interface DeliverySteps {
  /** The email to send, rendered once the claim is held. */
  compose(): Promise<Omit<OutgoingEmail, 'to'>>;
  /**
   * Called when this claim took over a lapsed lease: the attempt before was cut short mid-send, so
   * its email may have gone out. An email carrying a token gets a new one here (no token is ever
   * mailed twice); false when the email is no longer owed.
   */
  takeOver?(): Promise<boolean>;
}

/**
 * The worker's half of the delivery state machine (see core's deliveries.ts), for one email:
 * claim, send, record. Until the email is sent, given up or no longer owed the job never finishes:
 * it waits (delayed in Redis, holding its payload) for its retry or for another holder's lease.
 */
export async function deliverOnce(ctx: JobContext, key: string, steps: DeliverySteps): Promise<string> {
  const outcome = await claimEmailDelivery(ctx.em, key, ctx.delivery.leaseMs);
  if ('done' in outcome) return `skipped: ${outcome.done}`;
  if ('retryAt' in outcome) {
    // Another holder usually finishes in moments: look again soon rather than at its lease's end.
    const soon = Date.now() + ctx.delivery.retry.firstDelayMs;
    const at = outcome.heldByAnother ? Math.min(outcome.retryAt.getTime(), soon) : outcome.retryAt.getTime();
    return ctx.retryAt(new Date(at));
  }
  const { claim } = outcome;
  if (claim.tookOver && steps.takeOver && !(await steps.takeOver())) {
    await markEmailSkipped(ctx.em, key);
    return 'skipped: no longer owed';
  }
  try {
    const email = { to: claim.delivery.recipient, ...(await steps.compose()) };
    const { messageId } = await ctx.mailer.send({ ...email, messageId: stableMessageId(ctx, key, email) });
    ctx.logger.info({ key, messageId, via: ctx.mailer.kind, attempt: claim.attempt }, 'email sent');
  } catch (error) {
    return failed(ctx, claim, error);
  }
  if (!(await onFreshConnection(ctx, (em) => markEmailSent(em, claim)))) {
    ctx.logger.warn({ key }, 'email sent, but its claim had been taken over meanwhile');
  }
  return 'sent';
}

/**
 * The Message-ID of this email: the same for the same delivery with the same content. A send cut
 * short after the server took the message (the worker killed before recording it) cannot be told
 * from one that never arrived, so the email is sent again: as the same message, which the
 * recipient's mail system can show once. An email whose link was replaced meanwhile differs, and
 * so does its id.
 */
function stableMessageId(ctx: JobContext, key: string, email: Omit<OutgoingEmail, 'messageId'>): string {
  const hash = createHash('sha256');
  for (const part of [key, email.to, email.subject, email.text, email.html]) hash.update(part).update('\0');
  return `<${hash.digest('hex').slice(0, 40)}@${new URL(ctx.appUrl).hostname}>`;
}

async function failed(ctx: JobContext, claim: EmailClaim, error: unknown): Promise<string> {
  const message = error instanceof Error ? error.message : String(error);
  const key = claim.delivery.key;
  const outcome = await onFreshConnection(ctx, (em) =>
    markEmailFailed(em, claim, message, ctx.delivery.retry),
  );
  if ('lost' in outcome) return 'skipped: claim taken over';
  if ('final' in outcome) {
    ctx.logger.error({ key, err: error, attempts: claim.attempt }, 'email failed for good');
    throw new UnrecoverableError(`email given up after ${claim.attempt} attempts: ${message}`);
  }
  ctx.logger.warn({ key, err: error, retryAt: outcome.retryAt }, 'email failed, will retry');
  return ctx.retryAt(outcome.retryAt);
}

/**
 * Records an outcome on a fresh EntityManager, trying a few times: the job's own may be the one
 * whose connection just broke. Should it still fail, the claim's lease running out covers it.
 */
async function onFreshConnection<T>(ctx: JobContext, write: (em: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(ctx.freshEm());
    } catch (error) {
      if (attempt >= 3) throw error;
      ctx.logger.warn({ err: error, attempt }, 'could not record an email outcome, trying again');
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
