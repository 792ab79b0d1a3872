import { contentPageDtoSchema, listContent, listContentInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/**
 * A page of a folder (or the project's root): folders first, then assets, sorted and cursored; with
 * `search`, the items whose name contains it anywhere in the project. Carries the caller's role.
 */
export const listContentProcedure = orgProcedure
  .input(listContentInput)
  .output(contentPageDtoSchema)
  .query(({ ctx, input }) => listContent(ctx.scope, input));
