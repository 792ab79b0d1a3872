import { listProjectMembers, projectInput, projectMemberDtoSchema } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

export const listProjectMembersProcedure = orgProcedure
  .input(projectInput)
  .output(z.array(projectMemberDtoSchema))
  .query(({ ctx, input }) => listProjectMembers(ctx.scope, input));
