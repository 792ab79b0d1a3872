import { router } from '../../trpc/init.js';
import { acceptInvitationProcedure } from './accept.js';
import { createInvitationProcedure } from './create.js';
import { declineInvitationProcedure } from './decline.js';
import { listInvitationsProcedure } from './list.js';
import { myInvitationsProcedure } from './mine.js';
import { previewInvitationProcedure } from './preview.js';
import { resendInvitationProcedure } from './resend.js';
import { revokeInvitationProcedure } from './revoke.js';

export const invitationRouter = router({
  create: createInvitationProcedure,
  list: listInvitationsProcedure,
  resend: resendInvitationProcedure,
  revoke: revokeInvitationProcedure,
  preview: previewInvitationProcedure,
  accept: acceptInvitationProcedure,
  decline: declineInvitationProcedure,
  mine: myInvitationsProcedure,
});
