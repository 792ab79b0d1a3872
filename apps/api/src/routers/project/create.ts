import { createProject, createProjectInput, projectDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const createProjectProcedure = orgProcedure
  .input(createProjectInput)
  .output(projectDtoSchema)
  .mutation(({ ctx, input }) => createProject(ctx.scope, input));
