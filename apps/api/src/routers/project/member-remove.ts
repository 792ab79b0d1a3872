import { projectMemberInput, removeProjectMember } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

export const removeProjectMemberProcedure = orgProcedure
  .input(projectMemberInput)
  .output(z.void())
  .mutation(({ ctx, input }) => removeProjectMember(ctx.scope, input));
