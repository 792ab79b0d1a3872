import { createLazyRoute } from '@tanstack/react-router';
import { VerifyEmailPage } from '../../features/auth/verify-email-page';

/** The verification link's own chunk. */
export const verifyEmailLazyRoute = createLazyRoute('/verify-email/$token')({
  component: function VerifyEmailRoute() {
    const { token } = verifyEmailLazyRoute.useParams();
    // A new link starts afresh (and is sent once).
    return <VerifyEmailPage key={token} token={token} />;
  },
});
