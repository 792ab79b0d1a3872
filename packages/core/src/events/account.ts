import { z } from 'zod';

const userId = z.uuid();
const purpose = z.enum(['verify_email', 'reset_password']);

/**
 * A person's account, outside any organization. A link's event names its row, never its token:
 * the worker issues the token when the email goes out.
 */
export const accountEvents = {
  'user.signed_up': z.object({ userId, email: z.string(), viaInvitation: z.boolean() }),
  'user.email_verified': z.object({ userId, email: z.string() }),
  'user.password_reset': z.object({ userId }),
  'account.link_issued': z.object({ tokenId: z.uuid(), userId, purpose, email: z.string() }),
  'account.link_used': z.object({ tokenId: z.uuid(), userId, purpose }),
};
