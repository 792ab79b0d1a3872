import { z } from 'zod';
import { plainText, singleLineText } from '../common/schemas.js';
import { eventNames, type EventName } from '../events/contracts.js';
import { orgIdSchema } from '../vocabulary/ids.js';
import { pluginKinds, usageAlertMetrics, webhookDeliveryStatuses } from '../vocabulary/plugins.js';

/** The events of an organization a webhook can carry (account events are no organization's). */
export const webhookEventNames = eventNames.filter(
  (name) => !name.startsWith('user.') && !name.startsWith('account.'),
) as EventName[];

export const pluginIdSchema = z.uuid({ error: 'Not a valid plugin id.' });
export const pluginNameSchema = singleLineText({ max: 100, required: 'Enter a name.' }).pipe(
  z.string().min(1, { error: 'Enter a name.' }),
);

/**
 * A webhook's settings: an http(s) URL (whether it resolves to a private address is core's
 * check, at install and at every delivery) and the events it gets; `events` empty = all of them.
 */
export const webhookConfigSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL.' })
    .max(2000, { error: 'Use a URL of at most 2,000 characters.' }),
  events: z
    .array(z.enum(webhookEventNames as [EventName, ...EventName[]], { error: 'Not an event of Roster.' }))
    .max(webhookEventNames.length)
    .refine((events) => new Set(events).size === events.length, { error: 'Choose each event once.' }),
});
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;

/** A usage alert's settings: the percentage of a limit that triggers it, and which metrics. */
export const usageAlertConfigSchema = z.object({
  percent: z
    .number({ error: 'Enter a percentage.' })
    .int({ error: 'Enter a whole percentage.' })
    .min(1, { error: 'Choose 1 to 100 %.' })
    .max(100, { error: 'Choose 1 to 100 %.' }),
  metrics: z
    .array(z.enum(usageAlertMetrics, { error: 'Choose API calls, bandwidth out or storage.' }))
    .min(1, { error: 'Choose at least one metric.' })
    .max(usageAlertMetrics.length)
    .refine((metrics) => new Set(metrics).size === metrics.length, { error: 'Choose each metric once.' }),
});
export type UsageAlertConfig = z.infer<typeof usageAlertConfigSchema>;

export const pluginConfigSchemas = {
  webhook: webhookConfigSchema,
  usage_alert: usageAlertConfigSchema,
} as const;

const orgId = orgIdSchema;

/** `plugin.install`: the kind and its settings; the name defaults to the catalog's. */
export const installPluginInput = z.discriminatedUnion(
  'kind',
  [
    z.object({
      orgId,
      kind: z.literal('webhook'),
      name: pluginNameSchema.optional(),
      config: webhookConfigSchema,
    }),
    z.object({
      orgId,
      kind: z.literal('usage_alert'),
      name: pluginNameSchema.optional(),
      config: usageAlertConfigSchema,
    }),
  ],
  { error: 'Choose a plugin of the catalog.' },
);
export type InstallPluginInput = z.infer<typeof installPluginInput>;

/** `plugin.configure`: `kind` must be the plugin's (else PLUGIN_KIND_MISMATCH). */
export const configurePluginInput = z.discriminatedUnion(
  'kind',
  [
    z.object({
      orgId,
      pluginId: pluginIdSchema,
      kind: z.literal('webhook'),
      name: pluginNameSchema.optional(),
      config: webhookConfigSchema,
    }),
    z.object({
      orgId,
      pluginId: pluginIdSchema,
      kind: z.literal('usage_alert'),
      name: pluginNameSchema.optional(),
      config: usageAlertConfigSchema,
    }),
  ],
  { error: 'Choose a plugin of the catalog.' },
);
export type ConfigurePluginInput = z.infer<typeof configurePluginInput>;

export const pluginCatalogInput = z.object({ orgId });
export const listPluginsInput = z.object({ orgId });
export const uninstallPluginInput = z.object({ orgId, pluginId: pluginIdSchema });
export const listDeliveriesInput = z.object({
  orgId,
  pluginId: pluginIdSchema,
  cursor: plainText({ max: 200, error: 'Not a valid cursor.' }).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});
export const redeliverInput = z.object({ orgId, deliveryId: z.uuid({ error: 'Not a valid delivery id.' }) });

export const pluginCatalogEntryDtoSchema = z.object({
  kind: z.enum(pluginKinds),
  name: z.string(),
  description: z.string(),
  /** Whether an organization may install it more than once. */
  multiple: z.boolean(),
});
export type PluginCatalogEntryDto = z.infer<typeof pluginCatalogEntryDtoSchema>;

export const pluginDtoSchema = z.object({
  id: z.string(),
  kind: z.enum(pluginKinds),
  name: z.string(),
  /** The kind's settings (`webhookConfigSchema` / `usageAlertConfigSchema`). */
  config: z.record(z.string(), z.unknown()),
  installedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** A webhook's secret's first characters (`whsec_ab12…`); the secret itself is shown once. */
  secretPrefix: z.string().nullable(),
});
export type PluginDto = z.infer<typeof pluginDtoSchema>;

/** `plugin.install`: the plugin, and a webhook's signing secret, only here, once. */
export const installedPluginDtoSchema = z.object({ plugin: pluginDtoSchema, secret: z.string().nullable() });
export type InstalledPluginDto = z.infer<typeof installedPluginDtoSchema>;

export const webhookAttemptDtoSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  responseCode: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  error: z.string().nullable(),
  redelivery: z.boolean(),
});
export type WebhookAttemptDto = z.infer<typeof webhookAttemptDtoSchema>;

export const webhookDeliveryDtoSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  action: z.string(),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.number().int().nonnegative(),
  lastResponseCode: z.number().int().nullable(),
  lastDurationMs: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  /** Its attempts, newest first (at most the last 20). */
  attemptLog: z.array(webhookAttemptDtoSchema),
});
export type WebhookDeliveryDto = z.infer<typeof webhookDeliveryDtoSchema>;

export const webhookDeliveryPageDtoSchema = z.object({
  items: z.array(webhookDeliveryDtoSchema),
  nextCursor: z.string().nullable(),
});
export type WebhookDeliveryPageDto = z.infer<typeof webhookDeliveryPageDtoSchema>;
