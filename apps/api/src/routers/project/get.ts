import { getProject, projectDtoSchema, projectInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** The project's page: the project with the caller's effective role. */
export const getProjectProcedure = orgProcedure
  .input(projectInput)
  .output(projectDtoSchema)
  .query(({ ctx, input }) => getProject(ctx.scope, input));
