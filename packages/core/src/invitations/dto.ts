import { z } from 'zod';
import type { EmailDeliveryStatus, Invitation } from '@roster/db';
import { invitableRoles, projectRoles } from '../vocabulary/roles.js';
import { emailStatuses, invitationStatuses, statusOf, type EmailStatus } from '../vocabulary/statuses.js';
import { invitedProjectDtoSchema } from '../notifications/dto.js';
import { inviteOutcomes } from './constants.js';

const isoDate = z.iso.datetime();
const role = z.enum(invitableRoles);

/** An invitation as the members page lists it (`invitation.list`, `resend`, `revoke`). */
export const invitationDtoSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role,
  status: z.enum(invitationStatuses),
  /** The delivery of the current link's email; null when none is owed any more. */
  emailStatus: z.enum(emailStatuses).nullable(),
  expiresAt: isoDate.nullable(),
  createdAt: isoDate,
  invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The projects the invitee joins on acceptance, with their role there. */
  projects: z.array(z.object({ projectId: z.uuid(), role: z.enum(projectRoles) })),
});
export type InvitationDto = z.infer<typeof invitationDtoSchema>;

/** The answer for one email of `invitation.create`. */
export const inviteResultSchema = z.object({
  email: z.string(),
  status: z.enum(inviteOutcomes),
  /** The invitation made (`invited`) or already pending (`already_invited`). */
  invitationId: z.uuid().optional(),
});
export type InviteResult = z.infer<typeof inviteResultSchema>;

/** `invitation.create`: one answer per email, in the order given. */
export const createInvitationsResultSchema = z.object({ results: z.array(inviteResultSchema) });
export type CreateInvitationsResult = z.infer<typeof createInvitationsResultSchema>;

/** What the invite page shows to whoever holds the link (`invitation.preview`). */
export const invitationPreviewDtoSchema = z.object({
  orgName: z.string(),
  inviterName: z.string().nullable(),
  email: z.string(),
  role,
  status: z.enum(invitationStatuses),
  expiresAt: isoDate.nullable(),
  /** Whether the invited email has an account: the page offers sign in, else sign up. */
  accountExists: z.boolean(),
  /** The live projects accepting adds the invitee to, by name. */
  projects: z.array(invitedProjectDtoSchema),
});
export type InvitationPreviewDto = z.infer<typeof invitationPreviewDtoSchema>;

/** A pending invitation addressed to the signed-in person (`invitation.mine`). */
export const myInvitationDtoSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  inviterName: z.string().nullable(),
  role,
  expiresAt: isoDate.nullable(),
  createdAt: isoDate,
});
export type MyInvitationDto = z.infer<typeof myInvitationDtoSchema>;

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
