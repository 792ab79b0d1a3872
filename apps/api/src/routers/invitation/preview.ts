import { invitationPreviewDtoSchema, invitationTokenInput, previewInvitation } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';

/** The invite page's first read: whoever holds the link may see it, signed in or not. */
export const previewInvitationProcedure = publicProcedure
  .input(invitationTokenInput)
  .output(invitationPreviewDtoSchema)
  .query(({ ctx, input }) => previewInvitation(ctx.scope, input));
