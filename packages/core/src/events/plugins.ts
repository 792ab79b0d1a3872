import { z } from 'zod';
import { pluginKinds, usageAlertMetrics } from '../vocabulary/plugins.js';

const pluginId = z.uuid();
const kind = z.enum(pluginKinds);
/** A plugin's settings as shown in the audit log (never a secret). */
const config = z.record(z.string(), z.unknown());

/** Plugins of the organization (§8) and what they do. */
export const pluginEvents = {
  'plugin.installed': z.object({ pluginId, kind, name: z.string(), config }),
  'plugin.configured': z.object({
    pluginId,
    kind,
    name: z.string(),
    config,
    previousName: z.string().optional(),
    previousConfig: config.optional(),
  }),
  /**
   * Removed by an owner/admin (`uninstalled`), or with the admin who installed it: demoted,
   * removed, or leaving (the installer's rule, §3).
   */
  'plugin.uninstalled': z.object({
    pluginId,
    kind,
    name: z.string(),
    installedBy: z.uuid().nullable(),
    reason: z.enum(['uninstalled', 'installer_demoted', 'installer_removed', 'installer_left']),
  }),
  /**
   * A usage alert went out: `metric` reached `percent` % of its limit this month (`threshold` is
   * the plugin's setting). `recipients`: the owners and admins told (bell and email) when it was
   * sent, as the email ledger needs them (its `emails` subscribers only see the payload).
   */
  'usage.alert_sent': z.object({
    pluginId,
    metric: z.enum(usageAlertMetrics),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    percent: z.number().int().nonnegative(),
    threshold: z.number().int().min(1).max(100),
    used: z.number().nonnegative(),
    limit: z.number().nonnegative(),
    recipients: z.array(z.object({ userId: z.uuid(), email: z.string() })),
  }),
};
