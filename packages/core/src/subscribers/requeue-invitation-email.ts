import { Invitation, type EntityManager } from '@roster/db';
import { newLinkToken } from '../vocabulary/tokens.js';
import { markEmailSkipped } from '../emails/deliveries.js';
import { invitationOfKey } from '../emails/keys.js';
import type { OwedJob } from './owed-emails.js';

/**
 * A new token for link `send` of an invitation, while that link is still owed (pending, not
 * resent since, not expired); with `currentHash`, only while the link still carries that token.
 * The old token stops working at once. Returns the new token, or null when nothing is owed.
 */
export async function reissueInvitationToken(
  em: EntityManager,
  { invitationId, send }: { invitationId: string; send: number },
  currentHash?: string,
): Promise<string | null> {
  const now = new Date();
  const { token, tokenHash } = newLinkToken();
  const reissued = await em.nativeUpdate(
    Invitation,
    {
      id: invitationId,
      state: 'pending',
      sendCount: send,
      ...(currentHash ? { tokenHash: currentHash } : {}),
      $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
    },
    { tokenHash, updatedAt: now },
  );
  return reissued > 0 ? token : null;
}

/**
 * The job of an owed invitation email whose job is gone (lost before it reached Redis, finished
 * without sending, or killed mid-send), or never made (its event just committed). Its token lives
 * only in that job, so the link gets a NEW token (an old one, maybe mailed by a send that was cut
 * short, stops working). An invitation answered, revoked, expired or resent since owes nothing:
 * the delivery is marked skipped and it answers null.
 */
export async function prepareInvitationEmail(em: EntityManager, key: string): Promise<OwedJob | null> {
  const link = invitationOfKey(key);
  if (!link) return null;
  const token = await reissueInvitationToken(em, link);
  if (!token) {
    await markEmailSkipped(em, key);
    return null;
  }
  return { name: 'email.invitation', payload: { ...link, token } };
}
