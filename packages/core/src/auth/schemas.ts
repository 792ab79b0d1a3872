import { z } from 'zod';
import { singleLineText } from '../common/schemas.js';
import { accountTokenSchema } from '../account/schemas.js';
import { invitationTokenSchema } from '../invitations/token-schema.js';
import { emailSchema } from '../vocabulary/email.js';
import { passwordSchema } from '../vocabulary/password.js';
import { signInInput } from './sign-in-input.js';

export const personNameSchema = singleLineText({ max: 100, required: 'Enter your name.' }).pipe(
  z.string().min(1, { error: 'Enter your name.' }),
);

export const signUpInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: personNameSchema,
  companyName: singleLineText({ max: 100, required: 'Enter a company name.' }).optional(),
  /** Signing up through an invitation link: joins that organization instead of creating one. */
  inviteToken: z.optional(invitationTokenSchema),
});

export { signInInput };

export type SignUpInput = z.infer<typeof signUpInput>;
export type SignInInput = z.infer<typeof signInInput>;

/** The password the signed-in person has now, asked before changing their email or password. */
export const currentPasswordSchema = z
  .string({ error: 'Enter your current password.' })
  .min(1, { error: 'Enter your current password.' })
  .max(256);

export const renameAccountInput = z.object({ name: personNameSchema });

export const changeEmailInput = z.object({ email: emailSchema, currentPassword: currentPasswordSchema });

export const confirmEmailChangeInput = z.object({ token: accountTokenSchema });

export const changePasswordInput = z.object({
  currentPassword: currentPasswordSchema,
  password: passwordSchema,
});

/** A session of the signed-in person, by the id the session list shows (the SHA-256 of its cookie). */
export const endSessionInput = z.object({
  sessionId: z.string().regex(/^[0-9a-f]{64}$/, { error: 'This session does not exist.' }),
});

export type RenameAccountInput = z.infer<typeof renameAccountInput>;
export type ChangeEmailInput = z.infer<typeof changeEmailInput>;
export type ConfirmEmailChangeInput = z.infer<typeof confirmEmailChangeInput>;
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
export type EndSessionInput = z.infer<typeof endSessionInput>;
