// Helpers for invitation tests: the link token as the worker would get it, and people.
import { EmailDelivery, Invitation, forkEm } from '@roster/db';
import { dispatchPendingEvents } from './events-fixtures.js';
import type { Caller, Harness } from './harness.js';

/**
 * The token of an invitation's `send`-th link, read from its queued email job (the database only
 * holds the token's hash, the job is the one place it exists until the email goes out). The job is
 * the worker's: its dispatch of the invitation's events issues the token, so they are dispatched
 * first.
 */
export async function linkToken(h: Harness, invitationId: string, send = 1): Promise<string> {
  await dispatchPendingEvents(h);
  const data = await h.deps.redis.hget(`${h.prefix}:email:invitation-${invitationId}-${send}`, 'data');
  if (!data) throw new Error(`no email job for invitation ${invitationId} (link ${send})`);
  return (JSON.parse(data) as { token: string }).token;
}

/** Invites one email as `caller` and returns the invitation id and its link token. */
export async function invite(
  h: Harness,
  caller: Caller,
  orgId: string,
  email: string,
  role: 'admin' | 'member' = 'member',
  projects?: { projectId: string; role: 'manager' | 'contributor' | 'viewer' }[],
): Promise<{ invitationId: string; token: string }> {
  const { results } = await caller.invitation.create({ orgId, emails: email, role, projects });
  const invitationId = results[0]?.invitationId;
  if (results[0]?.status !== 'invited' || !invitationId) {
    throw new Error(`expected ${email} to be invited, got ${JSON.stringify(results)}`);
  }
  return { invitationId, token: await linkToken(h, invitationId) };
}

/** Moves an invitation's expiry into the past. */
export async function expire(h: Harness, invitationId: string): Promise<void> {
  await forkEm(h.db.orm).nativeUpdate(
    Invitation,
    { id: invitationId },
    { expiresAt: new Date(Date.now() - 1000) },
  );
}

/** Makes an invitation's last email a minute and a half old, past the resend cooldown. */
export async function coolDown(h: Harness, invitationId: string): Promise<void> {
  const em = forkEm(h.db.orm);
  const { sendCount } = await em.findOneOrFail(Invitation, { id: invitationId });
  await em.nativeUpdate(
    EmailDelivery,
    { key: `invitation:${invitationId}:${sendCount}` },
    { createdAt: new Date(Date.now() - 90_000) },
  );
}
