import { archiveProject, archiveProjectInput, projectDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Archive (default) or restore with `archived: false`. */
export const archiveProjectProcedure = orgProcedure
  .input(archiveProjectInput)
  .output(projectDtoSchema)
  .mutation(({ ctx, input }) => archiveProject(ctx.scope, input));
