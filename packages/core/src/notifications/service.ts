import {
  Invitation,
  Notification,
  User,
  type EntityManager,
  type NotificationData,
  type NotificationType,
} from '@roster/db';
import type { AccountScope } from '../scope.js';
import { signedInUser } from '../users/signed-in.js';
import { invitedProjectsOf } from './invited-projects.js';
import { statusOf } from '../vocabulary/statuses.js';
import type { MarkedReadDto, NotificationDto, UnreadCountDto } from './dto.js';

/**
 * Adds a notification to the user's bell (in the caller's transaction; flushed with it). The
 * subscribers' tool: use cases record events, and subscribers/ turns them into notifications.
 */
export function notify(
  em: EntityManager,
  userId: string,
  type: NotificationType,
  data: NotificationData,
): void {
  em.create(Notification, { user: em.getReference(User, userId), type, data });
}

/**
 * `notification.list`: the user's newest notifications. An invitation's comes with the invitation
 * as it is now (read for all of them at once): how it ended, or the projects it adds while it can
 * still be answered. Only for a verified address, the only one that may answer them from the bell.
 */
export async function listNotifications(
  scope: AccountScope,
  input?: { limit?: number },
): Promise<NotificationDto[]> {
  const viewer = signedInUser(scope);
  const { em } = scope;
  const rows = await em.find(
    Notification,
    { user: viewer.id },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: input?.limit ?? 30 },
  );
  const invitationIds = rows.flatMap((n) => (n.data.invitationId ? [n.data.invitationId] : []));
  const invitations =
    invitationIds.length === 0 || !viewer.emailVerified
      ? []
      : await em.find(
          Invitation,
          { id: { $in: invitationIds } },
          { fields: ['state', 'expiresAt', 'projects', 'organization'] },
        );
  const pending = invitations.filter((i) => statusOf(i) === 'pending');
  const projects = await invitedProjectsOf(em, pending);
  const now = new Map(
    invitations.map((i) => [i.id, { status: statusOf(i), projects: projects.get(i.id) ?? [] }]),
  );
  return rows.map((n) => {
    const invitation = (n.type === 'invitation' && now.get(n.data.invitationId ?? '')) || null;
    return {
      id: n.id,
      type: n.type,
      data: n.data,
      read: n.readAt !== null,
      createdAt: n.createdAt.toISOString(),
      actionable: invitation?.status === 'pending',
      invitation,
    };
  });
}

function countUnread(em: EntityManager, userId: string): Promise<number> {
  return em.count(Notification, { user: userId, readAt: null });
}

/** `notification.unreadCount`: the number on the bell. */
export async function countUnreadNotifications(scope: AccountScope): Promise<UnreadCountDto> {
  return { count: await countUnread(scope.em, signedInUser(scope).id) };
}

/**
 * `notification.markRead`: marks the user's notifications read, those named or all. Others' ids
 * are silently ignored.
 */
export async function markNotificationsRead(
  scope: AccountScope,
  input?: { ids?: string[] },
): Promise<MarkedReadDto> {
  const { id: userId } = signedInUser(scope);
  const ids = input?.ids;
  await scope.em.nativeUpdate(
    Notification,
    { user: userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) },
    { readAt: scope.now },
  );
  return { unread: await countUnread(scope.em, userId) };
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
