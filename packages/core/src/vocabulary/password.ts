import { z } from 'zod';

/** A password as typed: its strength is judged on the server (assertAcceptablePassword). */
export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .min(8, { error: 'Use at least 8 characters.' })
  .max(256, { error: 'Use at most 256 characters.' });
