import { z } from 'zod';
import { singleLineText } from '../common/schemas.js';
import { invitationTokenSchema } from '../invitations/schemas.js';
import { emailSchema } from '../vocabulary/email.js';
import { passwordSchema } from '../vocabulary/password.js';

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
