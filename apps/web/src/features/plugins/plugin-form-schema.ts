import {
  pluginNameSchema,
  usageAlertConfigSchema,
  usageAlertMetrics,
  webhookConfigSchema,
  type PluginDto,
} from '@roster/core/browser';
import { z } from 'zod';
import { usageAlertSettings, webhookSettings } from './plugin-summary';

/**
 * The webhook dialog's form: its name, URL, and all events or chosen ones (core's schemas check
 * each field; `toWebhookInput` turns it into the install/configure input, which the API checks again).
 */
export const webhookForm = z
  .object({
    name: pluginNameSchema,
    url: webhookConfigSchema.shape.url,
    which: z.enum(['all', 'some']),
    events: webhookConfigSchema.shape.events,
  })
  .superRefine((values, context) => {
    if (values.which === 'some' && values.events.length === 0)
      context.addIssue({ code: 'custom', path: ['events'], message: 'Choose at least one event.' });
  });

export type WebhookFormInput = z.input<typeof webhookForm>;
export type WebhookFormValues = z.output<typeof webhookForm>;

/** The usage alert dialog's form: its name, the percentage, and the metrics. */
export const usageAlertForm = z.object({
  name: pluginNameSchema,
  percent: usageAlertConfigSchema.shape.percent,
  metrics: usageAlertConfigSchema.shape.metrics,
});

export type UsageAlertFormInput = z.input<typeof usageAlertForm>;
export type UsageAlertFormValues = z.output<typeof usageAlertForm>;

/** A new webhook's form, or an installed one's settings (a new object each time). */
export function webhookFormValues(name: string, plugin?: Pick<PluginDto, 'config'>): WebhookFormInput {
  const { url, events } = plugin ? webhookSettings(plugin) : { url: '', events: [] };
  return {
    name,
    url,
    which: events.length > 0 ? 'some' : 'all',
    events: events as WebhookFormInput['events'],
  };
}

export function usageAlertFormValues(name: string, plugin?: Pick<PluginDto, 'config'>): UsageAlertFormInput {
  if (plugin) return { name, ...usageAlertSettings(plugin) };
  return { name, percent: 80, metrics: [...usageAlertMetrics] };
}

export function toWebhookConfig(values: WebhookFormValues) {
  return { url: values.url, events: values.which === 'all' ? [] : values.events };
}

export function toUsageAlertConfig(values: UsageAlertFormValues) {
  return { percent: values.percent, metrics: values.metrics };
}

export type WebhookField = 'name' | 'url' | 'events';
export type UsageAlertField = 'name' | 'percent' | 'metrics';

/**
 * Which form field shows an error the API gave: a field it named (`name`, `url`, or `config.url`
 * — a zod error names the input's first key, `config`), or the field a reason is about: a URL
 * that is refused (private, invalid) belongs at the URL field, whatever the API named.
 */
export function fieldOfServerError(
  kind: PluginDto['kind'],
  field: string,
  reason: string | null,
): WebhookField | UsageAlertField | null {
  if (reason === 'WEBHOOK_URL_PRIVATE' || reason === 'WEBHOOK_URL_INVALID') return 'url';
  const last = field.split('.').at(-1) ?? field;
  if (last === 'name') return 'name';
  const fields: readonly string[] = kind === 'webhook' ? ['url', 'events'] : ['percent', 'metrics'];
  if (fields.includes(last)) return last as WebhookField | UsageAlertField;
  if (last === 'config') return kind === 'webhook' ? 'url' : 'percent';
  return null;
}

/**
 * Splits a failed install/configure between the form's fields and the form as a whole: a field
 * error goes next to its field; a refused URL at the URL field even when the API named no field;
 * anything else ("already installed", a lost connection) above the form.
 */
export function placeServerError(
  kind: PluginDto['kind'],
  error: { reason: string | null; message: string; fieldErrors: Record<string, string> },
): { fields: Partial<Record<WebhookField | UsageAlertField, string>>; form: string | null } {
  const fields: Partial<Record<WebhookField | UsageAlertField, string>> = {};
  let unplaced = false;
  for (const [name, message] of Object.entries(error.fieldErrors)) {
    const field = fieldOfServerError(kind, name, error.reason);
    if (field) fields[field] ??= message;
    else unplaced = true;
  }
  if (Object.keys(error.fieldErrors).length === 0) {
    const field = fieldOfServerError(kind, '', error.reason);
    if (field) fields[field] = error.message;
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, form: placed && !unplaced ? null : error.message };
}
