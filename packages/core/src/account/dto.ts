import { z } from 'zod';
import { userDtoSchema } from '../users/dto.js';

/** What the verify-email link and a resend answer: the address concerned. */
export const emailAddressDtoSchema = z.object({ email: z.string() });

export type EmailAddressDto = z.infer<typeof emailAddressDtoSchema>;

/** A request answered the same whatever it found (a password reset for any address). */
export const okDtoSchema = z.object({ ok: z.literal(true) });

export type OkDto = z.infer<typeof okDtoSchema>;

/** The account page: the person, and the address waiting for its confirmation link, if any. */
export const accountDtoSchema = z.object({ user: userDtoSchema, pendingEmail: z.string().nullable() });

export type AccountDto = z.infer<typeof accountDtoSchema>;

/** One signed-in browser in the account's session list. */
export const sessionDtoSchema = z.object({
  /** The SHA-256 of the session's cookie: it names the session and cannot be used as one. */
  id: z.string(),
  /** The session of this request ("this device"). */
  current: z.boolean(),
  browser: z.string().nullable(),
  os: z.string().nullable(),
  device: z.enum(['desktop', 'mobile', 'tablet', 'other']),
  ip: z.string().nullable(),
  lastSeenAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});

export type SessionDto = z.infer<typeof sessionDtoSchema>;

/** What changing the password or signing out elsewhere answers: how many other sessions ended. */
export const endedSessionsDtoSchema = z.object({ endedSessions: z.number().int().min(0) });

export type EndedSessionsDto = z.infer<typeof endedSessionsDtoSchema>;
