import { BigIntType, EntitySchema, type Opt, type PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/** An organization's stored bytes on one UTC day: the day's peak and the value after its last change. */
export class UsageStorageDaily {
  declare [PrimaryKeyProp]?: ['organization', 'day'];
  organization!: Ref<Organization>;
  /** `YYYY-MM-DD`, UTC. */
  day!: string;
  peakBytes: Opt<number> = 0;
  lastBytes: Opt<number> = 0;
}

export const UsageStorageDailySchema = new EntitySchema<UsageStorageDaily>({
  class: UsageStorageDaily,
  tableName: 'usage_storage_daily',
  properties: {
    // The primary key (organization_id, day) is the organization's index.
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      primary: true,
      deleteRule: 'cascade',
      index: false,
    },
    day: { type: 'string', length: 10, primary: true },
    peakBytes: { type: new BigIntType('number'), default: 0 },
    lastBytes: { type: new BigIntType('number'), default: 0 },
  },
});
