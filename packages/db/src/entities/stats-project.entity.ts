import { BigIntType, EntitySchema, t, type Opt, type PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/**
 * The Overview tab's row of one project (§8), precomputed by the worker's statistics recompute
 * (replaced as a whole per organization, set-based). Archived projects are included.
 */
export class StatsProject {
  declare [PrimaryKeyProp]?: ['organization', 'projectId'];
  organization!: Ref<Organization>;
  projectId!: string;
  name!: string;
  archived: Opt<boolean> = false;
  members: Opt<number> = 0;
  folders: Opt<number> = 0;
  assets: Opt<number> = 0;
  storageBytes: Opt<number> = 0;
  /** In the 30 days up to `computedAt`. */
  uploads30d: Opt<number> = 0;
  downloads30d: Opt<number> = 0;
  lastActivityAt: Opt<Date> | null = null;
  computedAt!: Date;
}

export const StatsProjectSchema = new EntitySchema<StatsProject>({
  class: StatsProject,
  tableName: 'stats_projects',
  properties: {
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      primary: true,
      deleteRule: 'cascade',
      index: false,
    },
    projectId: { type: 'uuid', primary: true },
    name: { type: 'string', length: 200 },
    archived: { type: 'boolean', default: false },
    members: { type: 'integer', default: 0 },
    folders: { type: new BigIntType('number'), default: 0 },
    assets: { type: new BigIntType('number'), default: 0 },
    storageBytes: { type: new BigIntType('number'), default: 0 },
    uploads30d: { type: new BigIntType('number'), default: 0 },
    downloads30d: { type: new BigIntType('number'), default: 0 },
    lastActivityAt: { type: t.datetime, nullable: true },
    computedAt: { type: t.datetime },
  },
});
