// Helpers for account link tests: the verify-email and reset-password tokens as the worker gets them.
import { AccountToken, forkEm, type AccountTokenPurpose } from '@roster/db';
import type { Harness } from './harness.js';

const jobPrefix: Record<AccountTokenPurpose, string> = {
  verify_email: 'verify-email',
  reset_password: 'reset-password',
};

/**
 * The token of the user's newest link of this purpose, read from its queued email job (the
 * database only holds the token's hash; the job is the one place it exists until the email goes).
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
  const data = await h.deps.redis.hget(`${h.prefix}:email:${jobPrefix[purpose]}-${row.id}`, 'data');
  if (!data) throw new Error(`no email job for the ${purpose} link ${row.id}`);
  return (JSON.parse(data) as { token: string }).token;
}
