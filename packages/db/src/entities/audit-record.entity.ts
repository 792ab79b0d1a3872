import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';

/** Who made a change: a person, an API key, or Roster itself (worker, operator). */
export type AuditActorType = 'user' | 'apiKey' | 'system';

/** What changed: before/after values of the fields a change touched, plus facts worth keeping. */
export interface AuditSummary {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * The audit log (PRODUCT.md §11): one row per change in an organization, append-only, written in
 * the transaction of the change from the event it recorded (same id as the event), so a change
 * that rolled back has no record and one that committed always has. Names are kept as they were
 * (`actorName`, `targetName`): people and things may be renamed later.
 */
export class AuditRecord {
  /** The id of the event the record comes from (and of the webhook deliveries it causes). */
  id!: string;
  organization!: Ref<Organization>;
  createdAt!: Date;
  actorType!: AuditActorType;
  actorId: Opt<string> | null = null;
  actorName: Opt<string> | null = null;
  /** The event's name, e.g. `member.role_changed`. */
  action!: string;
  /** e.g. `user`, `invitation`, `project`, `folder`, `asset`, `apiKey`, `plugin`, `organization`. */
  targetType: Opt<string> | null = null;
  targetId: Opt<string> | null = null;
  targetName: Opt<string> | null = null;
  summary: Opt<AuditSummary> | null = null;
  ip: Opt<string> | null = null;
  userAgent: Opt<string> | null = null;
}

export const AuditRecordSchema = new EntitySchema<AuditRecord>({
  class: AuditRecord,
  tableName: 'audit_records',
  indexes: [
    { name: 'audit_records_org_created_index', properties: ['organization', 'createdAt', 'id'] },
    { name: 'audit_records_org_actor_index', properties: ['organization', 'actorId', 'createdAt'] },
    { name: 'audit_records_org_action_index', properties: ['organization', 'action', 'createdAt'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade', index: false },
    createdAt: { type: t.datetime },
    actorType: { type: 'string', length: 10 },
    actorId: { type: 'string', length: 64, nullable: true },
    actorName: { type: 'string', length: 200, nullable: true },
    action: { type: 'string', length: 60 },
    targetType: { type: 'string', length: 20, nullable: true },
    targetId: { type: 'string', length: 64, nullable: true },
    targetName: { type: 'string', length: 300, nullable: true },
    summary: { type: 'json', nullable: true },
    ip: { type: 'string', length: 45, nullable: true },
    userAgent: { type: 'string', length: 512, nullable: true },
  },
});
