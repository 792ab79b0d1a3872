import { EntitySchema, t, type Opt } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';

export class User extends BaseEntity {
  /** Trimmed and lower-cased; unique. */
  email!: string;
  name!: string;
  passwordHash!: string;
  /** The organization the user last opened; not a foreign key, it is only a preference. */
  lastOrgId: Opt<string> | null = null;
  /** Operator override of how many organizations the user may own; null → core's default (3). */
  ownedOrgLimit: Opt<number> | null = null;
  /** When the user proved they receive mail at `email` (a link from it); null → not yet. */
  emailVerifiedAt: Opt<Date> | null = null;
}

export const UserSchema = new EntitySchema<User, BaseEntity>({
  class: User,
  extends: BaseEntitySchema,
  tableName: 'users',
  properties: {
    email: { type: 'string', length: 320, unique: 'users_email_unique' },
    name: { type: 'string', length: 100 },
    passwordHash: { type: 'string', length: 255, lazy: true },
    lastOrgId: { type: 'uuid', nullable: true },
    ownedOrgLimit: { type: 'integer', nullable: true },
    emailVerifiedAt: { type: t.datetime, nullable: true },
  },
});
