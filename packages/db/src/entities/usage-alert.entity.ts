import { EntitySchema, t, type Opt, type PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/**
 * A usage alert sent: one row per usage-alert plugin, metric and month (`YYYY-MM`), inserted in the
 * transaction that owes its emails, so the alert goes out once per metric and month.
 */
export class UsageAlert {
  declare [PrimaryKeyProp]?: ['pluginId', 'metric', 'month'];
  pluginId!: string;
  metric!: string;
  month!: string;
  organization!: Ref<Organization>;
  /** The percentage of the limit the metric had reached when the alert was sent. */
  percent!: number;
  sentAt: Opt<Date> = new Date();
}

export const UsageAlertSchema = new EntitySchema<UsageAlert>({
  class: UsageAlert,
  tableName: 'usage_alerts',
  properties: {
    pluginId: { type: 'uuid', primary: true },
    metric: { type: 'string', length: 20, primary: true },
    month: { type: 'string', length: 7, primary: true },
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade' },
    percent: { type: 'integer' },
    sentAt: { type: t.datetime },
  },
});
