import { listMyInvitations } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const myInvitationsProcedure = authedProcedure.query(({ ctx }) => listMyInvitations(ctx.em, ctx.user));
