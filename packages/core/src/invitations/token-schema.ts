import { z } from 'zod/mini';
import { linkTokenPattern } from '../vocabulary/token-format.js';

/**
 * An invitation link's token. Anything not of the format cannot be one. zod/mini, as the sign-in
 * input that carries it (auth/sign-in-input.ts).
 */
export const invitationTokenSchema = z
  .string({ error: 'This invitation link is not valid.' })
  .check(z.regex(linkTokenPattern, { error: 'This invitation link is not valid.' }));
