import { randomUUID } from 'node:crypto';
import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import type { User } from './user.entity.js';

export type NotificationType =
  'invitation' | 'role_changed' | 'removed' | 'ownership_transferred' | 'plugin_uninstalled' | 'usage_alert';

/** What a notification says, kept as it was when it happened (names may change later). */
export interface NotificationData {
  orgId: string;
  orgName: string;
  actorName?: string;
  role?: string;
  invitationId?: string;
  /** plugin_uninstalled: the plugin's name and the admin it was installed by. */
  pluginName?: string;
  installerName?: string;
  /** usage_alert: the metric and the percentage of its limit reached. */
  metric?: string;
  percent?: number;
}

/** An in-app notification for one user (the bell). */
export class Notification {
  id: Opt<string> = randomUUID();
  user!: Ref<User>;
  type!: NotificationType;
  data!: NotificationData;
  readAt: Opt<Date> | null = null;
  createdAt: Opt<Date> = new Date();
}

export const NotificationSchema = new EntitySchema<Notification>({
  class: Notification,
  tableName: 'notifications',
  indexes: [{ name: 'notifications_user_created_index', properties: ['user', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: 'User', ref: true, deleteRule: 'cascade', index: false },
    type: { type: 'string', length: 30 },
    data: { type: 'json' },
    readAt: { type: t.datetime, nullable: true },
    createdAt: { type: t.datetime },
  },
});
