import { listMyInvitations, myInvitationDtoSchema } from '@roster/core';
import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';

export const myInvitationsProcedure = authedProcedure
  .output(z.array(myInvitationDtoSchema))
  .query(({ ctx }) => listMyInvitations(ctx.scope));
