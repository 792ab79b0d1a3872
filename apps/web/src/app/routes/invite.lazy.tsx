import { createLazyRoute } from '@tanstack/react-router';
import { InvitePage } from '../../features/invitations/invite-page';

/** The invitation page's own chunk. */
export const inviteLazyRoute = createLazyRoute('/invite/$token')({
  component: function InviteRoute() {
    return <InvitePage token={inviteLazyRoute.useParams().token} />;
  },
});
