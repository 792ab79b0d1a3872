import { z } from 'zod/mini';

/**
 * Emails are compared trimmed and lower-cased. Written with zod/mini (the same checks, as
 * functions): the sign-in page's bundle holds no more of zod than its form needs.
 */
export const emailSchema = z.pipe(
  z
    .string({ error: 'Enter your email.' })
    .check(z.trim(), z.toLowerCase(), z.maxLength(320, { error: 'That email is too long.' })),
  z.email({ error: 'Enter a valid email address.' }),
);
