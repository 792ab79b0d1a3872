import {
  usageAlertMetrics,
  webhookEventNames,
  type PluginDto,
  type UsageAlertMetric,
} from '@roster/core/browser';
import { formatDate } from '../../lib/dates';

export const metricLabels: Record<UsageAlertMetric, string> = {
  apiCalls: 'API calls',
  bandwidthOut: 'bandwidth out',
  storage: 'storage',
};

/** "API calls", "Bandwidth out": a metric at the start of a line (a checkbox's label). */
export const metricTitle = (metric: UsageAlertMetric) =>
  metricLabels[metric].charAt(0).toUpperCase() + metricLabels[metric].slice(1);

/** The host a webhook posts to ("hooks.slack.com"), or the URL itself if it cannot be read. */
export function urlHost(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** "All events", "1 event", "12 events": what a webhook receives (none chosen = all of them). */
export function eventsLabel(events: readonly string[]): string {
  if (events.length === 0 || events.length >= webhookEventNames.length) return 'All events';
  return `${events.length} ${events.length === 1 ? 'event' : 'events'}`;
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A webhook's settings as the form and summary read them (the DTO's config is loosely typed). */
export function webhookSettings(plugin: Pick<PluginDto, 'config'>): { url: string; events: string[] } {
  const { url, events } = plugin.config;
  return { url: typeof url === 'string' ? url : '', events: stringList(events) };
}

/** A usage alert's settings, metrics in the catalog's order. */
export function usageAlertSettings(plugin: Pick<PluginDto, 'config'>): {
  percent: number;
  metrics: UsageAlertMetric[];
} {
  const { percent } = plugin.config;
  const chosen = stringList(plugin.config.metrics);
  return {
    percent: typeof percent === 'number' ? percent : 80,
    metrics: usageAlertMetrics.filter((metric) => chosen.includes(metric)),
  };
}

/** "API calls, bandwidth out and storage". */
function metricsList(metrics: readonly UsageAlertMetric[]): string {
  const words = metrics.map((metric) => metricLabels[metric]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * A plugin's settings in a line: "hooks.slack.com · All events" for a webhook, "At 80% of API
 * calls and storage" for a usage alert.
 */
export function settingsSummary(plugin: Pick<PluginDto, 'kind' | 'config'>): string {
  if (plugin.kind === 'webhook') {
    const { url, events } = webhookSettings(plugin);
    return `${urlHost(url)} · ${eventsLabel(events)}`;
  }
  const { percent, metrics } = usageAlertSettings(plugin);
  return `At ${percent}% of ${metricsList(metrics) || 'no metric'}`;
}

/** "Installed by Jane Doe on Nov 30, 2026" (an installer whose account is gone: no name). */
export function installedLabel(plugin: Pick<PluginDto, 'installedBy' | 'createdAt'>): string {
  const by = plugin.installedBy ? ` by ${plugin.installedBy.name}` : '';
  return `Installed${by} on ${formatDate(plugin.createdAt)}`;
}
