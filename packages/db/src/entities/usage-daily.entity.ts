import { BigIntType, EntitySchema, type Opt, type PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/**
 * Metered usage of one organization, project and API key on one UTC day, written only by the
 * usage rollup (raw upserts that add to the counts). `projectId` / `apiKeyId` are not foreign keys:
 * usage outlives deleted projects and keys, and the nil UUID stands for "none" (core's `noId`).
 */
export class UsageDaily {
  declare [PrimaryKeyProp]?: ['organization', 'day', 'projectId', 'apiKeyId'];
  organization!: Ref<Organization>;
  /** `YYYY-MM-DD`, UTC. */
  day!: string;
  projectId!: string;
  apiKeyId!: string;
  apiCalls: Opt<number> = 0;
  bandwidthIn: Opt<number> = 0;
  bandwidthOut: Opt<number> = 0;
}

export const UsageDailySchema = new EntitySchema<UsageDaily>({
  class: UsageDaily,
  tableName: 'usage_daily',
  properties: {
    // The primary key (organization_id, day, …) also serves the reads by organization and days.
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      primary: true,
      deleteRule: 'cascade',
      index: false,
    },
    day: { type: 'string', length: 10, primary: true },
    projectId: { type: 'uuid', primary: true },
    apiKeyId: { type: 'uuid', primary: true },
    apiCalls: { type: new BigIntType('number'), default: 0 },
    bandwidthIn: { type: new BigIntType('number'), default: 0 },
    bandwidthOut: { type: new BigIntType('number'), default: 0 },
  },
});
