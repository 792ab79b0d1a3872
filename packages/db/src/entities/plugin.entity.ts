import { EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Organization } from './organization.entity.js';
import type { User } from './user.entity.js';

/**
 * A plugin installed in an organization (§8), from core's catalog (`kind`). `config` is the kind's
 * settings as core's schema for it parsed them. `secret` is a webhook's signing secret: kept (the
 * worker signs with it), shown to people once. `installedBy`: demoting or removing that admin
 * uninstalls it (the row is deleted, with its delivery log).
 */
export class Plugin extends BaseEntity {
  organization!: Ref<Organization>;
  kind!: string;
  name!: string;
  config!: Record<string, unknown>;
  secret: Opt<string> | null = null;
  installedBy: Ref<User> | null = null;
}

export const PluginSchema = new EntitySchema<Plugin, BaseEntity>({
  class: Plugin,
  extends: BaseEntitySchema,
  tableName: 'plugins',
  indexes: [
    { name: 'plugins_org_created_index', properties: ['organization', 'createdAt'] },
    { name: 'plugins_org_installed_by_index', properties: ['organization', 'installedBy'] },
  ],
  properties: {
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade', index: false },
    kind: { type: 'string', length: 30 },
    name: { type: 'string', length: 100 },
    config: { type: 'json' },
    secret: { type: 'string', length: 100, nullable: true },
    installedBy: {
      kind: 'm:1',
      entity: 'User',
      ref: true,
      nullable: true,
      deleteRule: 'set null',
      index: false,
    },
  },
});
