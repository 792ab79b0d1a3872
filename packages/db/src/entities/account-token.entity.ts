import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { User } from './user.entity.js';

export type AccountTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

/**
 * A one-time link sent to a user's address: to verify it, to reset the password, or to confirm a
 * new address (`change_email`: sent to the new address, which becomes the user's when used). As
 * for invitations, the token exists only in the email's link; the row keeps its SHA-256. `email`
 * is the address the link was sent to, the one it proves. Used once (`usedAt`), until `expiresAt`.
 */
export class AccountToken extends BaseEntity {
  user!: Ref<User>;
  purpose!: AccountTokenPurpose;
  tokenHash!: string;
  email!: string;
  expiresAt!: Date;
  usedAt: Opt<Date> | null = null;
}

export const AccountTokenSchema = new EntitySchema<AccountToken, BaseEntity>({
  class: AccountToken,
  extends: BaseEntitySchema,
  tableName: 'account_tokens',
  indexes: [{ name: 'account_tokens_user_purpose_index', properties: ['user', 'purpose'] }],
  properties: {
    user: { kind: 'm:1', entity: 'User', ref: true, deleteRule: 'cascade', index: false },
    purpose: { type: 'string', length: 20 },
    tokenHash: { type: 'string', length: 64, unique: 'account_tokens_token_hash_unique' },
    email: { type: 'string', length: 320 },
    expiresAt: { type: t.datetime },
    usedAt: { type: t.datetime, nullable: true },
  },
});
