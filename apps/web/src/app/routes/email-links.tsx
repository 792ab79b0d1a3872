import { createRoute } from '@tanstack/react-router';
import { rootRoute } from './root';
import { emailSearch } from './public';

/** `/verify-email/$token`: the link in the verification email. Works signed in or out. */
export const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verify-email/$token',
}).lazy(() => import('./verify-email.lazy').then((m) => m.verifyEmailLazyRoute));

/** `/forgot-password?email=`: asks for a reset link (the email typed on the sign-in page, if any). */
export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  validateSearch: emailSearch,
}).lazy(() => import('./forgot-password.lazy').then((m) => m.forgotPasswordLazyRoute));

/** `/reset-password/$token`: the link in the password reset email. */
export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password/$token',
}).lazy(() => import('./reset-password.lazy').then((m) => m.resetPasswordLazyRoute));
