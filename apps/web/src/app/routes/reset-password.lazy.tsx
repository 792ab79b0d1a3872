import { createLazyRoute } from '@tanstack/react-router';
import { ResetPasswordScreen } from '../../features/auth/reset-password-screen';

/** The password reset link's own chunk. */
export const resetPasswordLazyRoute = createLazyRoute('/reset-password/$token')({
  component: function ResetPasswordRoute() {
    const { token } = resetPasswordLazyRoute.useParams();
    return <ResetPasswordScreen key={token} token={token} />;
  },
});
