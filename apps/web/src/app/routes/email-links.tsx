import { createRoute } from '@tanstack/react-router';
import { ForgotPasswordScreen } from '../../features/auth/forgot-password-screen';
import { ResetPasswordScreen } from '../../features/auth/reset-password-screen';
import { VerifyEmailPage } from '../../features/auth/verify-email-page';
import { rootRoute } from './root';
import { emailSearch } from './public';

/** `/verify-email/$token`: the link in the verification email. Works signed in or out. */
export const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verify-email/$token',
  component: function VerifyEmailRoute() {
    const { token } = verifyEmailRoute.useParams();
    // A new link starts afresh (and is sent once).
    return <VerifyEmailPage key={token} token={token} />;
  },
});

/** `/forgot-password?email=`: asks for a reset link (the email typed on the sign-in page, if any). */
export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  validateSearch: emailSearch,
  component: function ForgotPasswordRoute() {
    return <ForgotPasswordScreen email={forgotPasswordRoute.useSearch().email ?? null} />;
  },
});

/** `/reset-password/$token`: the link in the password reset email. */
export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password/$token',
  component: function ResetPasswordRoute() {
    const { token } = resetPasswordRoute.useParams();
    return <ResetPasswordScreen key={token} token={token} />;
  },
});
