import { BigIntType, EntitySchema, t, type Opt, type PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/**
 * The Users tab's row of one member (§8), precomputed by the worker's statistics recompute
 * (replaced as a whole per organization, set-based). `searchText` is the lower-cased name and
 * email the tab searches.
 */
export class StatsUser {
  declare [PrimaryKeyProp]?: ['organization', 'userId'];
  organization!: Ref<Organization>;
  userId!: string;
  name!: string;
  email!: string;
  searchText!: string;
  role!: string;
  /** Projects the member is assigned to. */
  projects: Opt<number> = 0;
  uploads: Opt<number> = 0;
  downloads: Opt<number> = 0;
  bytesUploaded: Opt<number> = 0;
  lastActiveAt: Opt<Date> | null = null;
  computedAt!: Date;
}

export const StatsUserSchema = new EntitySchema<StatsUser>({
  class: StatsUser,
  tableName: 'stats_users',
  properties: {
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      primary: true,
      deleteRule: 'cascade',
      index: false,
    },
    userId: { type: 'uuid', primary: true },
    name: { type: 'string', length: 200 },
    email: { type: 'string', length: 320 },
    searchText: { type: 'string', length: 530 },
    role: { type: 'string', length: 10 },
    projects: { type: 'integer', default: 0 },
    uploads: { type: new BigIntType('number'), default: 0 },
    downloads: { type: new BigIntType('number'), default: 0 },
    bytesUploaded: { type: new BigIntType('number'), default: 0 },
    lastActiveAt: { type: t.datetime, nullable: true },
    computedAt: { type: t.datetime },
  },
});
