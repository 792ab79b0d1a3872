import { createLazyRoute } from '@tanstack/react-router';
import { ForgotPasswordScreen } from '../../features/auth/forgot-password-screen';

/** The forgot-password page's own chunk (email-links.tsx keeps its search rules). */
export const forgotPasswordLazyRoute = createLazyRoute('/forgot-password')({
  component: function ForgotPasswordRoute() {
    return <ForgotPasswordScreen email={forgotPasswordLazyRoute.useSearch().email ?? null} />;
  },
});
