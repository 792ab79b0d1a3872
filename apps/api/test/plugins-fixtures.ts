// Plugins for API tests: settings that pass core's checks, and the rows as stored.
import { AuditRecord, Event, Notification, Plugin, forkEm } from '@roster/db';
import type { Caller, Harness } from './harness.js';

/** A public IP literal: passes the private-address check without any DNS lookup. */
export const publicUrl = 'https://93.184.215.14/hooks/roster';

export const webhookInput = (orgId: string, name?: string) => ({
  orgId,
  kind: 'webhook' as const,
  ...(name ? { name } : {}),
  config: { url: publicUrl, events: ['member.removed' as const] },
});

export const usageAlertInput = (orgId: string) => ({
  orgId,
  kind: 'usage_alert' as const,
  config: { percent: 80, metrics: ['apiCalls' as const] },
});

export function installWebhook(caller: Caller, orgId: string, name?: string) {
  return caller.plugin.install(webhookInput(orgId, name));
}

/** The organization's plugins as stored (ids), oldest first. */
export async function storedPlugins(h: Harness, orgId: string): Promise<Plugin[]> {
  return forkEm(h.db.orm).find(Plugin, { organization: orgId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** The organization's events of one name, oldest first. */
export async function eventsNamed(h: Harness, orgId: string, name: string): Promise<Event[]> {
  return forkEm(h.db.orm).find(
    Event,
    { organizationId: orgId, name },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** A user's 'plugin_uninstalled' notifications. */
export async function uninstalledNotes(h: Harness, userId: string): Promise<Notification[]> {
  return forkEm(h.db.orm).find(
    Notification,
    { user: userId, type: 'plugin_uninstalled' },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** The organization's audit records of one action, oldest first. */
export async function auditOf(h: Harness, orgId: string, action: string): Promise<AuditRecord[]> {
  return forkEm(h.db.orm).find(
    AuditRecord,
    { organization: orgId, action },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}
