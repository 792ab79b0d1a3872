import { BigIntType, EntitySchema, type Opt, type OptionalProps } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';

export type Plan = 'free' | 'team' | 'enterprise';
export type InvitationExpiry = '1h' | '24h' | '7d' | '30d' | 'never';
/**
 * The operator's per-organization limit overrides (core's `LimitOverrides`, by limit name; null =
 * unlimited; an absent name = the plan's). Declared here because the db package does not import core.
 */
export type OrgLimitOverrides = Partial<Record<string, number | null>>;

export class Organization extends BaseEntity {
  name!: string;
  declare [OptionalProps]?: 'plan' | 'invitationExpiry' | 'storageBytes';
  plan: Plan = 'free';
  invitationExpiry: InvitationExpiry = '7d';
  /**
   * Bytes of its blobs that are uploading (reserved) or stored: what counts against the plan's
   * storage. Changed only by conditional single-statement updates (core/content/quota.ts).
   */
  storageBytes = 0;
  /** Limits the operator set for this organization; null when none (every limit is the plan's). */
  limits: Opt<OrgLimitOverrides> | null = null;
}

export const OrganizationSchema = new EntitySchema<Organization, BaseEntity>({
  class: Organization,
  extends: BaseEntitySchema,
  tableName: 'organizations',
  properties: {
    name: { type: 'string', length: 100 },
    plan: { type: 'string', length: 20, default: 'free' },
    invitationExpiry: { type: 'string', length: 10, default: '7d' },
    storageBytes: { type: new BigIntType('number'), default: 0 },
    limits: { type: 'json', nullable: true },
  },
});
