import { listProjects, listProjectsInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** The projects the caller sees, Library first, each with their effective role and member count. */
export const listProjectsProcedure = orgProcedure
  .input(listProjectsInput)
  .query(({ ctx, input }) => listProjects(ctx.em, ctx.membership, input));
