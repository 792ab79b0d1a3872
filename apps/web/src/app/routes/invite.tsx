import { createRoute } from '@tanstack/react-router';
import { InvitePage } from '../../features/invitations/invite-page';
import { rootRoute } from './root';

/** `/invite/$token`: the link in an invitation email. Works signed in or out. */
export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invite/$token',
  component: function InviteRoute() {
    return <InvitePage token={inviteRoute.useParams().token} />;
  },
});
