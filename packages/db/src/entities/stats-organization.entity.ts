import { BigIntType, EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/**
 * The Overview tab's totals of one organization and when its statistics were last computed (§8).
 * `requestedAt` is when an event last asked for a recompute; a recompute that started before it
 * leaves the request standing.
 */
export class StatsOrganization {
  organization!: Ref<Organization>;
  members: Opt<number> = 0;
  projects: Opt<number> = 0;
  folders: Opt<number> = 0;
  assets: Opt<number> = 0;
  storageBytes: Opt<number> = 0;
  uploads30d: Opt<number> = 0;
  downloads30d: Opt<number> = 0;
  lastActivityAt: Opt<Date> | null = null;
  computedAt: Opt<Date> | null = null;
  requestedAt: Opt<Date> | null = null;
}

export const StatsOrganizationSchema = new EntitySchema<StatsOrganization>({
  class: StatsOrganization,
  tableName: 'stats_organizations',
  properties: {
    organization: { kind: '1:1', entity: 'Organization', ref: true, primary: true, deleteRule: 'cascade' },
    members: { type: 'integer', default: 0 },
    projects: { type: 'integer', default: 0 },
    folders: { type: new BigIntType('number'), default: 0 },
    assets: { type: new BigIntType('number'), default: 0 },
    storageBytes: { type: new BigIntType('number'), default: 0 },
    uploads30d: { type: new BigIntType('number'), default: 0 },
    downloads30d: { type: new BigIntType('number'), default: 0 },
    lastActivityAt: { type: t.datetime, nullable: true },
    computedAt: { type: t.datetime, nullable: true },
    requestedAt: { type: t.datetime, nullable: true },
  },
});
