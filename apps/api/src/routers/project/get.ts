import { getProject, projectInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** The project's page: the project with the caller's effective role. */
export const getProjectProcedure = orgProcedure
  .input(projectInput)
  .query(({ ctx, input }) => getProject(ctx.em, ctx.membership, input));
