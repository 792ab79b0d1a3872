import { z } from 'zod';
import { emailSchema } from '../vocabulary/email.js';
import { passwordSchema } from '../vocabulary/password.js';

/**
 * The token of a verify-email or reset-password link. Any short string is accepted here: a link
 * cut short or mistyped is answered like an unknown one (TOKEN_INVALID), which the page explains.
 */
export const accountTokenSchema = z
  .string({ error: 'This link is not valid.' })
  .min(1, { error: 'This link is not valid.' })
  .max(200, { error: 'This link is not valid.' });

export const verifyEmailInput = z.object({ token: accountTokenSchema });

export const requestPasswordResetInput = z.object({ email: emailSchema });

export const resetPasswordInput = z.object({ token: accountTokenSchema, password: passwordSchema });

export type VerifyEmailInput = z.infer<typeof verifyEmailInput>;
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;
