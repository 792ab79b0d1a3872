import { z } from 'zod';
import { notificationTypes } from './schemas.js';

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
  }),
  read: z.boolean(),
  createdAt: z.string(),
  /** For invitations: whether it can still be accepted or declined (pending, unexpired). */
  actionable: z.boolean(),
});
export type NotificationDto = z.infer<typeof notificationDtoSchema>;

export const unreadCountDtoSchema = z.object({ count: z.number() });
export type UnreadCountDto = z.infer<typeof unreadCountDtoSchema>;

/** After marking read: how many are still unread. */
export const markedReadDtoSchema = z.object({ unread: z.number() });
export type MarkedReadDto = z.infer<typeof markedReadDtoSchema>;
