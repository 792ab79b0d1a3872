import type { apiKeyEvents } from '../events/api-keys.js';
import type { pluginEvents } from '../events/plugins.js';
import { summary, type Describers } from './describer.js';

/** The organization's API keys (never a secret: the payload holds none). */
export const apiKeyDescribers: Describers<keyof typeof apiKeyEvents> = {
  'apiKey.created': (p) => ({
    targetType: 'apiKey',
    targetId: p.apiKeyId,
    targetName: p.name,
    summary: summary(undefined, {
      name: p.name,
      scopes: p.scopes,
      projectIds: p.projectIds,
      expiresAt: p.expiresAt,
    }),
  }),
  'apiKey.revoked': (p) => ({
    targetType: 'apiKey',
    targetId: p.apiKeyId,
    targetName: p.name,
    summary: summary({ revoked: false }, { revoked: true }),
  }),
};

const plugin = (id: string, name: string | null) => ({
  targetType: 'plugin',
  targetId: id,
  targetName: name,
});

/** Plugins (their settings as the event shows them: never the webhook's secret) and usage alerts. */
export const pluginDescribers: Describers<keyof typeof pluginEvents> = {
  'plugin.installed': (p) => ({
    ...plugin(p.pluginId, p.name),
    summary: summary(undefined, { kind: p.kind, name: p.name, config: p.config }),
  }),
  'plugin.configured': (p) => ({
    ...plugin(p.pluginId, p.name),
    summary: summary(
      { name: p.previousName, config: p.previousConfig },
      { name: p.previousName === undefined ? undefined : p.name, config: p.config },
    ),
  }),
  'plugin.uninstalled': (p) => ({
    ...plugin(p.pluginId, p.name),
    summary: summary({ kind: p.kind, name: p.name, installedBy: p.installedBy }, { reason: p.reason }),
  }),
  'usage.alert_sent': async (p, { names }) => ({
    ...plugin(p.pluginId, await names.plugin(p.pluginId)),
    summary: summary(undefined, {
      metric: p.metric,
      month: p.month,
      percent: p.percent,
      threshold: p.threshold,
      used: p.used,
      limit: p.limit,
    }),
  }),
};
