// Helpers for account link tests: the verify-email and reset-password tokens as the worker gets them.
import { setTimeout } from 'node:timers/promises';
import { reissueAccountToken } from '@roster/core';
import { AccountToken, Event, forkEm, type AccountTokenPurpose } from '@roster/db';
import { dispatchPendingEvents } from './events-fixtures.js';
import type { Harness } from './harness.js';

const jobPrefix: Record<AccountTokenPurpose, string> = {
  verify_email: 'verify-email',
  reset_password: 'reset-password',
  change_email: 'confirm-email-change',
};

/**
 * The token of the user's newest link of this purpose, read from its queued email job (the
 * database only holds the token's hash; the job is the one place it exists until the email goes).
 * The worker's dispatch of the recorded events makes that job and issues its token: done here, as
 * these tests run no worker, until nothing is left to dispatch (a dispatch running at the same time
 * for another caller may hold the link's event for a moment; one that failed is tried again).
 */
export async function accountLinkToken(
  h: Pick<Harness, 'db' | 'deps' | 'prefix'>,
  purpose: AccountTokenPurpose,
  userId: string,
): Promise<string> {
  const [row] = await forkEm(h.db.orm).find(
    AccountToken,
    { user: userId, purpose },
    { orderBy: { createdAt: 'desc' }, limit: 1 },
  );
  if (!row) throw new Error(`no ${purpose} link for user ${userId}`);
  const jobKey = `${h.prefix}:email:${jobPrefix[purpose]}-${row.id}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    await dispatchPendingEvents(h).catch(() => 0);
    const data = await h.deps.redis.hget(jobKey, 'data');
    if (data) return (JSON.parse(data) as { token: string }).token;
    const pending = await forkEm(h.db.orm).count(Event, { dispatchedAt: null });
    if (pending === 0 || Date.now() > deadline) break;
    await setTimeout(20);
  }
  // The enqueue was lost (Redis too slow under load): do what the worker's sweep would, a new token.
  const token = await reissueAccountToken(forkEm(h.db.orm), row.id);
  if (!token) throw new Error(`no email job for the ${purpose} link ${row.id}, and it is no longer owed`);
  return token;
}

/** Moves the expiry of every link of the user into the past. */
export async function expireAccountTokens(h: Pick<Harness, 'db'>, userId: string): Promise<void> {
  await forkEm(h.db.orm).nativeUpdate(
    AccountToken,
    { user: userId },
    { expiresAt: new Date(Date.now() - 1000) },
  );
}

/** Makes every link of the user `ms` older, as if sent that much earlier (cooldowns). */
export async function ageAccountTokens(h: Pick<Harness, 'db'>, userId: string, ms: number): Promise<void> {
  const em = forkEm(h.db.orm);
  for (const row of await em.find(AccountToken, { user: userId })) {
    row.createdAt = new Date(row.createdAt.getTime() - ms);
  }
  await em.flush();
}

/** The seconds to wait that a TOO_MANY_ATTEMPTS error carries. */
export function retryAfterOf(error: unknown): number | undefined {
  return (error as { cause?: { details?: { retryAfterSeconds?: number } } }).cause?.details
    ?.retryAfterSeconds;
}
