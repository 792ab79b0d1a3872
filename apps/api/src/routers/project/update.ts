import { projectDtoSchema, updateProject, updateProjectInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Rename or describe (project managers), change visibility (owners and admins). */
export const updateProjectProcedure = orgProcedure
  .input(updateProjectInput)
  .output(projectDtoSchema)
  .mutation(({ ctx, input }) => updateProject(ctx.scope, input));
