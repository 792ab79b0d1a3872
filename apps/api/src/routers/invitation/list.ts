import { invitationDtoSchema, listInvitations } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

export const listInvitationsProcedure = orgProcedure
  .output(z.array(invitationDtoSchema))
  .query(({ ctx }) => listInvitations(ctx.scope));
