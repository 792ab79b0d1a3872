import { createProject, createProjectInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const createProjectProcedure = orgProcedure
  .input(createProjectInput)
  .mutation(({ ctx, input }) => createProject(ctx.em, ctx.membership, input));
