import { archiveProject, archiveProjectInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Archive (default) or restore with `archived: false`. */
export const archiveProjectProcedure = orgProcedure
  .input(archiveProjectInput)
  .mutation(({ ctx, input }) => archiveProject(ctx.em, ctx.membership, input));
