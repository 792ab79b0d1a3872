import { randomUUID } from 'node:crypto';
import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';
import type { User } from './user.entity.js';

export type OrgRole = 'owner' | 'admin' | 'member';

/**
 * A user's place in an organization. The owner is the membership whose role is `owner`; a partial
 * unique index (see the migrations) makes a second owner in one organization impossible.
 */
export class Membership {
  id: Opt<string> = randomUUID();
  organization!: Ref<Organization>;
  user!: Ref<User>;
  role!: OrgRole;
  createdAt: Opt<Date> = new Date();
}

export const MembershipSchema = new EntitySchema<Membership>({
  class: Membership,
  tableName: 'memberships',
  uniques: [{ name: 'memberships_org_user_unique', properties: ['organization', 'user'] }],
  indexes: [
    {
      name: 'memberships_one_owner',
      expression:
        "create unique index memberships_one_owner on memberships (organization_id) where role = 'owner'",
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade' },
    user: {
      kind: 'm:1',
      entity: 'User',
      ref: true,
      deleteRule: 'cascade',
      index: 'memberships_user_id_index',
    },
    role: { type: 'string', length: 10 },
    createdAt: { type: t.datetime },
  },
});
