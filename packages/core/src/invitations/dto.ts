import type { EmailDeliveryStatus, Invitation, InvitationProject } from '@roster/db';
import type { InvitableRole } from '../vocabulary/roles.js';
import { statusOf, type EmailStatus, type InvitationStatus } from '../vocabulary/statuses.js';

export interface InvitationDto {
  id: string;
  email: string;
  role: InvitableRole;
  status: InvitationStatus;
  /** The delivery of the current link's email; null when none is owed any more. */
  emailStatus: EmailStatus | null;
  expiresAt: string | null;
  createdAt: string;
  invitedBy: { id: string; name: string } | null;
  projects: InvitationProject[];
}

/** `sending` still reads as queued; `skipped` means nothing is owed. */
export function emailStatusOf(status: EmailDeliveryStatus | undefined): EmailStatus | null {
  if (status === undefined || status === 'skipped') return null;
  return status === 'sending' ? 'queued' : status;
}

export function toInvitationDto(
  invitation: Invitation,
  delivery: EmailDeliveryStatus | undefined,
  inviter: { id: string; name: string } | null,
): InvitationDto {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: statusOf(invitation),
    emailStatus: emailStatusOf(delivery),
    expiresAt: invitation.expiresAt?.toISOString() ?? null,
    createdAt: invitation.createdAt.toISOString(),
    invitedBy: inviter,
    projects: invitation.projects,
  };
}
