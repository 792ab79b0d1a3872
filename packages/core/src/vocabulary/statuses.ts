import { isExpired } from './expiry.js';

/** What an invitation reads as; `expired` is a pending invitation past its expiry. */
export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked', 'declined'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** The delivery state of the email of an invitation's current link. */
export const emailStatuses = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** What an invitation reads as now: a pending one past its expiry is `expired`. */
export function statusOf(invitation: { state: InvitationStatus; expiresAt: Date | null }): InvitationStatus {
  if (invitation.state === 'pending' && isExpired(invitation.expiresAt)) return 'expired';
  return invitation.state;
}
