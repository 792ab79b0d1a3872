import { listInvitations } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const listInvitationsProcedure = orgProcedure.query(({ ctx }) =>
  listInvitations(ctx.em, ctx.membership),
);
