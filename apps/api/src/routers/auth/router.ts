import { router } from '../../trpc/init.js';
import { meProcedure } from './me.js';
import { requestPasswordResetProcedure } from './request-password-reset.js';
import { resendVerificationProcedure } from './resend-verification.js';
import { resetPasswordProcedure } from './reset-password.js';
import { verifyEmailProcedure } from './verify-email.js';
import { signInProcedure } from './sign-in.js';
import { signOutEverywhereProcedure } from './sign-out-everywhere.js';
import { signOutProcedure } from './sign-out.js';
import { signUpProcedure } from './sign-up.js';

export const authRouter = router({
  signUp: signUpProcedure,
  signIn: signInProcedure,
  signOut: signOutProcedure,
  signOutEverywhere: signOutEverywhereProcedure,
  me: meProcedure,
  verifyEmail: verifyEmailProcedure,
  resendVerification: resendVerificationProcedure,
  requestPasswordReset: requestPasswordResetProcedure,
  resetPassword: resetPasswordProcedure,
});
