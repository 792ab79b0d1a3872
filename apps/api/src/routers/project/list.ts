import { listProjects, listProjectsInput, projectDtoSchema } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

/** The projects the caller sees, Library first, each with their effective role and member count. */
export const listProjectsProcedure = orgProcedure
  .input(listProjectsInput)
  .output(z.array(projectDtoSchema))
  .query(({ ctx, input }) => listProjects(ctx.scope, input));
