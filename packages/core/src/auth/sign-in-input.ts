import { z } from 'zod/mini';
import { invitationTokenSchema } from '../invitations/token-schema.js';
import { emailSchema } from '../vocabulary/email.js';

/**
 * Sign-in, in zod/mini: the sign-in page is the first a visitor loads, and zod's full API (its
 * methods pull in every schema type) would be a sixth of its JavaScript.
 */
export const signInInput = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'Enter your password.' })
    .check(
      z.minLength(1, { error: 'Enter your password.' }),
      z.maxLength(256, { error: 'Use at most 256 characters.' }),
    ),
  /** Signing in through an invitation link: accepts it and lands in that organization. */
  inviteToken: z.optional(invitationTokenSchema),
});
