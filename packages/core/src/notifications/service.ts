import { statusOf } from '../vocabulary/statuses.js';
import {
  Invitation,
  Notification,
  User,
  type EntityManager,
  type NotificationData,
  type NotificationType,
} from '@roster/db';

export interface NotificationDto {
  id: string;
  type: NotificationType;
  data: NotificationData;
  read: boolean;
  createdAt: string;
  /** For invitations: whether it can still be accepted or declined (pending, unexpired). */
  actionable: boolean;
}

/** Adds a notification to the user's bell (in the caller's transaction; flushed with it). */
export function notify(
  em: EntityManager,
  userId: string,
  type: NotificationType,
  data: NotificationData,
): void {
  em.create(Notification, { user: em.getReference(User, userId), type, data });
}

/**
 * The user's newest notifications. Invitations are actionable only for a verified address, the
 * only one that may answer them from the bell.
 */
export async function listNotifications(
  em: EntityManager,
  viewer: { id: string; emailVerified: boolean },
  limit = 30,
): Promise<NotificationDto[]> {
  const rows = await em.find(
    Notification,
    { user: viewer.id },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit },
  );
  const invitationIds = rows.flatMap((n) => (n.data.invitationId ? [n.data.invitationId] : []));
  const open = new Set(
    invitationIds.length === 0 || !viewer.emailVerified
      ? []
      : (await em.find(Invitation, { id: { $in: invitationIds } }, { fields: ['state', 'expiresAt'] }))
          .filter((i) => statusOf(i) === 'pending')
          .map((i) => i.id),
  );
  return rows.map((n) => ({
    id: n.id,
    type: n.type,
    data: n.data,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
    actionable: n.type === 'invitation' && open.has(n.data.invitationId ?? ''),
  }));
}

export async function countUnreadNotifications(em: EntityManager, userId: string): Promise<number> {
  return em.count(Notification, { user: userId, readAt: null });
}

/** Marks the user's notifications read: those named, or all. Others' ids are silently ignored. */
export async function markNotificationsRead(
  em: EntityManager,
  userId: string,
  ids?: string[],
): Promise<{ unread: number }> {
  await em.nativeUpdate(
    Notification,
    { user: userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) },
    { readAt: new Date() },
  );
  return { unread: await countUnreadNotifications(em, userId) };
}

/** An invitation's notification is read once the invitation is answered (or revoked). */
export async function markInvitationNotificationsRead(
  em: EntityManager,
  userId: string,
  invitationId: string,
): Promise<void> {
  const rows = await em.find(Notification, { user: userId, type: 'invitation', readAt: null });
  for (const row of rows) if (row.data.invitationId === invitationId) row.readAt = new Date();
}
