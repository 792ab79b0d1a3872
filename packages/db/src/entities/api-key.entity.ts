import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Organization } from './organization.entity.js';
import type { User } from './user.entity.js';

/**
 * An organization's API key. The secret itself is never stored: `secretHash` is the hex SHA-256 of
 * the whole key (what a request's Bearer header is looked up by), `prefix` its first 8 characters
 * (`rst_` + 4) so that people can tell their keys apart.
 */
export class ApiKey extends BaseEntity {
  organization!: Ref<Organization>;
  name!: string;
  prefix!: string;
  secretHash!: string;
  /** The key's scopes (core's `ApiKeyScope` values). */
  scopes!: string[];
  /** True: every project of the organization, also future ones; false: those in `api_key_projects`. */
  allProjects!: boolean;
  createdBy: Ref<User> | null = null;
  expiresAt: Opt<Date> | null = null;
  /** When the key was last used, written at most once a minute (never per request). */
  lastUsedAt: Opt<Date> | null = null;
  revokedAt: Opt<Date> | null = null;
  revokedBy: Ref<User> | null = null;
}

export const ApiKeySchema = new EntitySchema<ApiKey, BaseEntity>({
  class: ApiKey,
  extends: BaseEntitySchema,
  tableName: 'api_keys',
  indexes: [{ name: 'api_keys_org_created_index', properties: ['organization', 'createdAt'] }],
  properties: {
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade', index: false },
    name: { type: 'string', length: 100 },
    prefix: { type: 'string', length: 12 },
    secretHash: { type: 'string', length: 64, unique: 'api_keys_secret_hash_unique' },
    scopes: { type: 'json' },
    allProjects: { type: 'boolean' },
    createdBy: {
      kind: 'm:1',
      entity: 'User',
      ref: true,
      nullable: true,
      deleteRule: 'set null',
      index: false,
    },
    expiresAt: { type: t.datetime, nullable: true },
    lastUsedAt: { type: t.datetime, nullable: true },
    revokedAt: { type: t.datetime, nullable: true },
    revokedBy: {
      kind: 'm:1',
      entity: 'User',
      ref: true,
      nullable: true,
      deleteRule: 'set null',
      index: false,
    },
  },
});
