import { z } from 'zod';
import { projectRoles } from '../vocabulary/roles.js';
import { invitationStatuses } from '../vocabulary/statuses.js';
import { notificationTypes } from './schemas.js';

/** A live project an invitation adds its invitee to, with the role there (bell, invite page, email). */
export const invitedProjectDtoSchema = z.object({ name: z.string(), role: z.enum(projectRoles) });
export type InvitedProjectDto = z.infer<typeof invitedProjectDtoSchema>;

/** A notification in the bell, with what it says kept as it was when it happened. */
export const notificationDtoSchema = z.object({
  id: z.string(),
  type: z.enum(notificationTypes),
  data: z.object({
    orgId: z.string(),
    orgName: z.string(),
    actorName: z.string().optional(),
    role: z.string().optional(),
    invitationId: z.string().optional(),
    pluginName: z.string().optional(),
    installerName: z.string().optional(),
    metric: z.string().optional(),
    percent: z.number().optional(),
  }),
  read: z.boolean(),
  createdAt: z.string(),
  /** For invitations: whether it can still be accepted or declined (pending, unexpired). */
  actionable: z.boolean(),
  /**
   * For invitations, the invitation as it is now: its status (an old one shows how it ended) and,
   * while it is pending, the live projects accepting adds. Null for other notifications, and until
   * the viewer's email is verified.
   */
  invitation: z
    .object({ status: z.enum(invitationStatuses), projects: z.array(invitedProjectDtoSchema) })
    .nullable(),
});
export type NotificationDto = z.infer<typeof notificationDtoSchema>;

export const unreadCountDtoSchema = z.object({ count: z.number() });
export type UnreadCountDto = z.infer<typeof unreadCountDtoSchema>;

/** After marking read: how many are still unread. */
export const markedReadDtoSchema = z.object({ unread: z.number() });
export type MarkedReadDto = z.infer<typeof markedReadDtoSchema>;
