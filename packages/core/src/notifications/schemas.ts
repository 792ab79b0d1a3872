import { z } from 'zod';

export const notificationTypes = [
  'invitation',
  'role_changed',
  'removed',
  'ownership_transferred',
  'plugin_uninstalled',
  'usage_alert',
] as const;
export type NotificationType = (typeof notificationTypes)[number];

export const listNotificationsInput = z
  .object({ limit: z.number().int().min(1).max(100).optional() })
  .optional();

/** Marks the given notifications read, or all of them when `ids` is left out. */
export const markNotificationsReadInput = z
  .object({
    ids: z
      .array(z.uuid({ error: 'Not a valid notification id.' }))
      .max(100)
      .optional(),
  })
  .optional();
