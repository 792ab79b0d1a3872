import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import type { User } from './user.entity.js';

/** A sign-in session. `id` is the SHA-256 of the cookie's session id: the secret itself is never stored. */
export class Session {
  id!: string;
  user!: Ref<User>;
  /** Idle expiry, slid forward on use but never past `absoluteExpiresAt`. */
  expiresAt!: Date;
  absoluteExpiresAt!: Date;
  createdAt: Opt<Date> = new Date();
  /** The browser's User-Agent header at sign-in, to name the device in the account's session list. */
  userAgent: Opt<string> | null = null;
  /** The IP the session was last used from. */
  ip: Opt<string> | null = null;
  /** When the session was last used, written at most once every few minutes (never per request). */
  lastSeenAt: Opt<Date> | null = null;
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'sessions',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    user: { kind: 'm:1', entity: 'User', ref: true, deleteRule: 'cascade', index: 'sessions_user_id_index' },
    expiresAt: { type: t.datetime },
    absoluteExpiresAt: { type: t.datetime },
    createdAt: { type: t.datetime },
    userAgent: { type: 'string', length: 512, nullable: true },
    ip: { type: 'string', length: 64, nullable: true },
    lastSeenAt: { type: t.datetime, nullable: true },
  },
});
