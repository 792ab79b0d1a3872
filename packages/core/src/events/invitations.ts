import { z } from 'zod';
import { invitableRoles } from '../vocabulary/roles.js';

const role = z.enum(invitableRoles);

const invitationId = z.uuid();
/** Which link of the invitation (resend issues the next one). */
const send = z.number().int().min(1);

/**
 * An invitation's life. Payloads name the invitation and its address, never its token: the link's
 * secret is issued by the worker when the email goes out, and exists only in that email.
 */
export const invitationEvents = {
  'invitation.created': z.object({
    invitationId,
    email: z.string(),
    role,
    /** The invitee's account, when the address already has a verified one (their bell). */
    inviteeUserId: z.uuid().nullable(),
  }),
  'invitation.resent': z.object({ invitationId, email: z.string(), send }),
  'invitation.revoked': z.object({ invitationId, send, inviteeUserId: z.uuid().nullable() }),
  'invitation.accepted': z.object({ invitationId, send, userId: z.uuid(), role }),
  'invitation.declined': z.object({ invitationId, send, userId: z.uuid() }),
};
