import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Organization } from './organization.entity.js';
import type { User } from './user.entity.js';

/** Stored states. "expired" is also what a `pending` invitation past its `expiresAt` reads as. */
export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'declined' | 'expired';
export type InvitedRole = 'admin' | 'member';

export interface InvitationProject {
  projectId: string;
  role: 'manager' | 'contributor' | 'viewer';
}

/**
 * An invitation to join an organization. The token exists only in the email's link: the row keeps
 * its SHA-256 (`tokenHash`). `sendCount` numbers the tokens issued (resend issues a new one), and
 * names the email delivery of the current token. A partial unique index allows one `pending`
 * invitation per email and organization.
 */
export class Invitation extends BaseEntity {
  organization!: Ref<Organization>;
  email!: string;
  role!: InvitedRole;
  tokenHash!: string;
  state: Opt<InvitationState> = 'pending';
  expiresAt!: Date | null;
  invitedBy!: Ref<User> | null;
  projects: Opt<InvitationProject[]> = [];
  sendCount: Opt<number> = 1;
  respondedAt: Opt<Date> | null = null;
}

export const InvitationSchema = new EntitySchema<Invitation, BaseEntity>({
  class: Invitation,
  extends: BaseEntitySchema,
  tableName: 'invitations',
  indexes: [
    {
      name: 'invitations_one_pending',
      expression:
        "create unique index invitations_one_pending on invitations (organization_id, email) where state = 'pending'",
    },
    { name: 'invitations_org_created_index', properties: ['organization', 'createdAt'] },
  ],
  properties: {
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade', index: false },
    email: { type: 'string', length: 320, index: 'invitations_email_index' },
    role: { type: 'string', length: 10 },
    tokenHash: { type: 'string', length: 64, unique: 'invitations_token_hash_unique' },
    state: { type: 'string', length: 10, default: 'pending' },
    expiresAt: { type: t.datetime, nullable: true },
    invitedBy: {
      kind: 'm:1',
      entity: 'User',
      ref: true,
      nullable: true,
      deleteRule: 'set null',
      index: false,
    },
    projects: { type: 'json' },
    sendCount: { type: 'integer', default: 1 },
    respondedAt: { type: t.datetime, nullable: true },
  },
});
