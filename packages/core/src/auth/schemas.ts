import { z } from 'zod';
import { singleLineText } from '../common/schemas.js';
import { invitationTokenSchema } from '../invitations/schemas.js';

/** Emails are compared trimmed and lower-cased. */
export const emailSchema = z
  .string({ error: 'Enter your email.' })
  .trim()
  .toLowerCase()
  .max(320, { error: 'That email is too long.' })
  .pipe(z.email({ error: 'Enter a valid email address.' }));

export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .min(8, { error: 'Use at least 8 characters.' })
  .max(256, { error: 'Use at most 256 characters.' });

export const personNameSchema = singleLineText({ max: 100, required: 'Enter your name.' }).pipe(
  z.string().min(1, { error: 'Enter your name.' }),
);

export const signUpInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: personNameSchema,
  companyName: singleLineText({ max: 100, required: 'Enter a company name.' }).optional(),
  /** Signing up through an invitation link: joins that organization instead of creating one. */
  inviteToken: invitationTokenSchema.optional(),
});

export const signInInput = z.object({
  email: emailSchema,
  password: z.string({ error: 'Enter your password.' }).min(1, { error: 'Enter your password.' }).max(256),
  /** Signing in through an invitation link: accepts it and lands in that organization. */
  inviteToken: invitationTokenSchema.optional(),
});

export type SignUpInput = z.infer<typeof signUpInput>;
export type SignInInput = z.infer<typeof signInInput>;
