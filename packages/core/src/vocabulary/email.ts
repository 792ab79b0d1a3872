import { z } from 'zod';

/** Emails are compared trimmed and lower-cased. */
export const emailSchema = z
  .string({ error: 'Enter your email.' })
  .trim()
  .toLowerCase()
  .max(320, { error: 'That email is too long.' })
  .pipe(z.email({ error: 'Enter a valid email address.' }));
