import { z } from 'zod';

const userId = z.uuid();
const tokenId = z.uuid();
const purpose = z.enum(['verify_email', 'reset_password', 'change_email']);

/**
 * A person's account, outside any organization. A link's event names its row, never its token:
 * the worker issues the token when the email goes out.
 */
export const accountEvents = {
  'user.signed_up': z.object({ userId, email: z.string(), viaInvitation: z.boolean() }),
  'user.email_verified': z.object({ userId, email: z.string() }),
  'user.password_reset': z.object({ userId }),
  /** Changed from the account page: the person's other sessions ended. */
  'user.password_changed': z.object({ userId }),
  /** The link sent to a new address was used: it is the account's address now (the old one is told). */
  'user.email_changed': z.object({ userId, tokenId, previousEmail: z.string(), email: z.string() }),
  'account.link_issued': z.object({
    tokenId,
    userId,
    purpose,
    email: z.string(),
    /** The unused links of the same purpose this one withdraws (a new reset link replaces the last). */
    replaces: z.array(tokenId),
  }),
  'account.link_used': z.object({ tokenId, userId, purpose }),
};
