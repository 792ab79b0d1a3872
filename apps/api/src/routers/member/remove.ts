import { memberInput, removeMember } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

export const removeMemberProcedure = orgProcedure
  .input(memberInput)
  .output(z.void())
  .mutation(({ ctx, input }) => removeMember(ctx.scope, input));
