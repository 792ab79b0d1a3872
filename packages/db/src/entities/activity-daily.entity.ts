import { BigIntType, EntitySchema, type Opt, type PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/**
 * Uploads and downloads of one person in one project on one UTC day, for the statistics (§8):
 * counted in Redis by the request path with the usage counters and written only by the usage
 * rollup, exactly once. `userId` is the nil UUID (core's `noId`) for API-key requests; `projectId`
 * and `userId` are not foreign keys (statistics outlive removed members).
 */
export class ActivityDaily {
  declare [PrimaryKeyProp]?: ['organization', 'day', 'projectId', 'userId'];
  organization!: Ref<Organization>;
  /** `YYYY-MM-DD`, UTC. */
  day!: string;
  projectId!: string;
  userId!: string;
  uploads: Opt<number> = 0;
  downloads: Opt<number> = 0;
  bytesUploaded: Opt<number> = 0;
  bytesDownloaded: Opt<number> = 0;
}

export const ActivityDailySchema = new EntitySchema<ActivityDaily>({
  class: ActivityDaily,
  tableName: 'activity_daily',
  properties: {
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
    userId: { type: 'uuid', primary: true },
    uploads: { type: new BigIntType('number'), default: 0 },
    downloads: { type: new BigIntType('number'), default: 0 },
    bytesUploaded: { type: new BigIntType('number'), default: 0 },
    bytesDownloaded: { type: new BigIntType('number'), default: 0 },
  },
});
